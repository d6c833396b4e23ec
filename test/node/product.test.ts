// Product resource: requests as the spec says, outputs, pagination, validation, error mapping.
import { PROVIDERS } from '../../emulator/seed';
import { dataRequests, rl, setup } from './helpers';
import type { Ctx } from './helpers';

const LIST = 'GET /api/v3/accounts/{accountId}/products';

let t: Ctx;
afterEach(async () => {
	await t?.ion.close();
});

type P = { id: string; marketing: { displayName: string }; cloudConsumption: { cloudProvider: string }; definition: { skus: Array<{ id: string; plans: unknown[] }> } };
const products = (): P[] => [...(t.ion.store.products.values() as Iterable<unknown>)] as P[];

describe('Product > Get Many', () => {
	test('Return All over >= 3 pages with a filter on every page; each product exactly once', async () => {
		t = await setup({ seed: { customers: 1, subscriptions: 0, products: 60, orders: 0 }, maxPageSize: 2 });
		// the provider with the most products
		const counts = new Map<string, number>();
		for (const p of products()) counts.set(p.cloudConsumption.cloudProvider, (counts.get(p.cloudConsumption.cloudProvider) ?? 0) + 1);
		const [providerName] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
		const providerId = PROVIDERS.find((x) => x.name === providerName)?.id as string;
		const azure = products().filter((p) => p.cloudConsumption.cloudProvider === providerName);
		expect(azure.length).toBeGreaterThan(4);
		expect(azure.length).toBeLessThan(products().length);
		const r = await t.run({ resource: 'product', operation: 'getAll', returnAll: true, filters: { cloudProviderId: providerId } });
		expect(r.error).toBeUndefined();
		const pages = dataRequests(t.ion, LIST);
		expect(pages.length).toBe(Math.ceil(azure.length / 2));
		expect(pages.length).toBeGreaterThanOrEqual(3);
		for (const p of pages) expect(p.query['filter.cloudProviderId']).toBe(providerId);
		const ids = r.items.map((i) => i.json.id);
		expect(ids.sort()).toEqual(azure.map((p) => p.id).sort());
		expect(r.items.every((i) => i.pairedItem && (i.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	test('every filter goes out with the spec parameter names', async () => {
		t = await setup();
		await t.run({
			resource: 'product',
			operation: 'getAll',
			returnAll: true,
			filters: {
				name: 'office',
				skuExternalId: 'se',
				addonExternalId: 'ae',
				skuId: 'si',
				addonId: 'ai',
				skuDisplayName: 'sd',
				addonDisplayName: 'ad',
				cloudProviderId: ' 30 ',
				mfgPartNumber: 'CFQ7TTC0LH18:0001:P1Y:Y',
				language: 'fr',
			},
		});
		const [req] = dataRequests(t.ion, LIST);
		expect(req.query).toEqual({
			'filter.name': 'office',
			'filter.skuExternalId': 'se',
			'filter.addonExternalId': 'ae',
			'filter.skuId': 'si',
			'filter.addonId': 'ai',
			'filter.skuDisplayName': 'sd',
			'filter.addonDisplayName': 'ad',
			'filter.cloudProviderId': '30',
			'filter.mfgPartNumber': 'CFQ7TTC0LH18:0001:P1Y:Y',
			language: 'fr',
			pageSize: '100',
		});
	});

	test('Limit stops early without an extra page', async () => {
		t = await setup({ seed: { customers: 1, subscriptions: 0, products: 40, orders: 0 }, maxPageSize: 4 });
		const r = await t.run({ resource: 'product', operation: 'getAll', limit: 10 });
		expect(r.items.map((i) => i.json.id)).toEqual(products().slice(0, 10).map((p) => p.id));
		expect(dataRequests(t.ion, LIST).map((p) => p.query.pageSize)).toEqual(['10', '6', '2']);
	});

	test('a non-numeric cloud provider ID is refused before any request', async () => {
		t = await setup();
		const r = await t.run({ resource: 'product', operation: 'getAll', filters: { cloudProviderId: 'azure' } });
		expect(r.error?.message).toMatch(/Provider ID must be a number/);
		expect(dataRequests(t.ion)).toHaveLength(0);
	});
});

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

describe('Product > Get Verticals / Categories / Charges', () => {
	test.each([
		['getVerticals', 'verticals'],
		['getCategories', 'categories'],
		['getCharges', 'charges'],
	])('%s: GET .../products/%s, one item per record', async (operation, key) => {
		t = await setup();
		const r = await t.run({ resource: 'product', operation, returnAll: true });
		expect(r.error).toBeUndefined();
		const [req] = dataRequests(t.ion);
		expect(`${req.method} ${req.path}`).toBe(`GET /api/v3/accounts/${t.ion.accountId}/products/${key}`);
		expect(r.items.length).toBeGreaterThan(1);
		for (const item of r.items) {
			expect(item.json.name).toBeDefined();
			expect(item.json[key]).toBeUndefined();
			expect(item.pairedItem).toEqual({ item: 0 });
		}
	});

	test('Limit cuts the list', async () => {
		t = await setup();
		const all = await t.run({ resource: 'product', operation: 'getCategories', returnAll: true });
		const some = await t.run({ resource: 'product', operation: 'getCategories', returnAll: false, limit: 2 });
		expect(all.items.length).toBeGreaterThan(2);
		expect(some.items.map((i) => i.json.name)).toEqual(all.items.slice(0, 2).map((i) => i.json.name));
	});
});

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
