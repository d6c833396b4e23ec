// Subscription > Get Many: offset pages, filters and dates under the spec names, Limit, checks.
import { runNode } from '../../harness';
import { useEmulator } from '../helpers';

const t = useEmulator({ maxPageSize: 4 });
const dataCalls = () => t.ion.log.filter((l) => l.path.startsWith('/api/'));

function allSubscriptions() {
	return [...t.ion.store.subscriptions.values()];
}

const SUBS_PATH = () => `/api/v3/accounts/${t.ion.accountId}/subscriptions`;

/** A customer with at least `n` subscriptions in the seed. */
function customerWithSubscriptions(n: number): string {
	for (const [customerId, ids] of t.ion.store.subscriptionsByCustomer) if (ids.length >= n) return customerId;
	throw new Error(`no customer with ${n} subscriptions in the seed`);
}

describe('Subscription > Get Many', () => {
	test('Return All walks every offset page and returns each subscription exactly once, paired with its item', async () => {
		const total = allSubscriptions().length;
		expect(total).toBeGreaterThan(8); // >= 3 pages at maxPageSize 4
		const r = await runNode({ parameters: { resource: 'subscription', operation: 'getAll', returnAll: true }, store: t.store });
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
		const status = t.ion.store.subscriptions.get(t.ion.store.subscriptionsByCustomer.get(customerId)![0])!.subscriptionStatus;
		const expected = allSubscriptions().filter((s) => s.customerId === customerId && s.subscriptionStatus === status);
		const r = await runNode({
			parameters: {
				resource: 'subscription',
				operation: 'getAll',
				returnAll: true,
				filters: { customerId: ` ${customerId} `, subscriptionStatus: status },
				sort: { sortBy: 'id', sortOrder: 'DESC' },
			},
			store: t.store,
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
			store: t.store,
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
			store: t.store,
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
		const r = await runNode({ parameters: { resource: 'subscription', operation: 'getAll', returnAll: false, limit: 3 }, store: t.store });
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(3);
		const calls = dataCalls();
		expect(calls).toHaveLength(1);
		expect(calls[0].query['pagination.limit']).toBe('3');
	});

	test('Limit across pages asks only for what is missing', async () => {
		const r = await runNode({ parameters: { resource: 'subscription', operation: 'getAll', returnAll: false, limit: 6 }, store: t.store });
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
			store: t.store,
		});
		expect(r.error?.message).toMatch(/Customer must be a number/);
		expect(dataCalls()).toHaveLength(0);
	});

	test('an invalid date is refused before any request, naming the field', async () => {
		const r = await runNode({
			parameters: { resource: 'subscription', operation: 'getAll', returnAll: true, filters: { endDateTo: 'next tuesday' } },
			store: t.store,
		});
		expect(r.error?.message).toMatch(/End Date To is not a valid date/);
		expect(dataCalls()).toHaveLength(0);
	});
});
