// Subscription > Get Many: a customer's subscriptions, one item per record, filters on every page.
import { dataRequests, expectRefusedBeforeSending, rl, setup, type StellrCtx } from '../helpers';

let t: StellrCtx;
afterEach(async () => {
	await t?.stellr.close();
});

const LIST = 'GET /api/v1/customers/{customerNo}/subscriptions';

describe('Subscription > Get Many', () => {
	test('Return All: every subscription of the customer, one item each, the wrapper dropped', async () => {
		t = await setup();
		const customerNo = '7100007';
		const r = await t.run({
			resource: 'subscription',
			operation: 'getSubscriptions',
			customerNo: rl(customerNo),
			returnAll: true,
		});
		expect(r.error).toBeUndefined();
		expect(r.items.map((i) => i.json.subscriptionId)).toEqual(
			t.stellr.store.subscriptionsOf(customerNo).map((s) => s.subscriptionId),
		);
		expect(dataRequests(t.stellr, LIST).map((e) => e.query)).toEqual([
			{ pageNo: '1', pageSize: '200' },
		]);
	});

	test('Status and Vendor filters reach Stellr on every page; Limit 1 pages by one', async () => {
		t = await setup({ seed: { customers: 40 } });
		const customerNo = '7100007';
		const active = t.stellr.store
			.subscriptionsOf(customerNo)
			.filter((s) => s.status === 'ACTIVE' && s.vendorId === 'Microsoft');
		const r = await t.run({
			resource: 'subscription',
			operation: 'getSubscriptions',
			customerNo: rl(customerNo),
			limit: 2,
			filters: { status: 'ACTIVE', vendorId: 'Microsoft' },
		});
		expect(r.items.map((i) => i.json.subscriptionId)).toEqual(
			active.slice(0, 2).map((s) => s.subscriptionId),
		);
		for (const e of dataRequests(t.stellr, LIST))
			expect(e.query).toMatchObject({ status: 'ACTIVE', vendorId: 'Microsoft' });
	});

	test('the customer is checked before sending', async () => {
		t = await setup();
		const r = await t.run({
			resource: 'subscription',
			operation: 'getSubscriptions',
			customerNo: rl('7100001?x=1'),
		});
		expectRefusedBeforeSending(t, r, /^Customer contains characters that are not allowed/);
	});
});
