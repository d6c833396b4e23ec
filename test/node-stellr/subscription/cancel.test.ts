// Subscription > Cancel: sent once, Wait for Completion; Microsoft's 7-day window as Stellr's refusal.
import {
	dataRequests,
	expectUnknownOutcome,
	findSubscription,
	firstCustomer,
	pick,
	runCompletedWrite,
	setup,
	type StellrCtx,
} from '../helpers';

let t: StellrCtx;
afterEach(async () => {
	await t?.stellr.close();
});

const CANCEL = 'POST /api/v1/customers/{customerNo}/subscriptions/{subscriptionId}/cancel';
const cancel = { resource: 'subscription', operation: 'cancel' };

describe('Subscription > Cancel', () => {
	test('cancels a subscription inside its 7-day window; Additional Body Fields are the body', async () => {
		t = await setup();
		const sub = findSubscription(
			t.stellr,
			(s) => s.customerNo === firstCustomer(t.stellr) && s.vendorId === 'Microsoft',
		);
		const r = await runCompletedWrite(
			t,
			{ ...cancel, ...pick(sub), additionalBody: '{"reason": "Customer left"}' },
			CANCEL,
			{ reason: 'Customer left' },
		);
		expect(r.items[0].json).toMatchObject({
			operationType: 'CANCEL',
			result: { status: 'CANCELLED' },
		});
		expect(t.stellr.store.subscriptions.get(sub.subscriptionId)?.status).toBe('CANCELLED');
	});

	test('a Microsoft subscription past 7 days: Stellr refuses inside a 200, and nothing changed', async () => {
		t = await setup();
		const sub = findSubscription(t.stellr, (s) => s.subscriptionId === '41000003');
		const r = await t.run({ ...cancel, ...pick(sub) });
		expect(r.error?.message).toMatch(
			/^StreamOne Stellr refused the cancellation: Microsoft allows cancel only within 7 days/,
		);
		expect((r.error as { description?: string }).description).toMatch(
			/Nothing was changed.*\n.*CANCELLATION_WINDOW_EXPIRED/,
		);
		expect(dataRequests(t.stellr).map((e) => e.status)).toEqual([200]);
		expect(sub.status).toBe('ACTIVE');
	});

	test('a cancelled subscription: 409 in plain words', async () => {
		t = await setup();
		const sub = findSubscription(t.stellr, (s) => s.status === 'CANCELLED');
		const r = await t.run({ ...cancel, ...pick(sub) });
		expect(r.error?.message).toMatch(
			/^The subscription is not in a state that allows this: subscription \d+ is CANCELLED/,
		);
		expect((r.error as { description?: string }).description).toMatch(
			/HTTP 409, StreamOne Stellr error: INVALID_SUBSCRIPTION_STATUS, request ID: /,
		);
	});

	test('the answer lost after Stellr accepted it: "outcome unknown", check the status', async () => {
		t = await setup();
		const sub = findSubscription(
			t.stellr,
			(s) => s.customerNo === firstCustomer(t.stellr) && s.vendorId === 'Microsoft',
		);
		await expectUnknownOutcome(
			t,
			{ ...cancel, ...pick(sub) },
			CANCEL,
			'cancellation',
			/Subscription > Get .* check its status/,
		);
	});
});
