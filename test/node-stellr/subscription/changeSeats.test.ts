// Subscription > Change Seats: the resulting total, sent once under the money rules, Wait for
// Completion, and Stellr's refusal inside a 200.
import {
	dataRequests,
	expectRefusedBeforeSending,
	fastRetry,
	findSubscription,
	firstCustomer,
	pick,
	setup,
	waitFast,
	type StellrCtx,
} from '../helpers';

let t: StellrCtx;
afterEach(async () => {
	await t?.stellr.close();
});

const DAY = 86_400_000;
const CHANGE = 'POST /api/v1/customers/{customerNo}/subscriptions/{subscriptionId}/changeSeats';
const OPERATION = 'GET /api/v1/subscriptions/operations/{operationId}';

/** The first customer's Microsoft suite: started 2 days ago, inside Microsoft's 7-day window. */
const inWindow = () =>
	findSubscription(
		t.stellr,
		(s) => s.customerNo === firstCustomer(t.stellr) && s.vendorId === 'Microsoft',
	);
/** An active Microsoft seat subscription more than 7 days into its term. */
const outsideWindow = () =>
	findSubscription(
		t.stellr,
		(s) =>
			s.vendorId === 'Microsoft' &&
			s.status === 'ACTIVE' &&
			s.productName !== 'Azure plan' &&
			Date.now() - Date.parse(s.startDate) > 8 * DAY,
	);

const changeSeats = (s: ReturnType<typeof inWindow>, quantity: number | string, extra = {}) => ({
	resource: 'subscription',
	operation: 'changeSeats',
	...pick(s),
	quantity,
	...waitFast,
	retrySettings: fastRetry,
	...extra,
});

describe('Subscription > Change Seats', () => {
	test('sends the resulting total once, polls the operation until COMPLETED and outputs it', async () => {
		t = await setup({ operations: { polls: 3 } });
		const sub = inWindow();
		const total = sub.quantity + 3;
		const r = await t.run(changeSeats(sub, total));
		expect(r.error).toBeUndefined();
		expect(dataRequests(t.stellr).map((e) => `${e.route} ${e.status}`)).toEqual([
			`${CHANGE} 202`,
			`${OPERATION} 200`,
			`${OPERATION} 200`,
			`${OPERATION} 200`,
		]);
		expect(dataRequests(t.stellr, CHANGE)[0].body).toEqual({ quantity: total });
		// three polls one second apart: the wait really happened
		const polls = dataRequests(t.stellr, OPERATION);
		expect(polls[2].at - polls[0].at).toBeGreaterThanOrEqual(1900);
		expect(r.items).toHaveLength(1);
		expect(r.items[0].json).toMatchObject({
			status: 'COMPLETED',
			operationType: 'CHANGE_SEATS',
			subscriptionId: sub.subscriptionId,
			result: { quantity: total },
		});
		expect(r.items[0].pairedItem).toEqual({ item: 0 });
		expect(t.stellr.store.subscriptions.get(sub.subscriptionId)?.quantity).toBe(total);
	});

	test('Wait for Completion off: the output is the pending operation, to poll later', async () => {
		t = await setup();
		const sub = inWindow();
		const before = sub.quantity;
		const r = await t.run(changeSeats(sub, before + 1, { waitForCompletion: false }));
		expect(r.error).toBeUndefined();
		expect(r.items.map((i) => i.json.status)).toEqual(['PENDING']);
		expect(typeof r.items[0].json.operationId).toBe('string');
		expect(dataRequests(t.stellr).map((e) => e.route)).toEqual([CHANGE]);
		expect(t.stellr.store.subscriptions.get(sub.subscriptionId)?.quantity).toBe(before);
		expect(t.stellr.completeOperations()).toBe(1);
		expect(t.stellr.store.subscriptions.get(sub.subscriptionId)?.quantity).toBe(before + 1);
	});

	test('fewer Microsoft seats after 7 days: Stellr refuses inside a 200; the error says why and that nothing changed', async () => {
		t = await setup();
		const sub = outsideWindow();
		const before = sub.quantity;
		const r = await t.run(changeSeats(sub, before - 1));
		expect(r.error?.message).toMatch(
			/^StreamOne Stellr refused the seat change: Microsoft allows fewer seats only within 7 days/,
		);
		expect((r.error as { description?: string }).description).toMatch(/Nothing was changed/);
		expect((r.error as { description?: string }).description).toMatch(/SEAT_DECREASE_NOT_ALLOWED/);
		expect(dataRequests(t.stellr).map((e) => `${e.route} ${e.status}`)).toEqual([`${CHANGE} 200`]);
		expect(t.stellr.store.subscriptions.get(sub.subscriptionId)?.quantity).toBe(before);
	});

	test.each([
		['a 503', { kind: '5xx' as const, status: 503 }],
		['a dropped connection', { kind: 'drop' as const }],
	])(
		'%s after Stellr accepted it: "outcome unknown" with how to check, sent exactly once, and the change did happen',
		async (_label, fault) => {
			t = await setup();
			const sub = inWindow();
			const total = sub.quantity + 2;
			t.stellr.setFaults([{ ...fault, when: 'after', path: '/changeSeats' }]);
			const r = await t.run(changeSeats(sub, total));
			expect(r.error?.message).toMatch(
				/^The outcome of the seat change is unknown: StreamOne Stellr/,
			);
			expect((r.error as { description?: string }).description).toMatch(
				/Subscription > Get .* quantity against the total you sent/,
			);
			expect(dataRequests(t.stellr, CHANGE)).toHaveLength(1);
			expect(dataRequests(t.stellr, OPERATION)).toHaveLength(0);
			expect(t.stellr.completeOperations()).toBe(1);
			expect(t.stellr.store.subscriptions.get(sub.subscriptionId)?.quantity).toBe(total);
		},
	);

	test('a 429 with Retry-After is resent after the wait: two requests, one change', async () => {
		t = await setup();
		const sub = inWindow();
		const total = sub.quantity + 1;
		t.stellr.setFaults([{ kind: '429', retryAfter: 1, count: 1, path: '/changeSeats' }]);
		const r = await t.run(changeSeats(sub, total));
		expect(r.error).toBeUndefined();
		const posts = dataRequests(t.stellr, CHANGE);
		expect(posts.map((e) => e.status)).toEqual([429, 202]);
		expect(posts[1].at - posts[0].at).toBeGreaterThanOrEqual(950);
		expect(r.items[0].json).toMatchObject({ status: 'COMPLETED', result: { quantity: total } });
		expect(t.stellr.store.subscriptions.get(sub.subscriptionId)?.quantity).toBe(total);
	});

	test.each([
		[0, /^Quantity must be at least 1, got 0/],
		[2.5, /^Quantity must be a whole number/],
		['', /^Quantity is required/],
		['ten', /^Quantity must be a whole number, got "ten"/],
	])('Quantity %p is refused before anything is sent', async (quantity, message) => {
		t = await setup();
		const r = await t.run(changeSeats(inWindow(), `={{ ${JSON.stringify(quantity)} }}`));
		expectRefusedBeforeSending(t, r, message);
	});

	test('Additional Body Fields go beside the quantity; Quantity wins over a quantity there', async () => {
		t = await setup();
		const sub = inWindow();
		const total = sub.quantity + 1;
		const r = await t.run(
			changeSeats(sub, total, { additionalBody: '{"quantity": 999, "note": "ticket 42"}' }),
		);
		expect(r.error).toBeUndefined();
		expect(dataRequests(t.stellr, CHANGE)[0].body).toEqual({ quantity: total, note: 'ticket 42' });
	});

	test('still running after Max Wait: the operation with waitTimedOut, not an error; the change is sent once', async () => {
		t = await setup({ operations: { polls: 1000 } });
		const sub = inWindow();
		const r = await t.run(
			changeSeats(sub, sub.quantity + 1, {
				waitOptions: { pollIntervalSeconds: 1, maxWaitSeconds: 1 },
			}),
		);
		expect(r.error).toBeUndefined();
		expect(r.items[0].json).toMatchObject({ status: 'IN_PROGRESS', waitTimedOut: true });
		expect(dataRequests(t.stellr, CHANGE)).toHaveLength(1);
		expect(dataRequests(t.stellr, OPERATION)).toHaveLength(2);
	});

	test('Continue On Fail: a refused item becomes an error item paired with it; the others go through', async () => {
		t = await setup();
		const sub = inWindow();
		const r = await t.run(changeSeats(sub, '={{ $json.seats }}'), {
			continueOnFail: true,
			items: [{ json: { seats: sub.quantity + 1 } }, { json: { seats: 0 } }],
		});
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(2);
		expect(r.items[0]).toMatchObject({ json: { status: 'COMPLETED' }, pairedItem: { item: 0 } });
		expect(r.items[1].json.error).toMatch(/Quantity must be at least 1/);
		expect(r.items[1].pairedItem).toEqual({ item: 1 });
		expect(dataRequests(t.stellr, CHANGE)).toHaveLength(1);
	});
});
