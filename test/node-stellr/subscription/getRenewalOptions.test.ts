// Subscription > Get Renewal Options: one item with the renewal date, auto-renew and the plans.
import { calls, findSubscription, pick, setup, type StellrCtx } from '../helpers';

let t: StellrCtx;
afterEach(async () => {
	await t?.stellr.close();
});

describe('Subscription > Get Renewal Options', () => {
	test('outputs the renewal options as one item', async () => {
		t = await setup();
		const sub = findSubscription(
			t.stellr,
			(s) => s.vendorId === 'Microsoft' && s.billingTerm === 'ANNUAL',
		);
		const r = await t.run({
			resource: 'subscription',
			operation: 'getRenewalOptions',
			...pick(sub),
		});
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(1);
		expect(r.items[0].json).toMatchObject({
			subscriptionId: sub.subscriptionId,
			autoRenew: sub.autoRenew,
			renewalDate: sub.endDate,
		});
		expect((r.items[0].json.options as unknown[]).length).toBeGreaterThan(1);
		expect(calls(t.stellr)).toEqual([
			`GET /api/v1/customers/${sub.customerNo}/subscriptions/${sub.subscriptionId}/renew/options 200`,
		]);
	});
});
