// Trigger, Watch: Subscription. Every event type through n8n-core's PollContext and PollTriggerExecutor,
// against the emulator, with records changed as the vendor would change them.
import type { Subscription } from '../../../emulator/types';
import { eventIds, events, inDays, listRequests, triggerSetup, type TriggerCtx } from './helpers';

let t: TriggerCtx;

beforeEach(async () => {
	// 4 per page: a poll reads 8 pages of the demo tenant's 30 subscriptions
	t = await triggerSetup({ maxPageSize: 4 });
});
afterEach(async () => await t.close());

const subs = (): Subscription[] => [...t.ion.store.subscriptions.values()];
const sub = (i: number): Subscription => subs()[i];
const watch = (events: string[], extra: Record<string, unknown> = {}) =>
	t.session({ resource: 'subscription', events, ...extra });

describe('Trigger: subscription events', () => {
	test('seats changed: one item with from/to, previous, current and the customer; Any Watched Field fires too', async () => {
		const s = await watch(['seatsChanged', 'changed']);
		expect(events(await s.activate())).toEqual([]);
		const target = sub(5);
		const before = target.subscriptionTotalLicenses;
		t.ion.vendor.changeSubscription(target.id, { seats: Number(before) + 7 });
		const out = events(await s.tick());
		expect(out.map((e) => e.event)).toEqual(['subscription.seatsChanged', 'subscription.changed']);
		for (const e of out) {
			expect(e).toMatchObject({
				resource: 'subscription',
				id: target.id,
				customerId: target.customerId,
				changes: { subscriptionTotalLicenses: { from: before, to: String(Number(before) + 7) } },
				previous: {
					subscriptionTotalLicenses: before,
					subscriptionStatus: target.subscriptionStatus,
					autoRenew: target.autoRenew,
				},
			});
			expect(Object.keys(e.changes as object)).toEqual(['subscriptionTotalLicenses']);
			expect((e.current as Subscription).subscriptionTotalLicenses).toBe(
				String(Number(before) + 7),
			);
			expect(typeof e.detectedAt).toBe('string');
		}
		// the change is reported once: the next poll has nothing
		expect(events(await s.tick())).toEqual([]);
	});

	test('status changed and auto-renew changed fire for their own field only', async () => {
		const s = await watch(['statusChanged', 'autoRenewChanged']);
		await s.activate();
		const a = subs().find((x) => x.subscriptionStatus === 'ACTIVE') as Subscription;
		const b = subs().find((x) => x.id !== a.id && x.autoRenew) as Subscription;
		t.ion.vendor.changeSubscription(a.id, { status: 'SUSPENDED' });
		t.ion.vendor.changeSubscription(b.id, { autoRenew: false });
		const out = events(await s.tick());
		expect(out).toHaveLength(2);
		expect(out.find((e) => e.id === a.id)).toMatchObject({
			event: 'subscription.statusChanged',
			changes: { subscriptionStatus: { from: 'ACTIVE', to: 'SUSPENDED' } },
		});
		expect(out.find((e) => e.id === b.id)).toMatchObject({
			event: 'subscription.autoRenewChanged',
			changes: { autoRenew: { from: true, to: false } },
		});
		// a seat change is not one of the chosen events
		t.ion.vendor.changeSubscription(a.id, { seats: 1 });
		expect(events(await s.tick())).toEqual([]);
	});

	test('new subscription: created, previous null; the seeded ones never count as new', async () => {
		const s = await watch(['created']);
		expect(events(await s.activate())).toEqual([]);
		const created = t.ion.vendor.newSubscription(sub(0).customerId, { seats: 12 });
		const out = events(await s.tick());
		expect(out).toEqual([
			expect.objectContaining({
				event: 'subscription.created',
				id: created.id,
				customerId: created.customerId,
				changes: {},
				previous: null,
				current: expect.objectContaining({ id: created.id, subscriptionTotalLicenses: '12' }),
			}),
		]);
	});

	test('Any Watched Field Changed: plan and end date are seen through their hash (to, no from)', async () => {
		const s = await watch(['changed']);
		await s.activate();
		const target = sub(2);
		t.ion.vendor.changeSubscription(target.id, {
			planId: `${target.ccpPlanId}-X`,
			endDate: inDays(400),
		});
		const [e, ...rest] = events(await s.tick());
		expect(rest).toEqual([]);
		expect(e.event).toBe('subscription.changed');
		expect(e.changes).toEqual({
			subscriptionEndDate: { to: target.subscriptionEndDate },
			ccpPlanId: { to: target.ccpPlanId },
		});
		expect(target.ccpPlanId).toMatch(/-X$/);
	});

	test('renewal coming up: once per subscription and renewal date, again when the date moves, not beyond the window', async () => {
		const s = await watch(['renewalDue'], { renewalWithinDays: 30 });
		await s.activate();
		const [a, b, c] = [sub(1), sub(2), sub(3)];
		t.ion.vendor.changeSubscription(a.id, { renewalDate: inDays(10.5) });
		t.ion.vendor.changeSubscription(b.id, { renewalDate: inDays(45) });
		const first = events(await s.tick());
		expect(first).toEqual([
			expect.objectContaining({
				event: 'subscription.renewalDue',
				id: a.id,
				renewalDate: a.renewalDate,
				daysUntilRenewal: 10,
				current: expect.objectContaining({ renewalDate: a.renewalDate }),
			}),
		]);
		expect(events(await s.tick())).toEqual([]); // announced already
		t.ion.vendor.changeSubscription(a.id, { renewalDate: inDays(20.5) }); // moved: a new renewal date
		t.ion.vendor.changeSubscription(c.id, { renewalDate: inDays(3.5) });
		expect(eventIds(await s.tick())).toEqual(
			[
				['subscription.renewalDue', a.id],
				['subscription.renewalDue', c.id],
			].sort((x, y) => (x.join() < y.join() ? -1 : 1)),
		);
		expect(events(await s.tick())).toEqual([]);
	});

	test('a renewal already due when the workflow is activated is recorded, not announced', async () => {
		const target = sub(4);
		t.ion.vendor.changeSubscription(target.id, { renewalDate: inDays(5.5) });
		const s = await watch(['renewalDue']);
		expect(events(await s.activate())).toEqual([]);
		expect(events(await s.tick())).toEqual([]);
	});
});

describe('Trigger: subscription filters', () => {
	test('Statuses: only subscriptions whose status is now one of them ("changed to")', async () => {
		const s = await watch(['statusChanged'], { filters: { statuses: ['SUSPENDED'] } });
		await s.activate();
		const active = subs().filter((x) => x.subscriptionStatus === 'ACTIVE');
		t.ion.vendor.changeSubscription(active[0].id, { status: 'SUSPENDED' });
		t.ion.vendor.changeSubscription(active[1].id, { status: 'CANCELLED' });
		expect(eventIds(await s.tick())).toEqual([['subscription.statusChanged', active[0].id]]);
	});

	test('Cloud Provider: part of the provider name, any case', async () => {
		const s = await watch(['seatsChanged'], { filters: { cloudProvider: 'microsoft' } });
		await s.activate();
		const ms = subs().find((x) => x.cloudProviderName.startsWith('Microsoft')) as Subscription;
		const other = subs().find((x) => !x.cloudProviderName.includes('Microsoft')) as Subscription;
		t.ion.vendor.changeSubscription(ms.id, { seats: 999 });
		t.ion.vendor.changeSubscription(other.id, { seats: 998 });
		expect(eventIds(await s.tick())).toEqual([['subscription.seatsChanged', ms.id]]);
	});

	test('Customer IDs: one list per customer, only their subscriptions', async () => {
		const customers = [...t.ion.store.subscriptionsByCustomer.keys()].slice(0, 2);
		const s = await watch(['seatsChanged'], {
			filters: { customerIds: ` ${customers[1]},${customers[0]} ` },
		});
		await s.activate();
		const mine =
			sub(0).customerId === customers[0]
				? sub(0)
				: (subs().find((x) => x.customerId === customers[0]) as Subscription);
		const theirs = subs().find((x) => !customers.includes(x.customerId)) as Subscription;
		t.ion.vendor.changeSubscription(mine.id, { seats: 3 });
		t.ion.vendor.changeSubscription(theirs.id, { seats: 4 });
		t.ion.reset();
		expect(eventIds(await s.tick())).toEqual([['subscription.seatsChanged', mine.id]]);
		const calls = listRequests(t.ion, '/subscriptions');
		expect(new Set(calls.map((c) => c.query.customerId))).toEqual(new Set(customers));
	});

	test('a bad Customer IDs filter is refused before any request, naming the field', async () => {
		const s = await watch(['seatsChanged'], { filters: { customerIds: '10001, abc' } });
		t.ion.reset();
		const outcome = await s.activate();
		expect(outcome.error?.message).toMatch(/Customer IDs \(Filters\) must be a number, got abc/);
		expect(t.ion.log).toHaveLength(0);
	});
});

describe('Trigger: what a subscription poll costs', () => {
	test('every page once at the largest page size, and nothing else', async () => {
		const s = await watch(['changed']);
		await s.activate();
		t.ion.reset();
		await s.tick();
		const calls = listRequests(t.ion, '/subscriptions');
		expect(t.ion.log).toHaveLength(calls.length); // no token call, no other route
		expect(calls.map((c) => Number(c.query['pagination.offset']))).toEqual([
			0, 4, 8, 12, 16, 20, 24, 28,
		]);
		for (const c of calls) expect(c.query['pagination.limit']).toBe('100');
	});
});
