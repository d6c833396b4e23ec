// Subscription > Update Seats: a lookup GET, then one UPDATE order; checks before any request; the
// lookup is retried after a 5xx, the order POST never is.
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

	test('with product, SKU, plan and resource IDs given, no lookup is made', async () => {
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
				quantity: 2,
				options: {
					resourceId: sub.subscriptionId,
					productId: sub.ccpProductId,
					skuId: sub.ccpSkuId,
					planId: sub.ccpPlanId,
					attributes: { attribute: [{ name: 'friendlyName', value: 'HQ' }] },
				},
			},
			store: t.store,
		});
		expect(r.error).toBeUndefined();
		expect(t.ion.store.subscriptions.get(sub.id)?.subscriptionTotalLicenses).toBe('2');
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
