// Subscription > Update Seats: a lookup GET, then no order when the seats are already right, else one
// UPDATE order with the seats before and after; checks before any request; the lookup is retried after
// a 5xx, the order POST never is; waiting for a final status only reads the order.
import { runNode } from '../../harness';
import { rl, useEmulator } from '../helpers';

const t = useEmulator({ maxPageSize: 4 });
const dataCalls = () => t.ion.log.filter((l) => l.path.startsWith('/api/'));

function allSubscriptions() {
	return [...t.ion.store.subscriptions.values()];
}

describe('Subscription > Update Seats', () => {
	/** An active subscription (Ion refuses UPDATE on cancelled/expired/deleted ones). */
	function activeSubscriptions() {
		return allSubscriptions().filter(
			(s) => s.subscriptionStatus === 'ACTIVE' && !t.ion.store.products.get(s.ccpProductId)?.disabled,
		);
	}

	test('reads the subscription, sends one UPDATE order item, changes the quantity in Ion and returns the order', async () => {
		const sub = activeSubscriptions()[0];
		const newQty = Number(sub.subscriptionTotalLicenses) + 7;
		const ordersBefore = t.ion.store.orders.size;
		const r = await runNode({
			parameters: {
				resource: 'subscription',
				operation: 'updateSeats',
				customerId: rl(sub.customerId),
				subscriptionId: sub.id,
				quantity: newQty,
				options: { referenceId: 'recon-2026-11', resellerPO: 'PO-9' },
			},
			store: t.store,
		});
		expect(r.error).toBeUndefined();
		expect(t.ion.store.subscriptions.get(sub.id)?.subscriptionTotalLicenses).toBe(String(newQty));
		expect(t.ion.store.orders.size).toBe(ordersBefore + 1);
		expect(r.items).toHaveLength(1);
		expect(r.items[0].pairedItem).toEqual({ item: 0 });
		const order = r.items[0].json as { orderId: string; referenceId: string; orderItems: Array<Record<string, unknown>> };
		expect(t.ion.store.orders.get(order.orderId)).toBeDefined();
		expect(order.referenceId).toBe('recon-2026-11');
		expect(order.orderItems[0]).toMatchObject({ action: 'UPDATE', resourceId: sub.subscriptionId, quantity: newQty });
		expect(r.items[0].json).toMatchObject({
			changed: true,
			seatsBefore: newQty - 7,
			seatsAfter: newQty,
		});

		const calls = dataCalls();
		expect(calls.map((c) => `${c.method} ${c.path} ${c.status}`)).toEqual([
			`GET /api/v3/accounts/${t.ion.accountId}/customers/${sub.customerId}/subscriptions/${sub.id} 200`,
			`POST /api/v3/accounts/${t.ion.accountId}/customers/${sub.customerId}/orders 200`,
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

	test('Options > Attributes go on the UPDATE item', async () => {
		// Microsoft's UPDATE template allows the friendlyName attribute
		const sub = activeSubscriptions().find(
			(s) => t.ion.store.products.get(s.ccpProductId)?.cloudConsumption.cloudProvider === 'MICROSOFT',
		);
		if (!sub) throw new Error('no active Microsoft subscription in the seed');
		const r = await runNode({
			parameters: {
				resource: 'subscription',
				operation: 'updateSeats',
				customerId: rl(sub.customerId),
				subscriptionId: sub.id,
				quantity: Number(sub.subscriptionTotalLicenses) === 2 ? 3 : 2,
				options: {
					attributes: { attribute: [{ name: 'friendlyName', value: 'HQ' }] },
				},
			},
			store: t.store,
		});
		expect(r.error).toBeUndefined();
		const calls = dataCalls();
		expect(calls.map((c) => c.method)).toEqual(['GET', 'POST']);
		expect((calls[1].body as { orderItems: unknown[] }).orderItems[0]).toMatchObject({
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
			store: t.store,
		});
		expect(r.error).toBeUndefined();
		expect(r.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(t.ion.store.subscriptions.get(a.id)?.subscriptionTotalLicenses).toBe('11');
		expect(t.ion.store.subscriptions.get(b.id)?.subscriptionTotalLicenses).toBe('12');
	});

	test.each([
		['a quantity below zero', { quantity: '={{ -1 }}' }, /Quantity cannot be below zero/],
		['a fractional quantity', { quantity: '={{ 2.5 }}' }, /Quantity must be a whole number/],
		['a non-numeric subscription id', { subscriptionId: '={{ "abc" }}' }, /Subscription must be a number/],
		['a non-numeric customer', { customerId: rl('={{ "acme" }}') }, /Customer must be a number/],
		['no quantity', { quantity: '={{ "" }}' }, /^Quantity is required/],
		['a quantity of 0 (an UPDATE cannot end a subscription)', { quantity: '={{ 0 }}' }, /Seat update: Quantity 0 is not allowed for an UPDATE/],
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
			store: t.store,
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
			store: t.store,
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
		const before = t.ion.store.subscriptions.get(sub.id)?.subscriptionTotalLicenses;
		t.ion.setFaults([
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
				requestOptions: { retryBaseDelayMs: 1 },
			},
			store: t.store,
		});
		expect(r.error?.message).toMatch(/outcome of the seat update order is unknown/);
		expect(dataCalls().map((c) => `${c.method} ${c.status}`)).toEqual(['GET 503', 'GET 200', 'POST 503']);
		expect(t.ion.store.subscriptions.get(sub.id)?.subscriptionTotalLicenses).toBe(before);
	});
});

describe('Subscription > Update Seats: no billed surprise', () => {
	const active = () =>
		allSubscriptions().filter(
			(s) => s.subscriptionStatus === 'ACTIVE' && !t.ion.store.products.get(s.ccpProductId)?.disabled,
		);
	const run = (sub: { customerId: string; id: string }, quantity: unknown, options = {}) =>
		runNode({
			parameters: {
				resource: 'subscription',
				operation: 'updateSeats',
				customerId: rl(sub.customerId),
				subscriptionId: rl(sub.id, 'list'),
				quantity: quantity as number,
				options,
			},
			store: t.store,
		});

	test('Quantity has no default and is required', () => {
		const { StreamOneIon } = jest.requireActual('../../../nodes/StreamOneIon/StreamOneIon.node') as typeof import('../../../nodes/StreamOneIon/StreamOneIon.node');
		const quantity = new StreamOneIon().description.properties.find(
			(p) => p.name === 'quantity' && p.displayOptions?.show?.operation?.includes('updateSeats'),
		);
		expect(quantity?.default).toBe('');
		expect(quantity?.required).toBe(true);
	});

	test('the seats are already right: no order, the subscription with changed: false', async () => {
		const sub = active()[1];
		const ordersBefore = t.ion.store.orders.size;
		const r = await run(sub, Number(sub.subscriptionTotalLicenses));
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(1);
		expect(r.items[0].json).toMatchObject({ id: sub.id, changed: false });
		expect(t.ion.store.orders.size).toBe(ordersBefore);
		expect(dataCalls().map((c) => c.method)).toEqual(['GET']);
	});

	test('Wait for Completion reads the order until its status is final (reads only)', async () => {
		const sub = active()[4];
		// the order stays In Progress until Ion has answered two reads of it
		const reads = () => t.ion.log.filter((e) => e.route.endsWith('/orders/{orderId}')).length;
		const addOrder = t.ion.store.addOrder.bind(t.ion.store);
		const spy = jest.spyOn(t.ion.store, 'addOrder').mockImplementation((order) => {
			Object.defineProperty(order, 'status', {
				enumerable: true,
				configurable: true,
				get: () => (reads() >= 2 ? 'COMPLETED' : 'IN_PROGRESS'),
			});
			return addOrder(order);
		});
		try {
			const r = await run(sub, Number(sub.subscriptionTotalLicenses) + 1, {
				waitForCompletion: true,
				pollIntervalSeconds: 1,
				maxWaitSeconds: 30,
			});
			expect(r.error).toBeUndefined();
			expect(r.items[0].json).toMatchObject({ status: 'COMPLETED', orderFinal: true, changed: true });
			const calls = dataCalls().map((c) => `${c.method} ${c.route.replace(/.*\/customers\/\{customerId\}/, '')}`);
			expect(calls[0]).toBe('GET /subscriptions/{Id}');
			expect(calls[1]).toBe('POST /orders');
			expect(calls.slice(2).every((c) => c === 'GET /orders/{orderId}')).toBe(true);
			expect(calls.filter((c) => c.startsWith('POST'))).toHaveLength(1);
		} finally {
			spy.mockRestore();
		}
	});

	test('the wait is bounded: the placed order is output with orderFinal: false', async () => {
		const sub = active()[5];
		const addOrder = t.ion.store.addOrder.bind(t.ion.store);
		// an order Ion never finishes
		const spy = jest.spyOn(t.ion.store, 'addOrder').mockImplementation((order) => {
			order.status = 'IN_PROGRESS';
			return addOrder(order);
		});
		try {
			const r = await run(sub, Number(sub.subscriptionTotalLicenses) + 2, {
				waitForCompletion: true,
				pollIntervalSeconds: 1,
				maxWaitSeconds: 2,
			});
			expect(r.error).toBeUndefined();
			expect(r.items[0].json).toMatchObject({ status: 'IN_PROGRESS', orderFinal: false, changed: true });
			expect(dataCalls().filter((c) => c.method === 'POST')).toHaveLength(1);
			expect(dataCalls().filter((c) => c.route.endsWith('/orders/{orderId}'))).toHaveLength(2);
		} finally {
			spy.mockRestore();
		}
	});
});
