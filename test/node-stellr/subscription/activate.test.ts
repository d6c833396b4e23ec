// Subscription > Activate: SUSPENDED back to ACTIVE.
import {
	expectUnknownOutcome,
	findSubscription,
	pick,
	runCompletedWrite,
	setup,
	type StellrCtx,
} from '../helpers';

let t: StellrCtx;
afterEach(async () => {
	await t?.stellr.close();
});

const ACTIVATE = 'POST /api/v1/customers/{customerNo}/subscriptions/{subscriptionId}/activate';

describe('Subscription > Activate', () => {
	test('activates a suspended subscription', async () => {
		t = await setup();
		const sub = findSubscription(t.stellr, (s) => s.status === 'SUSPENDED');
		const r = await runCompletedWrite(
			t,
			{ resource: 'subscription', operation: 'activate', ...pick(sub) },
			ACTIVATE,
			undefined,
		);
		expect(r.items[0].json).toMatchObject({
			operationType: 'ACTIVATE',
			result: { status: 'ACTIVE' },
		});
		expect(sub.status).toBe('ACTIVE');
	});

	test('outcome unknown after a lost answer', async () => {
		t = await setup();
		const sub = findSubscription(t.stellr, (s) => s.status === 'SUSPENDED');
		await expectUnknownOutcome(
			t,
			{ resource: 'subscription', operation: 'activate', ...pick(sub) },
			ACTIVATE,
			'activation',
			/check its status/,
		);
	});
});
