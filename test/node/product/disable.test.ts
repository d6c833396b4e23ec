// Product > Disable through n8n-core against the emulator.
import { dataRequests, rl, setup, type Ctx } from '../helpers';

let t: Ctx;
beforeAll(async () => {
	t = await setup();
});
afterAll(async () => {
	await t.ion.close();
});
beforeEach(() => {
	t.ion.setFaults([]);
	t.ion.reset();
});

const enabledProduct = () => [...t.ion.store.products.values()].find((p) => !p.disabled)!;

describe('Product > Disable', () => {
	test('hides the product and outputs it with its new state', async () => {
		const product = enabledProduct();
		const r = await t.run({
			resource: 'product',
			operation: 'disable',
			productId: rl(` ${product.id} `),
		});
		expect(r.error).toBeUndefined();
		expect(r.items).toEqual([
			{ json: { productId: product.id, disabled: true }, pairedItem: { item: 0 } },
		]);
		expect(t.ion.store.products.get(product.id)?.disabled).toBe(true);
		expect(dataRequests(t.ion).map((e) => `${e.method} ${e.path}`)).toEqual([
			`POST /api/v3/accounts/${t.ion.accountId}/products/${product.id}:disable`,
		]);
	});

	test('a disabled product cannot be ordered (what Disable is for)', async () => {
		const product = enabledProduct();
		await t.run({ resource: 'product', operation: 'disable', productId: rl(product.id) });
		const sku = product.definition.skus[0];
		const order = await t.run({
			resource: 'order',
			operation: 'createOrUpdate',
			customerId: rl([...t.ion.store.customers.keys()][0]),
			inputMode: 'json',
			orderJson: JSON.stringify({
				orderItems: [
					{
						action: 'CREATE',
						productId: product.id,
						skuId: sku.id,
						planId: sku.plans[0].id,
						quantity: 1,
						attributes: [{ name: 'domainName', value: 'contoso' }],
					},
				],
			}),
		});
		expect(`${order.error?.message} ${order.error?.description}`).toMatch(/is disabled/);
	});

	test('a product ID with a slash is refused before any request', async () => {
		const r = await t.run({
			resource: 'product',
			operation: 'disable',
			productId: rl('={{ "a/b" }}'),
		});
		expect(r.error?.message).toMatch(/^Product contains characters that are not allowed/);
		expect(dataRequests(t.ion)).toHaveLength(0);
	});

	test('a 5xx is not resent (a POST); the hint says to check the product', async () => {
		t.ion.setFaults([{ kind: '5xx', method: 'POST', path: ':disable' }]);
		const r = await t.run({
			resource: 'product',
			operation: 'disable',
			productId: rl(enabledProduct().id),
			requestOptions: { retryBaseDelayMs: 1 },
		});
		expect(r.error?.message).toMatch(/outcome of the product disable request is unknown/);
		expect(r.error?.description).toMatch(/Product > Get .*"disabled"/);
		expect(dataRequests(t.ion)).toHaveLength(1);
	});
});
