// Customer > Get Many: the page-number loop over the list wrapper, filters, Limit, Return All.
import { calls, dataRequests, setup, type StellrCtx } from '../helpers';

let t: StellrCtx;
afterEach(async () => {
	await t?.stellr.close();
});

describe('Customer > Get Many', () => {
	test('Limit 5: one request with pageNo=1, pageSize=5; one item per record, paired with the input item', async () => {
		t = await setup();
		const r = await t.run({ resource: 'customer', operation: 'getAll', limit: 5 });
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(5);
		expect(r.items.map((i) => i.json.customerNo)).toEqual(
			[...t.stellr.store.customers.keys()].slice(0, 5),
		);
		for (const item of r.items) {
			expect(item.pairedItem).toEqual({ item: 0 });
			expect(item.json.requestId).toBeUndefined();
		}
		expect(calls(t.stellr)).toEqual(['GET /api/v1/cloud/customers 200']);
		expect(dataRequests(t.stellr)[0].query).toEqual({ pageNo: '1', pageSize: '5' });
	});
});
