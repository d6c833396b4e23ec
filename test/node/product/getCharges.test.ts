// Product > Get Charges: GET .../products/charges (a one-shot list), one item per record.
import { dataRequests, setup } from '../helpers';
import type { Ctx } from '../helpers';

let t: Ctx;
afterEach(async () => {
	await t?.ion.close();
});

describe('Product > Get Charges', () => {
	test('getCharges: GET .../products/charges, one item per record', async () => {
		const [operation, key] = ['getCharges', 'charges'];
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
});
