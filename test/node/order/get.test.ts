// Order > Get: GET .../customers/{customerId}/orders/{orderId}, "-" allowed, errors and checks.
import { runNode } from '../../harness';
import { rl, useOrderEmulator } from '../helpers';

const t = useOrderEmulator();
const dataCalls = () => t.ion.log.filter((l) => l.path.startsWith('/api/'));
const account = () => `/api/v3/accounts/${t.ion.accountId}`;
const allOrders = () => [...t.ion.store.orders.values()];

describe('Order > Get', () => {
	test('GET .../customers/{customerId}/orders/{orderId}; "-" works too; one paired item per input', async () => {
		const [a, b] = allOrders();
		const r = await runNode({
			parameters: { resource: 'order', operation: 'get', customerId: rl('={{ $json.c }}'), orderId: '={{ $json.o }}' },
			items: [{ json: { c: a.customerId, o: a.orderId } }, { json: { c: '-', o: b.orderId } }],
			store: t.store,
		});
		expect(r.error).toBeUndefined();
		expect(r.items.map((i) => [i.json.orderId, i.pairedItem])).toEqual([
			[a.orderId, { item: 0 }],
			[b.orderId, { item: 1 }],
		]);
		expect(dataCalls().map((c) => `${c.method} ${c.path} ${c.status}`).sort()).toEqual(
			[
				`GET ${account()}/customers/${a.customerId}/orders/${a.orderId} 200`,
				`GET ${account()}/customers/-/orders/${b.orderId} 200`,
			].sort(),
		);
	});

	test('404 maps to a NodeApiError; Continue On Fail gives a paired error item', async () => {
		const params = { resource: 'order', operation: 'get', customerId: rl('-'), orderId: '123' };
		const failed = await runNode({ parameters: params, store: t.store });
		expect(failed.error?.name).toBe('NodeApiError');
		expect(failed.error?.message).toMatch(/not found/i);
		const r = await runNode({ parameters: params, store: t.store, continueOnFail: true });
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(1);
		expect(r.items[0].json.error).toMatch(/not found/i);
		expect(r.items[0].pairedItem).toEqual({ item: 0 });
	});

	test('a non-numeric order id is refused before any request', async () => {
		const r = await runNode({
			parameters: { resource: 'order', operation: 'get', customerId: rl('-'), orderId: 'ORD-1' },
			store: t.store,
		});
		expect(r.error?.message).toMatch(/Order ID must be a number, got ORD-1/);
		expect(dataCalls()).toHaveLength(0);
	});
});
