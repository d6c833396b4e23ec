// Order > Get Many for Customer: one customer's orders over several pages, and "-" for every customer.
import { runNode } from '../../harness';
import { rl, useOrderEmulator } from '../helpers';

const t = useOrderEmulator();
const dataCalls = () => t.ion.log.filter((l) => l.path.startsWith('/api/'));
const account = () => `/api/v3/accounts/${t.ion.accountId}`;
const allOrders = () => [...t.ion.store.orders.values()];

describe('Order > Get Many for Customer', () => {
	test('lists one customer over >= 3 pages with the status filter on every page', async () => {
		const expected = allOrders().filter((o) => o.customerId === t.busyCustomer && o.status === 'NEW');
		const r = await runNode({
			parameters: {
				resource: 'order',
				operation: 'getAllForCustomer',
				customerId: rl(t.busyCustomer),
				returnAll: true,
				filters: { status: 'NEW' },
			},
			store: t.store,
		});
		expect(r.error).toBeUndefined();
		expect(new Set(r.items.map((i) => i.json.orderId))).toEqual(new Set(expected.map((o) => o.orderId)));
		expect(r.items).toHaveLength(expected.length);
		const all = await runNode({
			parameters: { resource: 'order', operation: 'getAllForCustomer', customerId: rl(t.busyCustomer), returnAll: true },
			store: t.store,
		});
		expect(all.items).toHaveLength(allOrders().filter((o) => o.customerId === t.busyCustomer).length);
		const calls = dataCalls();
		expect(calls.length).toBeGreaterThanOrEqual(3 + 1);
		for (const c of calls) expect(c.path).toBe(`${account()}/customers/${t.busyCustomer}/orders`);
		const filtered = calls.filter((c) => c.query.status === 'NEW');
		expect(filtered.length).toBeGreaterThanOrEqual(1);
	});

	test('"-" lists the orders of every customer', async () => {
		const r = await runNode({
			parameters: { resource: 'order', operation: 'getAllForCustomer', customerId: rl('-'), returnAll: true },
			store: t.store,
		});
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(allOrders().length);
		for (const c of dataCalls()) expect(c.path).toBe(`${account()}/customers/-/orders`);
	});

	test('a non-numeric customer from an expression is refused before any request', async () => {
		const r = await runNode({
			parameters: { resource: 'order', operation: 'getAllForCustomer', customerId: rl('={{ $json.c }}'), returnAll: true },
			items: [{ json: { c: '10001/../x' } }],
			store: t.store,
		});
		expect(r.error?.message).toMatch(/Customer must be a number/);
		expect(dataCalls()).toHaveLength(0);
	});
});
