// Subscription resource (Get Many, Get, Update Seats) against the emulator through n8n-core.
import { startEmulator, type Emulator } from '../../emulator';
import { CredentialStore, runNode } from '../harness';

let ion: Emulator;
let store: CredentialStore;

const rl = (value: string, mode = 'id') => ({ __rl: true, mode, value });

beforeAll(async () => {
	ion = await startEmulator({ port: 0, seed: 'demo', maxPageSize: 4 });
});
afterAll(async () => {
	await ion.close();
});
beforeEach(() => {
	store = new CredentialStore({ accountId: ion.accountId, refreshToken: ion.issueRefreshToken(), baseUrl: ion.url });
	ion.setFaults([]);
	ion.reset();
});

const SUBS_PATH = () => `/api/v3/accounts/${ion.accountId}/subscriptions`;
const dataCalls = () => ion.log.filter((l) => l.path.startsWith('/api/'));

function allSubscriptions() {
	return [...ion.store.subscriptions.values()];
}

/** A customer with at least `n` subscriptions in the seed. */
function customerWithSubscriptions(n: number): string {
	for (const [customerId, ids] of ion.store.subscriptionsByCustomer) if (ids.length >= n) return customerId;
	throw new Error(`no customer with ${n} subscriptions in the seed`);
}

describe('Subscription > Get Many', () => {
	test('Return All walks every offset page and returns each subscription exactly once, paired with its item', async () => {
		const total = allSubscriptions().length;
		expect(total).toBeGreaterThan(8); // >= 3 pages at maxPageSize 4
		const r = await runNode({ parameters: { resource: 'subscription', operation: 'getAll', returnAll: true }, store });
		expect(r.error).toBeUndefined();
		const ids = r.items.map((i) => i.json.id);
		expect(ids).toHaveLength(total);
		expect(new Set(ids).size).toBe(total);
		expect(new Set(ids)).toEqual(new Set(allSubscriptions().map((s) => s.id)));
		for (const item of r.items) expect(item.pairedItem).toEqual({ item: 0 });
		const calls = dataCalls();
		expect(calls.length).toBeGreaterThanOrEqual(3);
		for (const c of calls) {
			expect(c.method).toBe('GET');
			expect(c.path).toBe(SUBS_PATH());
			expect(c.status).toBe(200);
		}
		expect(calls.map((c) => c.query['pagination.offset'])).toEqual(calls.map((_, i) => String(i * 4)));
	});

	test('filters reach Ion under the spec names on every page', async () => {
		const customerId = customerWithSubscriptions(1);
		const status = ion.store.subscriptions.get(ion.store.subscriptionsByCustomer.get(customerId)![0])!.subscriptionStatus;
		const expected = allSubscriptions().filter((s) => s.customerId === customerId && s.subscriptionStatus === status);
		const r = await runNode({
			parameters: {
				resource: 'subscription',
				operation: 'getAll',
				returnAll: true,
				filters: { customerId: ` ${customerId} `, subscriptionStatus: status },
				sort: { sortBy: 'id', sortOrder: 'DESC' },
			},
			store,
		});
		expect(r.error).toBeUndefined();
		expect(r.items.map((i) => i.json.id)).toEqual(
			expected.map((s) => s.id).sort((a, b) => Number(b) - Number(a)),
		);
		for (const c of dataCalls()) {
			expect(c.query).toMatchObject({
				customerId,
				subscriptionStatus: status,
				'pagination.sortBy': 'id',
				'pagination.sortOrder': 'DESC',
			});
		}
	});

	test('filters across >= 3 pages keep the filter on every page', async () => {
		// pick the most common status so the filtered list spans several pages
		const counts = new Map<string, number>();
		for (const s of allSubscriptions()) counts.set(s.subscriptionStatus, (counts.get(s.subscriptionStatus) ?? 0) + 1);
		const [status, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
		expect(count).toBeGreaterThan(8);
		const r = await runNode({
			parameters: { resource: 'subscription', operation: 'getAll', returnAll: true, filters: { subscriptionStatus: status } },
			store,
		});
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(count);
		expect(new Set(r.items.map((i) => i.json.id)).size).toBe(count);
		for (const i of r.items) expect(i.json.subscriptionStatus).toBe(status);
		const calls = dataCalls();
		expect(calls.length).toBeGreaterThanOrEqual(3);
		for (const c of calls) expect(c.query.subscriptionStatus).toBe(status);
	});

	test('date filters are sent as RFC 3339 under the spec names (the emulator validates the format)', async () => {
		const r = await runNode({
			parameters: {
				resource: 'subscription',
				operation: 'getAll',
				returnAll: true,
				filters: {
					startDateFrom: '2000-01-01T00:00:00',
					startDateTo: '2100-01-01',
					startDateRange: 'CUSTOM',
					endDateFrom: '2001-02-03T04:05:06+02:00',
				},
			},
			store,
		});
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(allSubscriptions().length);
		const calls = dataCalls();
		expect(calls.length).toBeGreaterThanOrEqual(3);
		for (const call of calls) {
			expect(call.status).toBe(200);
			expect(call.query).toMatchObject({
				'startDateRange.fixedDateRange.startDate': '2000-01-01T00:00:00.000Z',
				'startDateRange.fixedDateRange.endDate': '2100-01-01T00:00:00.000Z',
				'startDateRange.relativeDateRange': 'CUSTOM',
				'endDateRange.fixedDateRange.startDate': '2001-02-03T02:05:06.000Z',
			});
		}
	});

	test('Limit stops early: one request for a limit below the page size, no extra page', async () => {
		const r = await runNode({ parameters: { resource: 'subscription', operation: 'getAll', returnAll: false, limit: 3 }, store });
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(3);
		const calls = dataCalls();
		expect(calls).toHaveLength(1);
		expect(calls[0].query['pagination.limit']).toBe('3');
	});

	test('Limit across pages asks only for what is missing', async () => {
		const r = await runNode({ parameters: { resource: 'subscription', operation: 'getAll', returnAll: false, limit: 6 }, store });
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(6);
		expect(new Set(r.items.map((i) => i.json.id)).size).toBe(6);
		const calls = dataCalls();
		expect(calls.map((c) => [c.query['pagination.offset'], c.query['pagination.limit']])).toEqual([
			['0', '6'], // Ion caps the page at 4 (maxPageSize)
			['4', '2'], // then only the 2 still missing
		]);
	});

	test('a non-numeric customer id filter is refused before any request', async () => {
		const r = await runNode({
			parameters: { resource: 'subscription', operation: 'getAll', returnAll: true, filters: { customerId: 'abc' } },
			store,
		});
		expect(r.error?.message).toMatch(/Customer ID must be a number/);
		expect(dataCalls()).toHaveLength(0);
	});

	test('an invalid date is refused before any request, naming the field', async () => {
		const r = await runNode({
			parameters: { resource: 'subscription', operation: 'getAll', returnAll: true, filters: { endDateTo: 'next tuesday' } },
			store,
		});
		expect(r.error?.message).toMatch(/End Date To is not a valid date/);
		expect(dataCalls()).toHaveLength(0);
	});
});

describe('Subscription > Get', () => {
	test('sends GET .../customers/{customerId}/subscriptions/{Id} and returns the subscription', async () => {
		const sub = allSubscriptions()[0];
		const r = await runNode({
			parameters: {
				resource: 'subscription',
				operation: 'get',
				customerId: rl(sub.customerId),
				subscriptionId: sub.id,
				options: { refresh: true },
			},
			store,
		});
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(1);
		expect(r.items[0].json).toMatchObject({ id: sub.id, subscriptionId: sub.subscriptionId, customerId: sub.customerId });
		expect(r.items[0].pairedItem).toEqual({ item: 0 });
		const calls = dataCalls();
		expect(calls).toHaveLength(1);
		expect(calls[0]).toMatchObject({
			method: 'GET',
			path: `/api/v3/accounts/${ion.accountId}/customers/${sub.customerId}/subscriptions/${sub.id}`,
			status: 200,
		});
		expect(calls[0].query).toMatchObject({ refresh: 'true' });
	});

	test('one output item per input item, each paired with its input', async () => {
		const [a, b] = allSubscriptions();
		const r = await runNode({
			parameters: {
				resource: 'subscription',
				operation: 'get',
				customerId: rl('={{ $json.c }}'),
				subscriptionId: '={{ $json.s }}',
			},
			items: [{ json: { c: a.customerId, s: a.id } }, { json: { c: b.customerId, s: b.id } }],
			store,
		});
		expect(r.error).toBeUndefined();
		expect(r.items.map((i) => [i.json.id, i.pairedItem])).toEqual([
			[a.id, { item: 0 }],
			[b.id, { item: 1 }],
		]);
	});

	// Values come from expressions: a literal bad id is already caught by n8n's parameter
	// validation in the editor, but a value from an earlier node is only checked by the preSend.
	test('a non-numeric subscription id is refused before any request', async () => {
		const sub = allSubscriptions()[0];
		const r = await runNode({
			parameters: { resource: 'subscription', operation: 'get', customerId: rl(sub.customerId), subscriptionId: '={{ $json.s }}' },
			items: [{ json: { s: '12/../3' } }],
			store,
		});
		expect(r.error?.message).toMatch(/Subscription ID must be a number/);
		expect(dataCalls()).toHaveLength(0);
	});

	test('a missing customer is refused before any request', async () => {
		const r = await runNode({
			parameters: { resource: 'subscription', operation: 'get', customerId: rl('={{ $json.c }}'), subscriptionId: '1' },
			items: [{ json: { c: '' } }],
			store,
		});
		expect(r.error?.message).toMatch(/Customer ID is required/);
		expect(dataCalls()).toHaveLength(0);
	});

	test('404 becomes a NodeApiError naming Ion\'s message; Continue On Fail emits a paired error item', async () => {
		const sub = allSubscriptions()[0];
		const params = { resource: 'subscription', operation: 'get', customerId: rl(sub.customerId), subscriptionId: '999999999' };
		const failed = await runNode({ parameters: params, store });
		expect(failed.error?.name).toBe('NodeApiError');
		expect(failed.error?.message).toMatch(/not find|not found/i);
		expect((failed.error as { httpCode?: string }).httpCode).toBe('404');

		const r = await runNode({
			parameters: params,
			items: [{ json: {} }, { json: {} }],
			store,
			continueOnFail: true,
		});
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(2);
		r.items.forEach((item, i) => {
			expect(item.json.error).toMatch(/not find|not found/i);
			expect(item.pairedItem).toEqual({ item: i });
		});
	});

	test('a bad id with Continue On Fail gives an error item per input item and sends nothing', async () => {
		const r = await runNode({
			parameters: { resource: 'subscription', operation: 'get', customerId: rl('={{ $json.c }}'), subscriptionId: '1' },
			items: [{ json: { c: 'x1' } }],
			store,
			continueOnFail: true,
		});
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(1);
		expect(r.items[0].json.error).toMatch(/Customer ID must be a number/);
		expect(r.items[0].pairedItem).toEqual({ item: 0 });
		expect(dataCalls()).toHaveLength(0);
	});

	test('5xx on a read is retried and then succeeds', async () => {
		const sub = allSubscriptions()[0];
		ion.setFaults([{ kind: '5xx', count: 1, path: '/subscriptions/' }]);
		const r = await runNode({
			parameters: {
				resource: 'subscription',
				operation: 'get',
				customerId: rl(sub.customerId),
				subscriptionId: sub.id,
				retrySettings: { baseDelayMs: 1 },
			},
			store,
		});
		expect(r.error).toBeUndefined();
		expect(r.items[0].json.id).toBe(sub.id);
		expect(dataCalls().map((c) => c.status)).toEqual([503, 200]);
	});
});

describe('Subscription > Update Seats', () => {
	/** An active subscription (Ion refuses UPDATE on cancelled/expired/deleted ones). */
	function activeSubscriptions() {
		return allSubscriptions().filter(
			(s) => s.subscriptionStatus === 'ACTIVE' && !ion.store.products.get(s.ccpProductId)?.disabled,
		);
	}

	test('reads the subscription, sends one UPDATE order item, changes the quantity in Ion and returns the order', async () => {
		const sub = activeSubscriptions()[0];
		const newQty = Number(sub.subscriptionTotalLicenses) + 7;
		const ordersBefore = ion.store.orders.size;
		const r = await runNode({
			parameters: {
				resource: 'subscription',
				operation: 'updateSeats',
				customerId: rl(sub.customerId),
				subscriptionId: sub.id,
				quantity: newQty,
				options: { referenceId: 'recon-2026-11', resellerPO: 'PO-9' },
			},
			store,
		});
		expect(r.error).toBeUndefined();
		expect(ion.store.subscriptions.get(sub.id)?.subscriptionTotalLicenses).toBe(String(newQty));
		expect(ion.store.orders.size).toBe(ordersBefore + 1);
		expect(r.items).toHaveLength(1);
		expect(r.items[0].pairedItem).toEqual({ item: 0 });
		const order = r.items[0].json as { orderId: string; referenceId: string; orderItems: Array<Record<string, unknown>> };
		expect(ion.store.orders.get(order.orderId)).toBeDefined();
		expect(order.referenceId).toBe('recon-2026-11');
		expect(order.orderItems[0]).toMatchObject({ action: 'UPDATE', resourceId: sub.subscriptionId, quantity: newQty });

		const calls = dataCalls();
		expect(calls.map((c) => `${c.method} ${c.path} ${c.status}`)).toEqual([
			`GET /api/v3/accounts/${ion.accountId}/customers/${sub.customerId}/subscriptions/${sub.id} 200`,
			`POST /api/v3/accounts/${ion.accountId}/customers/${sub.customerId}/orders 200`,
		]);
		expect(calls[1].body).toEqual({
			referenceId: 'recon-2026-11',
			orderItems: [
				{
					action: 'UPDATE',
					resourceId: sub.subscriptionId,
					productId: sub.ccpProductId,
					skuId: sub.ccpSkuId,
					planId: sub.ccpPlanId,
					quantity: newQty,
					resellerPO: 'PO-9',
					attributes: [],
				},
			],
		});
	});

	test('with product, SKU, plan and resource IDs given, no lookup is made', async () => {
		// Microsoft's UPDATE template allows the friendlyName attribute
		const sub = activeSubscriptions().find(
			(s) => ion.store.products.get(s.ccpProductId)?.cloudConsumption.cloudProvider === 'MICROSOFT',
		);
		if (!sub) throw new Error('no active Microsoft subscription in the seed');
		const r = await runNode({
			parameters: {
				resource: 'subscription',
				operation: 'updateSeats',
				customerId: rl(sub.customerId),
				subscriptionId: sub.id,
				quantity: 2,
				options: {
					resourceId: sub.subscriptionId,
					productId: sub.ccpProductId,
					skuId: sub.ccpSkuId,
					planId: sub.ccpPlanId,
					attributes: { attribute: [{ name: 'friendlyName', value: 'HQ' }] },
				},
			},
			store,
		});
		expect(r.error).toBeUndefined();
		expect(ion.store.subscriptions.get(sub.id)?.subscriptionTotalLicenses).toBe('2');
		const calls = dataCalls();
		expect(calls.map((c) => c.method)).toEqual(['POST']);
		expect((calls[0].body as { orderItems: unknown[] }).orderItems[0]).toMatchObject({
			attributes: [{ name: 'friendlyName', value: 'HQ' }],
		});
	});

	test('several input items: one order each, paired with its item', async () => {
		const [a, b] = activeSubscriptions().slice(2, 4);
		const r = await runNode({
			parameters: {
				resource: 'subscription',
				operation: 'updateSeats',
				customerId: rl('={{ $json.customerId }}'),
				subscriptionId: '={{ $json.id }}',
				quantity: '={{ $json.seats }}',
			},
			items: [
				{ json: { customerId: a.customerId, id: a.id, seats: 11 } },
				{ json: { customerId: b.customerId, id: b.id, seats: 12 } },
			],
			store,
		});
		expect(r.error).toBeUndefined();
		expect(r.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(ion.store.subscriptions.get(a.id)?.subscriptionTotalLicenses).toBe('11');
		expect(ion.store.subscriptions.get(b.id)?.subscriptionTotalLicenses).toBe('12');
	});

	test.each([
		['a quantity below zero', { quantity: '={{ -1 }}' }, /Quantity cannot be below zero/],
		['a fractional quantity', { quantity: '={{ 2.5 }}' }, /Quantity must be a whole number/],
		['a non-numeric subscription id', { subscriptionId: '={{ "abc" }}' }, /Subscription ID must be a number/],
		['a non-numeric customer', { customerId: rl('={{ "acme" }}') }, /Customer ID must be a number/],
	])('refuses %s before any request', async (_name, extra, message) => {
		const sub = activeSubscriptions()[0];
		const r = await runNode({
			parameters: {
				resource: 'subscription',
				operation: 'updateSeats',
				customerId: rl(sub.customerId),
				subscriptionId: sub.id,
				quantity: 3,
				...extra,
			},
			store,
		});
		expect(r.error?.message).toMatch(message);
		expect(dataCalls()).toHaveLength(0);
	});

	test('an unknown subscription fails on the lookup and no order is sent', async () => {
		const sub = activeSubscriptions()[0];
		const r = await runNode({
			parameters: {
				resource: 'subscription',
				operation: 'updateSeats',
				customerId: rl(sub.customerId),
				subscriptionId: '987654321',
				quantity: 3,
			},
			store,
			continueOnFail: true,
		});
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(1);
		expect(r.items[0].json.error).toMatch(/not found/i);
		expect(r.items[0].pairedItem).toEqual({ item: 0 });
		expect(dataCalls().map((c) => c.method)).toEqual(['GET']);
	});

	test('the lookup GET is retried after a 5xx, the order POST never is', async () => {
		const sub = activeSubscriptions()[0];
		const before = ion.store.subscriptions.get(sub.id)?.subscriptionTotalLicenses;
		ion.setFaults([
			{ kind: '5xx', method: 'GET', path: '/subscriptions/', count: 1 },
			{ kind: '5xx', method: 'POST', path: '/orders' },
		]);
		const r = await runNode({
			parameters: {
				resource: 'subscription',
				operation: 'updateSeats',
				customerId: rl(sub.customerId),
				subscriptionId: sub.id,
				quantity: Number(before) + 1,
				retrySettings: { baseDelayMs: 1 },
			},
			store,
		});
		expect(r.error?.message).toMatch(/outcome of the seat update order is unknown/);
		expect(dataCalls().map((c) => `${c.method} ${c.status}`)).toEqual(['GET 503', 'GET 200', 'POST 503']);
		expect(ion.store.subscriptions.get(sub.id)?.subscriptionTotalLicenses).toBe(before);
	});
});
