// Subscription > Reactivate: the "reactive" path (sic), CANCELLED back to ACTIVE.
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

const REACTIVATE = 'POST /api/v1/customers/{customerNo}/subscriptions/{subscriptionId}/reactive';

describe('Subscription > Reactivate', () => {
	test('reactivates a cancelled subscription through POST .../reactive; empty Additional Body Fields send no body (n8n leaves an empty object out)', async () => {
		t = await setup();
		const sub = findSubscription(t.stellr, (s) => s.status === 'CANCELLED');
		const r = await runCompletedWrite(
			t,
			{ resource: 'subscription', operation: 'reactivate', ...pick(sub), additionalBody: '' },
			REACTIVATE,
			undefined,
		);
		expect(r.items[0].json).toMatchObject({
			operationType: 'REACTIVATE',
			result: { status: 'ACTIVE' },
		});
		expect(sub.status).toBe('ACTIVE');
	});

	test('outcome unknown after a lost answer', async () => {
		t = await setup();
		const sub = findSubscription(t.stellr, (s) => s.status === 'CANCELLED');
		await expectUnknownOutcome(
			t,
			{ resource: 'subscription', operation: 'reactivate', ...pick(sub) },
			REACTIVATE,
			'reactivation',
			/check its status/,
		);
	});
});
