// Subscribed Users > Get Many: the users of a customer's products of one vendor.
import { dataRequests, rl, setup, type StellrCtx } from '../helpers';

let t: StellrCtx;
afterEach(async () => {
	await t?.stellr.close();
});

describe('Subscribed Users > Get Many', () => {
	test('one item per user; the Subscription ID filter reaches Stellr', async () => {
		t = await setup();
		const user = t.stellr.store.subscribedUsers[0];
		const all = t.stellr.store.subscribedUsers.filter(
			(u) => u.customerNo === user.customerNo && u.vendorId === user.vendorId,
		);
		const r = await t.run({
			resource: 'subscribedUsers',
			operation: 'getSubscribedUsers',
			customerNo: rl(user.customerNo),
			vendorId: rl(user.vendorId),
			returnAll: true,
		});
		expect(r.items.map((i) => i.json.userName)).toEqual(all.map((u) => u.userName));
		expect(dataRequests(t.stellr)[0].path).toBe(
			`/api/v1/customers/${user.customerNo}/vendors/${user.vendorId}/subscribed/products`,
		);

		t.stellr.reset();
		const one = await t.run({
			resource: 'subscribedUsers',
			operation: 'getSubscribedUsers',
			customerNo: rl(user.customerNo),
			vendorId: rl(user.vendorId),
			returnAll: true,
			filters: { subscriptionId: user.subscriptionId },
		});
		expect(new Set(one.items.map((i) => i.json.subscriptionId))).toEqual(
			new Set([user.subscriptionId]),
		);
		expect(dataRequests(t.stellr)[0].query.subscriptionId).toBe(user.subscriptionId);
	});
});
