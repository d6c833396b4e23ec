// Product > Get Categories: GET .../products/categories (a one-shot list), one item per record. Limit cuts the list.
import { dataRequests, setup } from '../helpers';
import type { Ctx } from '../helpers';

let t: Ctx;
afterEach(async () => {
	await t?.ion.close();
});

describe('Product > Get Categories', () => {
	test('getCategories: GET .../products/categories, one item per record', async () => {
		const [operation, key] = ['getCategories', 'categories'];
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
