// The trigger's state rules through n8n-core: seeding, manual runs, failed polls, change-and-revert,
// a new scope, a restart from the saved static data, and the size of the state for 20,000 subscriptions.
import { PollSession } from '../../harness/poll';
import { startProxy } from '../helpers';
import { events, eventIds, fastRetry, triggerSetup, type TriggerCtx } from './helpers';

let t: TriggerCtx;

beforeEach(async () => {
	t = await triggerSetup({ maxPageSize: 4 });
});
afterEach(async () => await t.close());

const subIds = () => [...t.ion.store.subscriptions.keys()];
const json = (value: unknown) => JSON.stringify(value);

describe('Trigger: the first production poll', () => {
	test('records what exists and emits nothing, even for changes made just before it; n8n saves the state', async () => {
		const s = await t.session({ resource: 'subscription', events: ['changed', 'created'] });
		t.ion.vendor.changeSubscription(subIds()[0], { seats: 1 });
		t.ion.vendor.newSubscription(t.ion.store.subscriptions.get(subIds()[0])!.customerId);
		const outcome = await s.activate();
		expect(outcome).toEqual({ items: undefined, error: undefined });
		expect(s.executions).toEqual([]);
		const state = s.state as {
			v: number;
			seededAt: string;
			subscription: { fp: Record<string, string> };
		};
		expect(state.v).toBe(1);
		expect(Object.keys(state.subscription.fp).sort()).toEqual(subIds().sort());
		expect(JSON.parse(s.saved)).toEqual({ 'node:Trigger Under Test': JSON.parse(json(state)) });
		expect(events(await s.tick())).toEqual([]);
	});
});

describe('Trigger: a manual run ("Fetch Test Event")', () => {
	test.each([
		['subscription', ['seatsChanged'], 'subscription.seatsChanged'],
		['order', ['statusChanged'], 'order.statusChanged'],
		['customer', ['created'], 'customer.created'],
	])('%s: recent records shaped as %s events, state untouched', async (resource, chosen, event) => {
		const s = await t.session({ resource, events: chosen });
		await s.activate();
		const before = json(s.workflow.staticData);
		t.ion.reset();
		const manual = await s.manual();
		expect(manual.error).toBeUndefined();
		expect(manual.items.length).toBeGreaterThan(0);
		expect(manual.items.length).toBeLessThanOrEqual(5);
		for (const item of manual.items) {
			expect(item.json).toMatchObject({
				event,
				resource,
				id: expect.any(String),
				current: expect.any(Object),
			});
		}
		expect(t.ion.log.filter((e) => !e.path.startsWith('/oauth'))).toHaveLength(1); // one page
		expect(json(s.workflow.staticData)).toBe(before);
	});

	test('never touches the state: before activation nothing is stored, and a pending change still fires afterwards', async () => {
		const s = await t.session({ resource: 'subscription', events: ['seatsChanged'] });
		expect((await s.manual()).items.length).toBeGreaterThan(0);
		expect(json(s.workflow.staticData)).toBe('{}');
		expect(events(await s.activate())).toEqual([]); // still the seeding poll
		const id = subIds()[3];
		t.ion.vendor.changeSubscription(id, { seats: 55 });
		await s.manual();
		expect(eventIds(await s.tick())).toEqual([['subscription.seatsChanged', id]]);
	});
});

describe('Trigger: a failed poll', () => {
	test.each([
		['subscription', ['seatsChanged'], 'pagination.offset=8'],
		['order', ['created'], 'pageToken='],
		['customer', ['changed'], 'pageToken='],
	])(
		'%s: a page failing for good throws, the state stays exactly as it was, the next poll emits once',
		async (resource, chosen, failOn) => {
			let failing = false;
			const proxy = await startProxy(t.ion.url, (req) =>
				failing && (req.url ?? '').includes(failOn) ? 'fail' : 'pass',
			);
			try {
				const s = await t.session({ resource, events: chosen, ...fastRetry }, proxy.url);
				await s.activate();
				// a change for every resource, so each poll has something to lose
				const sub = subIds()[0];
				const customer = [...t.ion.store.customers.keys()][0];
				t.ion.vendor.changeSubscription(sub, { seats: 321 });
				t.ion.vendor.changeCustomer(customer, { customerTitle: 'Changed' });
				const orders = Array.from({ length: 5 }, () =>
					t.ion.vendor.newOrder(t.ion.store.subscriptions.get(sub)!.customerId),
				);
				const expected: Record<string, Array<[string, string]>> = {
					subscription: [['subscription.seatsChanged', sub]],
					order: orders.map((o) => ['order.created', o.orderId] as [string, string]),
					customer: [['customer.changed', customer]],
				};
				const before = json(s.workflow.staticData);
				failing = true;
				const failed = await s.tick();
				expect(failed.items).toBeUndefined();
				expect(failed.error?.message).toMatch(/unavailable|503/i);
				expect(s.failures).toHaveLength(1);
				expect(proxy.requests.filter((r) => r.action === 'fail')).toHaveLength(3); // fastRetry: 3 attempts
				expect(json(s.workflow.staticData)).toBe(before);
				failing = false;
				expect(eventIds(await s.tick())).toEqual(
					expected[resource].sort((a, b) => (a.join() < b.join() ? -1 : 1)),
				);
				expect(s.executions).toHaveLength(1);
				expect(events(await s.tick())).toEqual([]);
			} finally {
				await proxy.close();
			}
		},
	);

	test('a failed activation stores nothing; the next activation seeds', async () => {
		// data requests only: the token exchange goes through, so the credential stays usable
		const proxy = await startProxy(t.ion.url, (req) =>
			(req.url ?? '').startsWith('/api/') ? 'drop' : 'pass',
		);
		const s = await t.session(
			{ resource: 'subscription', events: ['changed'], ...fastRetry },
			proxy.url,
		);
		const outcome = await s.activate();
		await proxy.close();
		expect(outcome.error).toBeDefined();
		expect(json(s.state)).toBe('{}');
		const again = await t.session({ resource: 'subscription', events: ['changed'] });
		expect(events(await again.activate())).toEqual([]);
		expect(
			Object.keys((again.state as { subscription: { fp: object } }).subscription.fp),
		).toHaveLength(subIds().length);
	});
});

describe('Trigger: changes between two polls', () => {
	test('a change and its revert before the next poll fire nothing', async () => {
		const s = await t.session({ resource: 'subscription', events: ['changed'] });
		await s.activate();
		const id = subIds()[7];
		const { subscriptionTotalLicenses, subscriptionStatus, autoRenew } =
			t.ion.store.subscriptions.get(id)!;
		const seats = Number(subscriptionTotalLicenses);
		t.ion.vendor.changeSubscription(id, {
			seats: seats + 1,
			status: subscriptionStatus === 'PAUSED' ? 'ACTIVE' : 'PAUSED',
			autoRenew: !autoRenew,
		});
		t.ion.vendor.changeSubscription(id, { seats, status: subscriptionStatus, autoRenew });
		expect(events(await s.tick())).toEqual([]);
	});

	test('two changes of one field between polls: one event from the first value to the last', async () => {
		const s = await t.session({ resource: 'subscription', events: ['seatsChanged'] });
		await s.activate();
		const id = subIds()[8];
		const seats = t.ion.store.subscriptions.get(id)!.subscriptionTotalLicenses;
		t.ion.vendor.changeSubscription(id, { seats: 1 });
		t.ion.vendor.changeSubscription(id, { seats: 2 });
		expect(events(await s.tick())).toEqual([
			expect.objectContaining({ changes: { subscriptionTotalLicenses: { from: seats, to: '2' } } }),
		]);
	});
});

describe('Trigger: the stored state across activations', () => {
	test('after a restart n8n hands the saved state back: the change made meanwhile fires once', async () => {
		const params = { resource: 'subscription', events: ['seatsChanged'] };
		const first = await t.session(params);
		await first.activate();
		const id = subIds()[9];
		t.ion.vendor.changeSubscription(id, { seats: 42 });
		const restarted = await PollSession.create({
			store: t.store,
			parameters: params,
			staticData: JSON.parse(first.saved),
		});
		expect(eventIds(await restarted.activate())).toEqual([['subscription.seatsChanged', id]]);
	});

	test('another resource or other Customer IDs start over: the first poll seeds again', async () => {
		const first = await t.session({ resource: 'subscription', events: ['seatsChanged'] });
		await first.activate();
		const id = subIds()[10];
		const customerId = t.ion.store.subscriptions.get(id)!.customerId;
		t.ion.vendor.changeSubscription(id, { seats: 43 });
		const narrowed = await PollSession.create({
			store: t.store,
			parameters: {
				resource: 'subscription',
				events: ['seatsChanged'],
				filters: { customerIds: customerId },
			},
			staticData: JSON.parse(first.saved),
		});
		expect(events(await narrowed.activate())).toEqual([]);
		expect(
			Object.keys((narrowed.state as { subscription: { fp: object } }).subscription.fp).length,
		).toBeLessThan(subIds().length);
	});
});

describe('Trigger: the size of the state', () => {
	test('20,000 subscriptions: under 1 MB of static data', async () => {
		const big = await triggerSetup({
			seed: { customers: 2_000, subscriptions: 20_000, products: 40, orders: 0 },
		});
		try {
			const s = await big.session({
				resource: 'subscription',
				events: ['changed', 'created', 'renewalDue'],
			});
			await s.activate();
			const fp = (s.state as { subscription: { fp: object } }).subscription.fp;
			expect(Object.keys(fp)).toHaveLength(20_000);
			const bytes = new TextEncoder().encode(s.saved).length;
			expect(bytes).toBeLessThan(1_000_000);
			expect(bytes).toBeGreaterThan(20_000 * 20); // the fingerprints are really there
		} finally {
			await big.close();
		}
	});
});
