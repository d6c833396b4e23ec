// Product > Get Pricing: POST .../products:pricing (a read), one item per plan, checks before any request.
import { dataRequests, setup } from '../helpers';
import type { Ctx } from '../helpers';

let t: Ctx;
afterEach(async () => {
	await t?.ion.close();
});

type P = { id: string; marketing: { displayName: string }; cloudConsumption: { cloudProvider: string }; definition: { skus: Array<{ id: string; plans: unknown[] }> } };
const products = (): P[] => [...(t.ion.store.products.values() as Iterable<unknown>)] as P[];

describe('Product > Get Pricing', () => {
	test('POST .../products:pricing with ProductPricingList; one item per plan', async () => {
		t = await setup();
		const p = products().find((x) => x.cloudConsumption.cloudProvider === 'MICROSOFT') ?? products()[0];
		const sku = p.definition.skus[0];
		const customer = [...t.ion.store.customers.keys()][0];
		const r = await t.run({
			resource: 'product',
			operation: 'getPricing',
			products: { product: [{ provider: p.cloudConsumption.cloudProvider, externalProducts: ` ${sku.id} , ,OTHER ` }] },
			priceBookCustomerId: customer,
			returnAll: true,
		});
		expect(r.error).toBeUndefined();
		const [req] = dataRequests(t.ion);
		expect(`${req.method} ${req.path}`).toBe(`POST /api/v3/accounts/${t.ion.accountId}/products:pricing`);
		expect(req.body).toEqual({
			externalProductWithProvider: [{ provider: p.cloudConsumption.cloudProvider, externalProducts: [sku.id, 'OTHER'] }],
			priceBookCustomerId: Number(customer),
		});
		expect(r.items).toHaveLength(sku.plans.length);
		expect(r.items.every((i) => i.json.productId === p.id)).toBe(true);
	});

	test('no products: refused before any request', async () => {
		t = await setup();
		const r = await t.run({ resource: 'product', operation: 'getPricing', products: {} });
		expect(r.error?.message).toMatch(/Products is empty/);
		expect(dataRequests(t.ion)).toHaveLength(0);
	});

	test('a provider without product IDs: refused before any request', async () => {
		t = await setup();
		const r = await t.run({
			resource: 'product',
			operation: 'getPricing',
			products: { product: [{ provider: 'MICROSOFT', externalProducts: ' , ' }] },
		});
		expect(r.error?.message).toMatch(/Products 1: Product IDs is empty/);
		expect(dataRequests(t.ion)).toHaveLength(0);
	});

	test('a non-numeric price book customer: refused before any request', async () => {
		t = await setup();
		const r = await t.run({
			resource: 'product',
			operation: 'getPricing',
			products: { product: [{ provider: 'MICROSOFT', externalProducts: 'X' }] },
			priceBookCustomerId: '12a',
		});
		expect(r.error?.message).toMatch(/Price Book Customer must be a number/);
		expect(dataRequests(t.ion)).toHaveLength(0);
	});
});
