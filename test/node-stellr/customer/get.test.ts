// Customer > Get: one customer by number; 404 and Continue On Fail.
import { calls, rl, setup, type StellrCtx } from '../helpers';

let t: StellrCtx;
afterEach(async () => {
	await t?.stellr.close();
});

describe('Customer > Get', () => {
	test('outputs the customer (data of the answer)', async () => {
		t = await setup();
		const [customerNo, customer] = [...t.stellr.store.customers.entries()][2];
		const r = await t.run({ resource: 'customer', operation: 'get', customerNo: rl(customerNo) });
		expect(r.items).toEqual([{ json: { ...customer }, pairedItem: { item: 0 } }]);
		expect(calls(t.stellr)).toEqual([`GET /api/v1/cloud/customers/${customerNo} 200`]);
	});

	test('Continue On Fail: an unknown customer is an error item paired with its input item; the others are output', async () => {
		t = await setup();
		const r = await t.run(
			{ resource: 'customer', operation: 'get', customerNo: rl('={{ $json.c }}') },
			{ continueOnFail: true, items: [{ json: { c: '7100001' } }, { json: { c: '404404' } }] },
		);
		expect(r.items[0]).toMatchObject({ json: { customerNo: '7100001' }, pairedItem: { item: 0 } });
		expect(r.items[1].json.error).toBe(
			"StreamOne Stellr did not find the resource: check the ID: customer '404404' was not found",
		);
		expect(r.items[1].pairedItem).toEqual({ item: 1 });
	});
});
