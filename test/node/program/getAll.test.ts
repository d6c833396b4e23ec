// Program > Get Many through n8n-core against the emulator.
import { dataRequests, setup, type Ctx } from '../helpers';

let t: Ctx;
beforeAll(async () => {
	t = await setup();
});
afterAll(async () => {
	await t.ion.close();
});
beforeEach(() => t.ion.reset());

const ROUTE = 'GET /api/v3/accounts/{accountId}/products_programs';

describe('Program > Get Many', () => {
	test("Return All lists the account's programs, one item each", async () => {
		const r = await t.run({ resource: 'program', operation: 'getAll', returnAll: true });
		expect(r.error).toBeUndefined();
		expect(r.items.length).toBeGreaterThan(1);
		for (const item of r.items) {
			expect(item.json.programName).toMatch(new RegExp(`^accounts/${t.ion.accountId}/programs/`));
			expect(item.pairedItem).toEqual({ item: 0 });
		}
		expect(dataRequests(t.ion, ROUTE)[0].query).toEqual({});
	});

	test('with a product: each program says whether the product was added to it; Limit cuts the list', async () => {
		const r = await t.run({
			resource: 'program',
			operation: 'getAll',
			limit: 2,
			filters: { productName: ' MS-M365-E3 ' },
		});
		expect(r.items).toHaveLength(2);
		expect(r.items.map((i) => [i.json.productName, i.json.productWasAdded])).toEqual([
			['MS-M365-E3', true],
			['MS-M365-E3', false],
		]);
		expect(dataRequests(t.ion, ROUTE)[0].query).toEqual({ productName: 'MS-M365-E3' });
	});
});
