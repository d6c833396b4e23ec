// searchProducts (the product picker): the search text goes to filter.name, Ion's page token is
// handed through.
import { searchProducts } from '../../../nodes/StreamOneIon/listSearch/searchProducts';
import { dataRequests, loadOptionsContext, setup } from '../helpers';
import type { Ctx } from '../helpers';

let t: Ctx;
afterEach(async () => {
	await t?.ion.close();
});

describe('searchProducts', () => {
	test('search text goes to filter.name, page token handed through', async () => {
		t = await setup({ seed: { customers: 1, subscriptions: 0, products: 80, orders: 0 } });
		const ctx = loadOptionsContext(t.ion);
		const first = await searchProducts.call(ctx, '');
		expect(first.results).toHaveLength(50);
		expect(first.paginationToken).toBeTruthy();
		const second = await searchProducts.call(ctx, '', first.paginationToken as string);
		expect(second.results).toHaveLength(30);
		expect(second.paginationToken).toBeUndefined();
		const all = [...first.results, ...second.results].map((r) => r.value);
		expect(new Set(all).size).toBe(80);

		t.ion.reset();
		const p = [...(t.ion.store.products.values() as Iterable<{ id: string; marketing: { displayName: string } }>)][0];
		const found = await searchProducts.call(ctx, p.marketing.displayName);
		expect(dataRequests(t.ion)[0].query['filter.name']).toBe(p.marketing.displayName);
		expect(found.results.map((r) => r.value)).toContain(p.id);
		expect(found.results.find((r) => r.value === p.id)?.name).toContain(p.marketing.displayName);
	});
});
