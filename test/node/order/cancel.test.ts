// Order > Cancel: POST .../orders/{orderId}:cancel, a second cancel, no resend after a 5xx.
import type { Order } from '../../../emulator/types';
import { runNode } from '../../harness';
import { rl, seatUpdateOrder, updatableSubscription, useOrderEmulator } from '../helpers';

const t = useOrderEmulator();
const dataCalls = () => t.ion.log.filter((l) => l.path.startsWith('/api/'));
const account = () => `/api/v3/accounts/${t.ion.accountId}`;

describe('Order > Cancel', () => {
	async function placeOrder(): Promise<Order> {
		const { sub } = updatableSubscription(t.ion);
		const r = await runNode({
			parameters: seatUpdateOrder(sub, Number(sub.subscriptionTotalLicenses) + 1),
			store: t.store,
		});
		expect(r.error).toBeUndefined();
		t.ion.reset();
		return r.items[0].json as unknown as Order;
	}

	test('POST .../orders/{orderId}:cancel cancels the order and returns it', async () => {
		const order = await placeOrder();
		const r = await runNode({
			parameters: { resource: 'order', operation: 'cancel', customerId: rl(order.customerId), orderId: order.orderId },
			store: t.store,
		});
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(1);
		expect(r.items[0].json).toMatchObject({ orderId: order.orderId, status: 'CANCELED' });
		expect(r.items[0].pairedItem).toEqual({ item: 0 });
		expect(t.ion.store.orders.get(order.orderId)?.status).toBe('CANCELED');
		const calls = dataCalls();
		expect(calls).toHaveLength(1);
		expect(calls[0]).toMatchObject({
			method: 'POST',
			path: `${account()}/customers/${order.customerId}/orders/${order.orderId}:cancel`,
			status: 200,
		});
	});

	test('cancelling twice: Ion 400 becomes a NodeApiError with its message', async () => {
		const order = await placeOrder();
		const params = { resource: 'order', operation: 'cancel', customerId: rl(order.customerId), orderId: order.orderId };
		expect((await runNode({ parameters: params, store: t.store })).error).toBeUndefined();
		const again = await runNode({ parameters: params, store: t.store });
		expect(again.error?.name).toBe('NodeApiError');
		expect(again.error?.message).toMatch(/already CANCELED/);
	});

	test('a 5xx on cancel is not retried', async () => {
		const order = await placeOrder();
		t.ion.setFaults([{ kind: '5xx', method: 'POST', path: ':cancel' }]);
		const r = await runNode({
			parameters: {
				resource: 'order',
				operation: 'cancel',
				customerId: rl(order.customerId),
				orderId: order.orderId,
				requestOptions: { retryBaseDelayMs: 1 },
			},
			store: t.store,
		});
		expect(r.error?.message).toMatch(/outcome of the cancellation is unknown/);
		expect(dataCalls()).toHaveLength(1);
	});

	test('"-" is refused as the customer of a cancellation, before any request', async () => {
		const r = await runNode({
			parameters: { resource: 'order', operation: 'cancel', customerId: rl('={{ $json.c }}'), orderId: '1' },
			items: [{ json: { c: '-' } }],
			store: t.store,
		});
		expect(r.error?.message).toMatch(/Customer must be a number/);
		expect(dataCalls()).toHaveLength(0);
	});
});
