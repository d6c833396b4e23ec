// Product > Get: GET .../products/{id} with its query options, 404, checks before any request.
import { dataRequests, rl, setup } from '../helpers';
import type { Ctx } from '../helpers';

let t: Ctx;
afterEach(async () => {
	await t?.ion.close();
});

type P = { id: string; marketing: { displayName: string }; cloudConsumption: { cloudProvider: string }; definition: { skus: Array<{ id: string; plans: unknown[] }> } };
const products = (): P[] => [...(t.ion.store.products.values() as Iterable<unknown>)] as P[];

describe('Product > Get', () => {
	test('GET .../products/{id} with language, price book customer, version and exclude switches', async () => {
		t = await setup();
		const p = products()[0];
		const customer = [...t.ion.store.customers.keys()][0];
		const r = await t.run({
			resource: 'product',
			operation: 'get',
			productId: rl(p.id),
			options: {
				language: 'de',
				priceBookCustomerId: customer,
				productVersion: '2',
				excludePricing: true,
				excludeMarketing: true,
				excludeDefinition: false,
				excludeVersionHistory: true,
				excludeDeployment: true,
			},
		});
		expect(r.error).toBeUndefined();
		const [req] = dataRequests(t.ion);
		expect(req.path).toBe(`/api/v3/accounts/${t.ion.accountId}/products/${encodeURIComponent(p.id)}`);
		expect(req.query).toEqual({
			language: 'de',
			priceBookCustomerId: customer,
			productVersion: '2',
			'excludeFilter.excludePricing': 'true',
			'excludeFilter.excludeMarketing': 'true',
			'excludeFilter.excludeDefinition': 'false',
			'excludeFilter.excludeVersionHistory': 'true',
			'excludeFilter.excludeDeployment': 'true',
		});
		expect(r.items).toHaveLength(1);
		expect(r.items[0].json.id).toBe(p.id);
		expect(r.items[0].json.marketing).toBeUndefined();
		expect(r.items[0].json.definition).toBeDefined();
	});

	test('unknown product: 404 mapped with Ion code', async () => {
		t = await setup();
		const r = await t.run({ resource: 'product', operation: 'get', productId: rl('NO-SUCH-PRODUCT') });
		expect(r.error?.message).toMatch(/check the ID/);
		expect(r.error?.message).toMatch(/listing NO-SUCH-PRODUCT not found/);
		expect(r.error?.description).toMatch(/NOT_FOUND/);
	});

	test.each(['..', 'a/b', 'x?y=1', 'x#y', '%2e%2e'])('product ID %s is refused before any request', async (value) => {
		t = await setup();
		const r = await t.run(
			{ resource: 'product', operation: 'get', productId: rl('={{ $json.id }}') },
			{ items: [{ json: { id: value } }] },
		);
		expect(r.error?.message).toMatch(/Product/);
		expect(dataRequests(t.ion)).toHaveLength(0);
	});

	test('a non-numeric price book customer ID is refused before any request', async () => {
		t = await setup();
		const r = await t.run({
			resource: 'product',
			operation: 'get',
			productId: rl(products()[0].id),
			options: { priceBookCustomerId: 'acme' },
		});
		expect(r.error?.message).toMatch(/Price Book Customer must be a number/);
		expect(dataRequests(t.ion)).toHaveLength(0);
	});
});
