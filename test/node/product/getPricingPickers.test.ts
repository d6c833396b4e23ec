// Product > Get Pricing: the vendor comes from the node's vendor dropdown (as in Provisioning
// Template > Get Many) and the price-book customer from the customer picker, under its own
// parameter name (the node's one `customerId` definition stays one).
import { ionNode } from '../editorContext';
import { dataRequests, rl, setup, type Ctx } from '../helpers';

let t: Ctx;
beforeAll(async () => {
	t = await setup();
});
afterAll(async () => {
	await t.ion.close();
});
beforeEach(() => t.ion.reset());

const properties = ionNode.description.properties;

describe('Product > Get Pricing', () => {
	test('Vendor is the vendor dropdown; Price Book Customer is the customer picker', () => {
		const products = properties.find((p) => p.name === 'products');
		const vendor = (
			products?.options?.[0] as { values: Array<{ name: string; type: string; options?: unknown }> }
		).values.find((v) => v.name === 'provider');
		const templateVendor = properties.find((p) => p.name === 'vendor');
		expect(vendor?.type).toBe('options');
		expect(vendor?.options).toEqual(templateVendor?.options);
		const priceBook = properties.find(
			(p) => p.name === 'priceBookCustomerId' && p.type === 'resourceLocator',
		);
		const customer = properties.find((p) => p.name === 'customerId');
		expect(priceBook?.displayName).toBe('Price Book Customer');
		// the same searchable list; By ID takes digits only (no "-" for all customers)
		expect(priceBook?.modes?.[0]).toEqual(customer?.modes?.[0]);
		expect(priceBook?.modes?.[1].validation).toEqual([
			expect.objectContaining({ properties: expect.objectContaining({ regex: '^\\s*\\d+\\s*$' }) }),
		]);
		expect(properties.filter((p) => p.name === 'customerId')).toHaveLength(1);
	});

	test('sends the vendor and the picked customer', async () => {
		const p = [...t.ion.store.products.values()].find(
			(x) => x.cloudConsumption.cloudProvider === 'MICROSOFT',
		)!;
		const sku = p.definition.skus[0];
		const customer = [...t.ion.store.customers.keys()][1];
		const r = await t.run({
			resource: 'product',
			operation: 'getPricing',
			products: { product: [{ provider: 'MICROSOFT', externalProducts: sku.id }] },
			priceBookCustomerId: rl(customer, 'list'),
			returnAll: true,
		});
		expect(r.error).toBeUndefined();
		expect(dataRequests(t.ion)[0].body).toEqual({
			externalProductWithProvider: [{ provider: 'MICROSOFT', externalProducts: [sku.id] }],
			priceBookCustomerId: Number(customer),
		});
		expect(r.items).toHaveLength(sku.plans.length);
	});

	test('no price-book customer: not sent; a non-numeric one is refused before any request', async () => {
		const products = { product: [{ provider: 'GOOGLE', externalProducts: 'X' }] };
		const none = await t.run({
			resource: 'product',
			operation: 'getPricing',
			products,
			priceBookCustomerId: rl('', 'list'),
		});
		expect(none.error).toBeUndefined();
		expect(dataRequests(t.ion)[0].body).toEqual({
			externalProductWithProvider: [{ provider: 'GOOGLE', externalProducts: ['X'] }],
		});
		t.ion.reset();
		const bad = await t.run({
			resource: 'product',
			operation: 'getPricing',
			products,
			priceBookCustomerId: rl('={{ "acme" }}'),
		});
		expect(bad.error?.message).toBe('Price Book Customer must be a number, got acme');
		expect(dataRequests(t.ion)).toHaveLength(0);
	});
});
