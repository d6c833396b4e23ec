// Trigger, Watch: Customer. New and changed customers; every page read, or one Get per chosen customer.
import type { Customer } from '../../../emulator/types';
import { eventIds, events, listRequests, triggerSetup, type TriggerCtx } from './helpers';

let t: TriggerCtx;

beforeEach(async () => {
	t = await triggerSetup({ maxPageSize: 5 });
});
afterEach(async () => await t.close());

const ids = () => [...t.ion.store.customers.keys()];
const watch = (events: string[], extra: Record<string, unknown> = {}) =>
	t.session({ resource: 'customer', events, ...extra });

describe('Trigger: customer events', () => {
	test('new customer: created with customerId and previous null', async () => {
		const s = await watch(['created', 'changed']);
		expect(events(await s.activate())).toEqual([]);
		const c = t.ion.vendor.newCustomer({ customerOrganization: 'Trigger Test GmbH' });
		const id = c.name.split('/').pop() as string;
		expect(events(await s.tick())).toEqual([
			expect.objectContaining({
				event: 'customer.created',
				resource: 'customer',
				id,
				customerId: id,
				previous: null,
				current: expect.objectContaining({
					customerId: id,
					customerOrganization: 'Trigger Test GmbH',
				}),
			}),
		]);
		expect(events(await s.tick())).toEqual([]);
	});

	test('customer changed: the watched fields that changed; status with from, others with to only', async () => {
		const s = await watch(['changed']);
		await s.activate();
		const [a, b] = ids();
		t.ion.vendor.changeCustomer(a, { customerPhone: '+1 555 0100', customerStatus: 'INACTIVE' });
		t.ion.vendor.changeCustomer(b, { customerEmail: 'new.contact@example.com' });
		const out = events(await s.tick());
		expect(out.find((e) => e.id === a)).toMatchObject({
			event: 'customer.changed',
			changes: {
				customerPhone: { to: '+1 555 0100' },
				customerStatus: { from: 'ACTIVE', to: 'INACTIVE' },
			},
			previous: { customerStatus: 'ACTIVE' },
		});
		expect(Object.keys(out.find((e) => e.id === b)!.changes as object)).toEqual(['customerEmail']);
		expect(out).toHaveLength(2);
	});

	test('a field outside the watched ones changes nothing', async () => {
		const s = await watch(['changed']);
		await s.activate();
		const c = t.ion.store.customers.get(ids()[0]) as Customer;
		c.uid = 'another-uid';
		c.updateTime = new Date().toISOString();
		t.ion.store.touch();
		expect(events(await s.tick())).toEqual([]);
	});
});

describe('Trigger: customer filters and cost', () => {
	test('every page once (100 asked, 5 per page here)', async () => {
		const s = await watch(['changed']);
		await s.activate();
		t.ion.reset();
		await s.tick();
		const calls = listRequests(t.ion, '/customers');
		expect(t.ion.log).toHaveLength(calls.length);
		expect(calls).toHaveLength(Math.ceil(ids().length / 5));
		expect(calls[0].query.pageSize).toBe('100');
	});

	test('Customer IDs: one Get per customer, only those customers', async () => {
		const [a, b, other] = ids();
		const s = await watch(['changed'], { filters: { customerIds: `${b}, ${a}` } });
		await s.activate();
		t.ion.vendor.changeCustomer(a, { customerTitle: 'CFO' });
		t.ion.vendor.changeCustomer(other, { customerTitle: 'CEO' });
		t.ion.reset();
		expect(eventIds(await s.tick())).toEqual([['customer.changed', a]]);
		expect(t.ion.log.map((e) => e.path).sort()).toEqual(
			[a, b].map((id) => `/api/v3/accounts/${t.ion.accountId}/customers/${id}`).sort(),
		);
	});

	test('Statuses: only customers whose status is now one of them', async () => {
		const [a, b] = ids().filter((id) => t.ion.store.customers.get(id)!.customerStatus === 'ACTIVE');
		const s = await watch(['changed'], { filters: { statuses: ['INACTIVE'] } });
		await s.activate();
		t.ion.vendor.changeCustomer(a, { customerStatus: 'INACTIVE' });
		t.ion.vendor.changeCustomer(b, { customerName: 'Still Active' });
		expect(eventIds(await s.tick())).toEqual([['customer.changed', a]]);
	});
});
