// Trigger, Watch: Order. New orders and status changes, newest first by update time, stopping at the cursor.
import type { Order } from '../../../emulator/types';
import { eventIds, events, listRequests, triggerSetup, type TriggerCtx } from './helpers';

let t: TriggerCtx;

beforeEach(async () => {
	t = await triggerSetup({ maxPageSize: 4 });
});
afterEach(async () => await t.close());

const customerWithSubscriptions = (n = 0) => [...t.ion.store.subscriptionsByCustomer.keys()][n];
const watch = (events: string[], extra: Record<string, unknown> = {}) =>
	t.session({ resource: 'order', events, ...extra });
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 19) + 'Z';

/** Stamps an order as Ion would have at `ms` (tests of the cursor window). */
function stamp(order: Order, ms: number) {
	order.createTime = iso(ms);
	order.updateTime = iso(ms);
	t.ion.store.touch();
}

describe('Trigger: order events', () => {
	test('new order: created, previous null, status as placed; the existing orders never count as new', async () => {
		const s = await watch(['created', 'statusChanged']);
		expect(events(await s.activate())).toEqual([]);
		const order = t.ion.vendor.newOrder(customerWithSubscriptions());
		const out = events(await s.tick());
		expect(out).toEqual([
			expect.objectContaining({
				event: 'order.created',
				resource: 'order',
				id: order.orderId,
				customerId: order.customerId,
				changes: {},
				previous: null,
				current: expect.objectContaining({ orderId: order.orderId, status: 'NEW' }),
			}),
		]);
		expect(events(await s.tick())).toEqual([]);
	});

	test('status changed: from and to, with the previous status; one event per change', async () => {
		const s = await watch(['created', 'statusChanged']);
		await s.activate();
		const order = t.ion.vendor.newOrder(customerWithSubscriptions());
		expect(eventIds(await s.tick())).toEqual([['order.created', order.orderId]]);
		t.ion.vendor.changeOrderStatus(order.orderId, 'IN_PROGRESS');
		const [e, ...rest] = events(await s.tick());
		expect(rest).toEqual([]);
		expect(e).toMatchObject({
			event: 'order.statusChanged',
			id: order.orderId,
			changes: { status: { from: 'NEW', to: 'IN_PROGRESS' } },
			previous: { status: 'NEW' },
			current: { status: 'IN_PROGRESS' },
		});
		expect(events(await s.tick())).toEqual([]);
	});

	test('Statuses filter: "changed to Completed, Error or Canceled" ignores the steps in between', async () => {
		const s = await watch(['statusChanged'], {
			filters: { statuses: ['COMPLETED', 'ERROR', 'CANCELED'] },
		});
		await s.activate();
		const a = t.ion.vendor.newOrder(customerWithSubscriptions(0));
		const b = t.ion.vendor.newOrder(customerWithSubscriptions(1));
		expect(events(await s.tick())).toEqual([]); // new orders are not status changes
		t.ion.vendor.changeOrderStatus(a.orderId, 'IN_PROGRESS');
		expect(events(await s.tick())).toEqual([]);
		t.ion.vendor.changeOrderStatus(a.orderId, 'ERROR');
		t.ion.vendor.changeOrderStatus(b.orderId, 'COMPLETED');
		expect(eventIds(await s.tick())).toEqual([
			['order.statusChanged', a.orderId],
			['order.statusChanged', b.orderId],
		]);
	});

	test('Cloud Provider matches any order item; Customer IDs go to Ion as filter.customerIdList', async () => {
		// one customer whose first subscription (the one vendor.newOrder orders) is Google's, one whose is not
		const firstProvider = (c: string) =>
			t.ion.store.subscriptions.get(t.ion.store.subscriptionsByCustomer.get(c)![0])!
				.cloudProviderName;
		const all = [...t.ion.store.subscriptionsByCustomer.keys()];
		const customers = [
			all.find((c) => firstProvider(c).startsWith('Google')) as string,
			all.find((c) => !firstProvider(c).startsWith('Google')) as string,
		];
		const s = await watch(['created'], {
			filters: { customerIds: customers.join(','), cloudProvider: 'GOOG' },
		});
		await s.activate();
		const placed = customers.map((c) => t.ion.vendor.newOrder(c));
		t.ion.reset();
		const out = events(await s.tick());
		const google = placed.filter((o) => o.orderItems.some((i) => i.providerName.includes('GOOG')));
		expect(google).toHaveLength(1);
		expect(out.map((e) => e.id).sort()).toEqual(google.map((o) => o.orderId).sort());
		for (const c of listRequests(t.ion, '/orders')) {
			expect(c.query['filter.customerIdList']).toBe(
				customers.sort((x, y) => Number(x) - Number(y)).join(','),
			);
		}
	});
});

describe('Trigger: the order cursor', () => {
	test('nothing changed: one request, newest first by update time', async () => {
		const s = await watch(['created', 'statusChanged']);
		await s.activate();
		t.ion.reset();
		expect(events(await s.tick())).toEqual([]);
		const calls = listRequests(t.ion, '/orders');
		expect(t.ion.log).toHaveLength(1);
		expect(calls[0].query).toMatchObject({
			sortBy: 'updateTime',
			sortOrder: 'DESC',
			pageSize: '100',
		});
	});

	test('pages are read only down to the cursor', async () => {
		const s = await watch(['created']);
		await s.activate();
		const customer = customerWithSubscriptions();
		const placed = Array.from({ length: 6 }, () => t.ion.vendor.newOrder(customer));
		t.ion.reset();
		expect(
			eventIds(await s.tick())
				.map(([, id]) => id)
				.sort(),
		).toEqual(placed.map((o) => o.orderId).sort());
		// 4 per page: the 6 new orders, then the first older one ends the read
		expect(listRequests(t.ion, '/orders')).toHaveLength(2);
	});

	test('de-duplication inside the cursor window: the same second and a late-visible update count once', async () => {
		const s = await watch(['created', 'statusChanged']);
		await s.activate();
		const customer = customerWithSubscriptions();
		const a = t.ion.vendor.newOrder(customer);
		expect(eventIds(await s.tick())).toEqual([['order.created', a.orderId]]);
		// b carries a's second exactly (the cursor); c shows up stamped 5 minutes before the cursor
		const b = t.ion.vendor.newOrder(customer);
		stamp(b, Date.parse(a.updateTime));
		const c = t.ion.vendor.newOrder(customer);
		stamp(c, Date.parse(a.updateTime) - 5 * 60_000);
		expect(eventIds(await s.tick())).toEqual([
			['order.created', b.orderId],
			['order.created', c.orderId],
		]);
		expect(events(await s.tick())).toEqual([]);
		// beyond the 10-minute overlap an update is taken as already seen (the documented window)
		const late = t.ion.vendor.newOrder(customer);
		stamp(late, Date.parse(a.updateTime) - 11 * 60_000);
		expect(events(await s.tick())).toEqual([]);
	});

	test('without update times (a documented guess) the poll reads until a page brings nothing new or changed', async () => {
		for (const o of t.ion.store.orders.values()) delete (o as Partial<Order>).updateTime;
		const s = await watch(['created', 'statusChanged']);
		await s.activate();
		const order = t.ion.vendor.newOrder(customerWithSubscriptions());
		delete (order as Partial<Order>).updateTime;
		t.ion.store.touch();
		expect(eventIds(await s.tick())).toEqual([['order.created', order.orderId]]);
		t.ion.reset();
		expect(events(await s.tick())).toEqual([]);
		expect(listRequests(t.ion, '/orders')).toHaveLength(1);
	});
});
