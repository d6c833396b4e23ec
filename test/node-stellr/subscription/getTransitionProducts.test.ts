// Subscription > Get Transition Products: the products a subscription can move to.
import { dataRequests, findSubscription, pick, setup, type StellrCtx } from '../helpers';

let t: StellrCtx;
afterEach(async () => {
	await t?.stellr.close();
});

describe('Subscription > Get Transition Products', () => {
	test('one item per product with its transition type', async () => {
		t = await setup();
		const sub = findSubscription(
			t.stellr,
			(s) => s.productName === 'Microsoft 365 Business Standard',
		);
		const r = await t.run({
			resource: 'subscription',
			operation: 'getTransitionProducts',
			...pick(sub),
			returnAll: true,
		});
		expect(r.error).toBeUndefined();
		const byName = Object.fromEntries(
			r.items.map((i) => [i.json.productName, i.json.transitionType]),
		);
		expect(byName).toMatchObject({
			'Microsoft 365 Business Basic': 'DOWNGRADE',
			'Microsoft 365 Business Premium': 'UPGRADE',
		});
		expect(dataRequests(t.stellr).map((e) => e.path)).toEqual([
			`/api/v1/customers/${sub.customerNo}/subscriptions/${sub.subscriptionId}/transition/products`,
		]);
	});
});
