// Subscription > Get: one record, unwrapped; IDs checked before sending; 404 in plain words.
import {
	calls,
	dataRequests,
	expectRefusedBeforeSending,
	findSubscription,
	pick,
	rl,
	setup,
	type StellrCtx,
} from '../helpers';

let t: StellrCtx;
afterEach(async () => {
	await t?.stellr.close();
});

describe('Subscription > Get', () => {
	test('outputs the subscription (data of the answer), paired with its item', async () => {
		t = await setup();
		const sub = findSubscription(t.stellr, (s) => s.vendorId === 'Adobe');
		const r = await t.run({ resource: 'subscription', operation: 'get', ...pick(sub) });
		expect(r.error).toBeUndefined();
		expect(r.items).toEqual([{ json: { ...sub }, pairedItem: { item: 0 } }]);
		expect(calls(t.stellr)).toEqual([
			`GET /api/v1/customers/${sub.customerNo}/subscriptions/${sub.subscriptionId} 200`,
		]);
	});

	test('IDs from expressions are trimmed and URL-encoded; one request per input item', async () => {
		t = await setup();
		const subs = [...t.stellr.store.subscriptions.values()].slice(0, 3);
		const r = await t.run(
			{
				resource: 'subscription',
				operation: 'get',
				customerNo: rl('={{ " " + $json.c + " " }}'),
				subscriptionId: rl('={{ $json.s }}'),
			},
			{ items: subs.map((s) => ({ json: { c: s.customerNo, s: s.subscriptionId } })) },
		);
		expect(r.items.map((i) => [i.json.subscriptionId, i.pairedItem])).toEqual(
			subs.map((s, i) => [s.subscriptionId, { item: i }]),
		);
		expect(dataRequests(t.stellr)).toHaveLength(3);
	});

	test('an unknown subscription: 404 in plain words with the request ID', async () => {
		t = await setup();
		const r = await t.run({
			resource: 'subscription',
			operation: 'get',
			customerNo: rl('7100001'),
			subscriptionId: rl('999'),
		});
		expect(r.error?.message).toBe(
			"StreamOne Stellr did not find the resource: check the ID: subscription '999' was not found",
		);
		expect((r.error as { description?: string }).description).toMatch(
			/HTTP 404, StreamOne Stellr error: RESOURCE_NOT_FOUND, request ID: \S+/,
		);
	});

	test.each([
		['a/b', /^Subscription contains characters that are not allowed in an ID: a\/b/],
		['..', /^Subscription contains characters that are not allowed in an ID/],
		['={{ "" }}', /^Subscription is required/],
	])('subscription ID %p is refused before sending', async (id, message) => {
		t = await setup();
		const r = await t.run({
			resource: 'subscription',
			operation: 'get',
			customerNo: rl('7100001'),
			subscriptionId: rl(id),
		});
		expectRefusedBeforeSending(t, r, message);
	});
});
