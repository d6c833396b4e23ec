// Subscription > Suspend: ACTIVE to SUSPENDED, sent once.
import {
	dataRequests,
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

const SUSPEND = 'POST /api/v1/customers/{customerNo}/subscriptions/{subscriptionId}/suspend';
const active = () =>
	findSubscription(t.stellr, (s) => s.status === 'ACTIVE' && s.vendorId === 'Google');

describe('Subscription > Suspend', () => {
	test('suspends an active subscription', async () => {
		t = await setup();
		const sub = active();
		const r = await runCompletedWrite(
			t,
			{ resource: 'subscription', operation: 'suspend', ...pick(sub) },
			SUSPEND,
			undefined,
		);
		expect(r.items[0].json).toMatchObject({
			operationType: 'SUSPEND',
			result: { status: 'SUSPENDED' },
		});
		expect(sub.status).toBe('SUSPENDED');
	});

	test('a 503 before Stellr saw it is not resent either: the node cannot tell it apart', async () => {
		t = await setup();
		const sub = active();
		t.stellr.setFaults([{ kind: '5xx', count: 1, path: '/suspend' }]);
		const r = await t.run({ resource: 'subscription', operation: 'suspend', ...pick(sub) });
		expect(r.error?.message).toMatch(
			/^The outcome of the suspension is unknown: StreamOne Stellr answered HTTP 503/,
		);
		expect(dataRequests(t.stellr).map((e) => e.status)).toEqual([503]);
		expect(sub.status).toBe('ACTIVE');
	});

	test('outcome unknown after a lost answer', async () => {
		t = await setup();
		await expectUnknownOutcome(
			t,
			{ resource: 'subscription', operation: 'suspend', ...pick(active()) },
			SUSPEND,
			'suspension',
			/check its status/,
		);
	});
});
