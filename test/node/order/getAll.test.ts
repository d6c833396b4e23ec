// Order > Get Many (account): token pages, filters and sort on every page, Limit.
import { runNode } from '../../harness';
import { ORDER_PAGE as PAGE, useOrderEmulator } from '../helpers';

const t = useOrderEmulator();
const dataCalls = () => t.ion.log.filter((l) => l.path.startsWith('/api/'));
const account = () => `/api/v3/accounts/${t.ion.accountId}`;
const allOrders = () => [...t.ion.store.orders.values()];

describe('Order > Get Many (account)', () => {
	test('Return All follows nextPageToken over >= 3 pages; every order once, newest first; pairedItem set', async () => {
		const r = await runNode({ parameters: { resource: 'order', operation: 'getAll', returnAll: true }, store: t.store });
		expect(r.error).toBeUndefined();
		const ids = r.items.map((i) => i.json.orderId as string);
		expect(ids).toHaveLength(allOrders().length);
		expect(new Set(ids)).toEqual(new Set(allOrders().map((o) => o.orderId)));
		const times = r.items.map((i) => i.json.createTime as string);
		expect([...times].sort().reverse()).toEqual(times);
		for (const item of r.items) expect(item.pairedItem).toEqual({ item: 0 });
		const calls = dataCalls();
		expect(calls.length).toBeGreaterThanOrEqual(3);
		calls.forEach((c, i) => {
			expect(c).toMatchObject({ method: 'GET', path: `${account()}/orders`, status: 200 });
			expect(c.query.pageSize).toBeDefined();
			if (i === 0) expect(c.query.pageToken).toBeUndefined();
			else expect(c.query.pageToken).toEqual(expect.any(String));
		});
	});

	test('filters and sort use the spec names and are kept on every page', async () => {
		const expected = allOrders()
			.filter((o) => o.customerId === t.busyCustomer && o.status === 'COMPLETED')
			.sort((a, b) => (a.updateTime < b.updateTime ? -1 : 1));
		expect(expected.length).toBeGreaterThan(PAGE);
		const r = await runNode({
			parameters: {
				resource: 'order',
				operation: 'getAll',
				returnAll: true,
				filters: { customerIds: ` ${t.busyCustomer} , `, status: 'COMPLETED' },
				sort: { sortBy: 'updateTime', sortOrder: 'ASC' },
			},
			store: t.store,
		});
		expect(r.error).toBeUndefined();
		expect(r.items.map((i) => i.json.orderId)).toEqual(expected.map((o) => o.orderId));
		const calls = dataCalls();
		expect(calls.length).toBeGreaterThanOrEqual(2);
		for (const c of calls) {
			expect(c.query).toMatchObject({
				'filter.customerIdList': t.busyCustomer,
				status: 'COMPLETED',
				sortBy: 'updateTime',
				sortOrder: 'ASC',
			});
		}
	});

	test('a filtered list over >= 3 pages returns each match exactly once', async () => {
		const expected = allOrders().filter((o) => o.customerId === t.busyCustomer);
		expect(expected.length).toBeGreaterThan(2 * PAGE);
		const r = await runNode({
			parameters: { resource: 'order', operation: 'getAll', returnAll: true, filters: { customerIds: t.busyCustomer } },
			store: t.store,
		});
		expect(r.error).toBeUndefined();
		const ids = r.items.map((i) => i.json.orderId);
		expect(ids).toHaveLength(expected.length);
		expect(new Set(ids)).toEqual(new Set(expected.map((o) => o.orderId)));
		const calls = dataCalls();
		expect(calls.length).toBeGreaterThanOrEqual(3);
		for (const c of calls) expect(c.query['filter.customerIdList']).toBe(t.busyCustomer);
	});

	test('account, provider and sub-account filters are sent under their spec names', async () => {
		const r = await runNode({
			parameters: {
				resource: 'order',
				operation: 'getAll',
				returnAll: true,
				filters: { accountIds: `${t.ion.accountId}`, providerNames: 'microsoft', excludeSubAccounts: true },
			},
			store: t.store,
		});
		expect(r.error).toBeUndefined();
		expect(dataCalls()[0].query).toMatchObject({
			'filter.accountIdList': t.ion.accountId,
			'filter.providerNameList': 'microsoft',
			'filter.excludeSubAccounts': 'true',
		});
		for (const item of r.items) {
			expect((item.json.orderItems as Array<{ providerName: string }>).some((i) => i.providerName === 'MICROSOFT')).toBe(true);
		}
	});

	test('Limit below the page size: one request with pageSize = limit', async () => {
		const r = await runNode({ parameters: { resource: 'order', operation: 'getAll', returnAll: false, limit: 2 }, store: t.store });
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(2);
		const calls = dataCalls();
		expect(calls).toHaveLength(1);
		expect(calls[0].query.pageSize).toBe('2');
	});

	test('Limit above the page size stops as soon as it is reached', async () => {
		const r = await runNode({ parameters: { resource: 'order', operation: 'getAll', returnAll: false, limit: PAGE + 1 }, store: t.store });
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(PAGE + 1);
		expect(new Set(r.items.map((i) => i.json.orderId)).size).toBe(PAGE + 1);
		expect(dataCalls().map((c) => c.query.pageSize)).toEqual([String(PAGE + 1), '1']);
	});

	test('a non-numeric id in Customer IDs is refused before any request', async () => {
		const r = await runNode({
			parameters: { resource: 'order', operation: 'getAll', returnAll: true, filters: { customerIds: '10001, abc' } },
			store: t.store,
		});
		expect(r.error?.message).toMatch(/Customer IDs must be a number, got abc/);
		expect(dataCalls()).toHaveLength(0);
	});
});
