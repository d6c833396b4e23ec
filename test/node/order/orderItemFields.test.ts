// Order > Create or Update, Using Fields Below: the SKU and Plan dropdowns load from the product of
// their own item (n8n-core's LoadOptionsContext resolves "&productId" next to the parameter being
// loaded), the attribute names come from the provisioning template of the product's provider and the
// item's action, and an item without an attribute its template requires is refused before anything
// is sent, naming the attribute.
import type { INodeParameters } from 'n8n-workflow';

import { clearCatalogueCache } from '../../../nodes/StreamOneIon/shared/catalogue';
import { editorContext, ionNode } from '../editorContext';
import { dataRequests, rl, setup, type Ctx } from '../helpers';

let t: Ctx;
beforeAll(async () => {
	t = await setup();
});
afterAll(async () => {
	await t.ion.close();
});
beforeEach(() => {
	clearCatalogueCache();
	t.ion.reset();
});

const loadOptions = ionNode.methods.loadOptions;
const products = () => [...t.ion.store.products.values()];
const microsoft = () => products().find((p) => p.cloudConsumption.cloudProvider === 'MICROSOFT')!;
const google = () => products().find((p) => p.cloudConsumption.cloudProvider === 'GOOGLE')!;
const customer = () => [...t.ion.store.customers.keys()][0];

/** The node's parameters with two order items, as the editor sends them with a dropdown request. */
function twoItems(first: INodeParameters, second: INodeParameters): INodeParameters {
	return {
		resource: 'order',
		operation: 'createOrUpdate',
		inputMode: 'fields',
		orderItems: { item: [first, second] },
	};
}

describe('order item dropdowns (editor)', () => {
	test("SKU and Plan list the item's own product's SKUs and plans", async () => {
		const [a, b] = [microsoft(), google()];
		const parameters = twoItems(
			{ action: 'CREATE', productId: rl(a.id, 'list'), skuId: a.definition.skus[0].id },
			{ action: 'CREATE', productId: rl(b.id, 'list'), skuId: b.definition.skus[0].id },
		);
		const skus = await loadOptions.getProductSkus.call(
			editorContext(t.store, parameters, 'parameters.orderItems.item[1].skuId'),
		);
		expect(skus.map((o) => o.value)).toEqual(b.definition.skus.map((s) => s.id));
		expect(skus[0].name).toBe(`${b.definition.skus[0].displayName} · ${b.definition.skus[0].id}`);
		const plans = await loadOptions.getSkuPlans.call(
			editorContext(t.store, parameters, 'parameters.orderItems.item[0].planId'),
		);
		expect(plans.map((o) => o.value)).toEqual(a.definition.skus[0].plans.map((p) => p.id));
		// one product read each, then from the cache
		await loadOptions.getSkuPlans.call(
			editorContext(t.store, parameters, 'parameters.orderItems.item[0].planId'),
		);
		expect(dataRequests(t.ion).map((r) => r.path.split('/').pop())).toEqual([b.id, a.id]);
	});

	test('no product chosen yet: empty lists, nothing sent', async () => {
		const parameters = twoItems(
			{ action: 'CREATE', productId: rl('', 'list') },
			{ action: 'CREATE' },
		);
		expect(
			await loadOptions.getProductSkus.call(
				editorContext(t.store, parameters, 'parameters.orderItems.item[0].skuId'),
			),
		).toEqual([]);
		expect(
			await loadOptions.getSkuPlans.call(
				editorContext(t.store, parameters, 'parameters.orderItems.item[1].planId'),
			),
		).toEqual([]);
		expect(dataRequests(t.ion)).toHaveLength(0);
	});

	test("attribute names: the template's names, required ones first and marked", async () => {
		const parameters = twoItems(
			{ action: 'CREATE', productId: rl(microsoft().id) },
			{ action: 'CREATE' },
		);
		const names = await loadOptions.getTemplateAttributes.call(
			editorContext(
				t.store,
				parameters,
				'parameters.orderItems.item[0].attributes.attribute[0].name',
			),
		);
		expect(names[0]).toMatchObject({ name: 'domainName (required)', value: 'domainName' });
		expect(names.map((n) => n.value)).toEqual(
			expect.arrayContaining(['companyName', 'firstName', 'email']),
		);
		expect(names.filter((n) => String(n.name).endsWith('(required)'))).toHaveLength(1);
	});
});

describe('order items when the order is placed', () => {
	const item = (extra: INodeParameters = {}): INodeParameters => {
		const p = microsoft();
		const sku = p.definition.skus[0];
		return {
			action: 'CREATE',
			productId: rl(p.id, 'list'),
			skuId: sku.id,
			planId: sku.plans[0].id,
			quantity: 3,
			...extra,
		};
	};
	const order = (items: INodeParameters[]): INodeParameters => ({
		resource: 'order',
		operation: 'createOrUpdate',
		customerId: rl(customer()),
		orderItems: { item: items },
	});
	const posts = () => dataRequests(t.ion).filter((r) => r.method === 'POST');

	test('a CREATE without the attribute its template requires is refused before the order is sent, naming it', async () => {
		const r = await t.run(order([item()]));
		expect(r.error?.name).toBe('NodeOperationError');
		expect(r.error?.message).toBe(
			'Order item 1: the MICROSOFT CREATE template requires the attribute domainName',
		);
		expect(r.error?.description).toMatch(/Add "domainName" under the item's Attributes/);
		expect(posts()).toHaveLength(0);
	});

	test('the same in JSON mode', async () => {
		const p = microsoft();
		const sku = p.definition.skus[0];
		const json = {
			orderItems: [
				{
					action: 'CREATE',
					productId: p.id,
					skuId: sku.id,
					planId: sku.plans[0].id,
					quantity: 1,
					attributes: [],
				},
			],
		};
		const r = await t.run({ ...order([]), inputMode: 'json', orderJson: JSON.stringify(json) });
		expect(r.error?.message).toMatch(/requires the attribute domainName/);
		expect(posts()).toHaveLength(0);
	});

	test('with it, the order is placed once, with the fields of Options on the item', async () => {
		const r = await t.run(
			order([
				item({
					attributes: { attribute: [{ name: 'domainName', value: 'contoso' }] },
					options: { resellerPO: 'RS-9', referenceId: 'line-9' },
				}),
			]),
		);
		expect(r.error).toBeUndefined();
		expect(posts()).toHaveLength(1);
		expect((posts()[0].body as { orderItems: unknown[] }).orderItems[0]).toMatchObject({
			productId: microsoft().id,
			quantity: 3,
			resellerPO: 'RS-9',
			referenceId: 'line-9',
			attributes: [{ name: 'domainName', value: 'contoso' }],
		});
	});

	test('a product that is not in the catalogue is refused before the order is sent', async () => {
		const r = await t.run(order([item({ productId: rl('NO-SUCH-PRODUCT') })]));
		expect(r.error?.message).toBe('Order item 1: Product NO-SUCH-PRODUCT is not in the catalogue');
		expect(posts()).toHaveLength(0);
	});

	test('quantity 0: refused for a CREATE, and for an UPDATE with a pointer to cancelling', async () => {
		const create = await t.run(order([item({ quantity: '={{ 0 }}' })]));
		expect(create.error?.message).toBe(
			'Order item 1: Quantity must be at least 1 for a CREATE item, got 0',
		);
		const sub = [...t.ion.store.subscriptions.values()].find(
			(s) => s.subscriptionStatus === 'ACTIVE',
		)!;
		const update = await t.run({
			...order([
				{
					action: 'UPDATE',
					resourceId: sub.subscriptionId,
					productId: rl(sub.ccpProductId),
					skuId: sub.ccpSkuId,
					planId: sub.ccpPlanId,
					quantity: '={{ 0 }}',
				},
			]),
			customerId: rl(sub.customerId),
		});
		expect(update.error?.message).toBe('Order item 1: Quantity 0 is not allowed for an UPDATE');
		expect(update.error?.description).toMatch(/cancel it instead/);
		expect(dataRequests(t.ion)).toHaveLength(0);
	});
});
