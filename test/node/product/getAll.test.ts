// Product > Get Many: token pages with a filter on every page, every filter's spec name, Limit.
import { PROVIDERS } from '../../../emulator/seed';
import { dataRequests, setup } from '../helpers';
import type { Ctx } from '../helpers';

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
