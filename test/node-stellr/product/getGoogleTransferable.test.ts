// Product > Get Many Google Transferable: the customer goes into the query as customerNo.
import { dataRequests, rl, setup, type StellrCtx } from '../helpers';

let t: StellrCtx;
afterEach(async () => {
	await t?.stellr.close();
});

describe('Product > Get Many Google Transferable', () => {
	test("the customer's transferable Google subscriptions", async () => {
		t = await setup();
		const transferable = t.stellr.store.transferable[0];
		const r = await t.run({
			resource: 'product',
			operation: 'getGoogleTransferable',
			customerNo: rl(transferable.customerNo),
			returnAll: true,
		});
		expect(r.items.map((i) => i.json)).toEqual(
			t.stellr.store.transferable.filter((x) => x.customerNo === transferable.customerNo),
		);
		expect(dataRequests(t.stellr)[0]).toMatchObject({
			path: '/api/v1/vendors/Google/cloud/products/transferable',
			query: { customerNo: transferable.customerNo, pageNo: '1', pageSize: '200' },
		});
	});
});
