// Vendor Account > Get Many.
import { dataRequests, setup, type StellrCtx } from '../helpers';

let t: StellrCtx;
afterEach(async () => {
	await t?.stellr.close();
});

describe('Vendor Account > Get Many', () => {
	test('by customer and vendor; transfer tokens are not in the list', async () => {
		t = await setup();
		const account = [...t.stellr.store.vendorAccounts.values()].find(
			(a) => a.vendorId === 'Google' && a.customerNo,
		)!;
		const r = await t.run({
			resource: 'vendorAccount',
			operation: 'getAll',
			returnAll: true,
			filters: { customerNo: account.customerNo, vendorId: 'Google' },
		});
		expect(r.items.map((i) => i.json.vendorAccountId)).toEqual([account.vendorAccountId]);
		expect(r.items[0].json.transferToken).toBeUndefined();
		expect(dataRequests(t.stellr)[0].query).toMatchObject({
			customerNo: account.customerNo,
			vendorId: 'Google',
		});
	});
});
