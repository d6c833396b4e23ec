// Operation > Get: the status of a subscription change, optionally waiting until it ends.
import {
	dataRequests,
	expectRefusedBeforeSending,
	findSubscription,
	firstCustomer,
	OPERATION_ROUTE,
	pick,
	setup,
	waitFast,
	type StellrCtx,
} from '../helpers';

let t: StellrCtx;
afterEach(async () => {
	await t?.stellr.close();
});

/** A seat change sent with Wait for Completion off: its operation ID. */
async function pendingChange(): Promise<string> {
	const sub = findSubscription(
		t.stellr,
		(s) => s.customerNo === firstCustomer(t.stellr) && s.vendorId === 'Microsoft',
	);
	const r = await t.run({
		resource: 'subscription',
		operation: 'changeSeats',
		...pick(sub),
		quantity: sub.quantity + 1,
		waitForCompletion: false,
	});
	t.stellr.reset();
	return r.items[0].json.operationId as string;
}

describe('Operation > Get', () => {
	test('Wait off (the default): one read, the operation as it is', async () => {
		t = await setup({ operations: { polls: 3 } });
		const operationId = await pendingChange();
		const r = await t.run({ resource: 'operation', operation: 'get', operationId });
		expect(r.items.map((i) => [i.json.operationId, i.json.status])).toEqual([
			[operationId, 'IN_PROGRESS'],
		]);
		expect(dataRequests(t.stellr).map((e) => e.path)).toEqual([
			`/api/v1/subscriptions/operations/${operationId}`,
		]);
	});

	test('Wait on: reads every Poll Interval until COMPLETED', async () => {
		t = await setup({ operations: { polls: 2 } });
		const operationId = await pendingChange();
		const r = await t.run({ resource: 'operation', operation: 'get', operationId, ...waitFast });
		expect(r.items[0].json).toMatchObject({
			operationId,
			status: 'COMPLETED',
			operationType: 'CHANGE_SEATS',
		});
		const reads = dataRequests(t.stellr, OPERATION_ROUTE);
		expect(reads).toHaveLength(2);
		expect(reads[1].at - reads[0].at).toBeGreaterThanOrEqual(950);
	});

	test('a FAILED operation read without waiting is output as data, not an error', async () => {
		t = await setup();
		const account = [...t.stellr.store.vendorAccounts.values()].find(
			(a) => a.vendorId === 'Google' && a.customerNo,
		)!;
		const write = await t.run({
			resource: 'subscription',
			operation: 'transfer',
			customerNo: { __rl: true, mode: 'id', value: account.customerNo! },
			body: '{"transferToken": "wrong"}',
			waitForCompletion: false,
		});
		const operationId = write.items[0].json.operationId as string;
		t.stellr.completeOperations();
		const r = await t.run({ resource: 'operation', operation: 'get', operationId });
		expect(r.error).toBeUndefined();
		expect(r.items[0].json).toMatchObject({
			status: 'FAILED',
			error: { code: 'INVALID_TRANSFER_TOKEN' },
		});
	});

	test('an unknown operation: 404; an empty one is refused before sending', async () => {
		t = await setup();
		const r = await t.run({ resource: 'operation', operation: 'get', operationId: 'nope' });
		expect(r.error?.message).toBe(
			"StreamOne Stellr did not find the resource: check the ID: operation 'nope' was not found",
		);
		t.stellr.reset();
		expectRefusedBeforeSending(
			t,
			await t.run({ resource: 'operation', operation: 'get', operationId: '={{ "" }}' }),
			/^Operation ID is required/,
		);
	});

	test('a read that fails while waiting says the change was accepted and not to send it again', async () => {
		t = await setup({ operations: { polls: 5 } });
		const operationId = await pendingChange();
		t.stellr.setFaults([{ kind: '5xx', status: 500, path: '/operations/', count: 100 }]);
		const sub = findSubscription(
			t.stellr,
			(s) => s.customerNo === firstCustomer(t.stellr) && s.vendorId === 'Microsoft',
		);
		const r = await t.run({
			resource: 'subscription',
			operation: 'changeSeats',
			...pick(sub),
			quantity: sub.quantity + 1,
			...waitFast,
			retrySettings: { maxAttempts: 2, baseDelayMs: 5 },
		});
		expect(operationId).toBeTruthy();
		expect(r.error?.message).toMatch(
			/^StreamOne Stellr accepted the seat change \(operation [\w-]+\), but its progress could not be read/,
		);
		expect((r.error as { description?: string }).description).toMatch(
			/Do not send the change again: check its progress with Operation > Get/,
		);
		expect(
			dataRequests(
				t.stellr,
				'POST /api/v1/customers/{customerNo}/subscriptions/{subscriptionId}/changeSeats',
			),
		).toHaveLength(1);
	});
});
