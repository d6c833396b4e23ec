// API Request (any method and path under /api/v3) against the emulator through n8n-core.
import type { RunNodeOptions } from '../../harness';
import { useEmulator } from '../helpers';

const PAGE = 3;
const t = useEmulator({ maxPageSize: PAGE });
const dataCalls = () => t.ion.log.filter((l) => l.path.startsWith('/api/'));
const account = () => `/api/v3/accounts/${t.ion.accountId}`;
const query = (pairs: Record<string, string>) => ({
	parameter: Object.entries(pairs).map(([name, value]) => ({ name, value })),
});
const customerIds = () => [...t.ion.store.customers.keys()];
/** Runs API Request > Request with these parameters (and run options). */
const request = async (parameters: RunNodeOptions['parameters'], extra: Partial<RunNodeOptions> = {}) =>
	await t.run({ resource: 'apiRequest', operation: 'request', ...parameters }, extra);

describe('API Request', () => {
	test('GET relative to the account: one item holding the response as Ion sent it', async () => {
		const r = await request({
			method: 'GET',
			path: 'customers',
			queryParameters: query({ pageSize: '2' }),
		});
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(1);
		expect(r.items[0].pairedItem).toEqual({ item: 0 });
		expect((r.items[0].json.customers as unknown[]).length).toBe(2);
		expect(r.items[0].json.nextPageToken).toEqual(expect.any(String));
		const calls = dataCalls();
		expect(calls).toHaveLength(1);
		expect(calls[0]).toMatchObject({ method: 'GET', path: `${account()}/customers`, status: 200 });
		expect(calls[0].query).toEqual({ pageSize: '2' });
	});

	test('Return All Pages follows nextPageToken over >= 3 pages, keeps the query on every page, one item per record', async () => {
		const ids = customerIds();
		expect(ids.length).toBeGreaterThan(2 * PAGE);
		const r = await request({
			method: 'GET',
			path: '/customers',
			queryParameters: query({ pageSize: String(PAGE), 'filter.customerStatus': 'ACTIVE' }),
			returnAllPages: true,
		});
		expect(r.error).toBeUndefined();
		const active = [...t.ion.store.customers.entries()].filter(([, c]) => c.customerStatus === 'ACTIVE').map(([id]) => id);
		const names = r.items.map((i) => String(i.json.name).split('/').pop());
		expect(names).toHaveLength(active.length);
		expect(new Set(names)).toEqual(new Set(active));
		for (const i of r.items) expect(i.pairedItem).toEqual({ item: 0 });
		const calls = dataCalls();
		expect(calls.length).toBeGreaterThanOrEqual(3);
		calls.forEach((c, i) => {
			expect(c.query).toMatchObject({ pageSize: String(PAGE), 'filter.customerStatus': 'ACTIVE' });
			if (i === 0) expect(c.query.pageToken).toBeUndefined();
			else expect(c.query.pageToken).toEqual(expect.any(String));
		});
	});

	test('Items Field picks the list; a wrong Items Field is reported by name', async () => {
		const ok = await request({
			method: 'GET',
			path: '/customers',
			queryParameters: query({ pageSize: '50' }),
			returnAllPages: true,
			itemsKey: 'customers',
		});
		expect(ok.error).toBeUndefined();
		expect(ok.items).toHaveLength(customerIds().length);
		const bad = await request({
			method: 'GET',
			path: '/customers',
			queryParameters: query({ pageSize: '50' }),
			returnAllPages: true,
			itemsKey: 'records',
		});
		expect(bad.error?.message).toMatch(/Items Field: the response has no field "records"/);
	});

	test('API Root scope: an absolute /api/v3 path is sent as is', async () => {
		const r = await request({
			method: 'GET',
			pathScope: 'absolute',
			path: `${account()}/subscriptions`,
			queryParameters: query({ 'pagination.limit': '2' }),
		});
		expect(r.error).toBeUndefined();
		expect((r.items[0].json.items as unknown[]).length).toBe(2);
		expect(dataCalls()[0]).toMatchObject({ path: `${account()}/subscriptions`, query: { 'pagination.limit': '2' } });
	});

	test('POST with a JSON body: the body is sent as given; the order is placed once', async () => {
		const sub = [...t.ion.store.subscriptions.values()].find(
			(s) => s.subscriptionStatus === 'ACTIVE' && !t.ion.store.products.get(s.ccpProductId)?.disabled,
		)!;
		const body = {
			orderItems: [
				{
					action: 'UPDATE',
					resourceId: sub.subscriptionId,
					productId: sub.ccpProductId,
					skuId: sub.ccpSkuId,
					planId: sub.ccpPlanId,
					quantity: 9,
					attributes: [],
				},
			],
		};
		const r = await request({
			method: 'POST',
			path: `/customers/${sub.customerId}/orders`,
			sendBody: true,
			jsonBody: JSON.stringify(body),
		});
		expect(r.error).toBeUndefined();
		expect(r.items[0].json.orderId).toEqual(expect.any(String));
		expect(t.ion.store.subscriptions.get(sub.id)?.subscriptionTotalLicenses).toBe('9');
		const calls = dataCalls();
		expect(calls).toHaveLength(1);
		expect(calls[0]).toMatchObject({ method: 'POST', path: `${account()}/customers/${sub.customerId}/orders`, body });
	});

	test('colon verbs work in relative paths without a leading slash', async () => {
		const r = await request(
			{
				method: 'POST',
				path: 'products:pricing',
				sendBody: true,
				jsonBody: JSON.stringify({ providerProductIds: ['x'] }),
			},
			{ continueOnFail: true },
		);
		expect(r.items).toHaveLength(1);
		const calls = dataCalls();
		expect(calls).toHaveLength(1);
		expect(calls[0]).toMatchObject({ method: 'POST', path: `${account()}/products:pricing` });
	});

	test('a 5xx on a POST is not retried; on a GET it is', async () => {
		t.ion.setFaults([{ kind: '5xx', method: 'POST', path: '/api/v3/' }]);
		const post = await request({
			method: 'POST',
			path: '/customers',
			sendBody: true,
			jsonBody: '{}',
			requestOptions: { retryBaseDelayMs: 1 },
		});
		expect(post.error?.message).toMatch(/outcome of the request is unknown/);
		expect(dataCalls()).toHaveLength(1);

		t.ion.reset();
		t.ion.setFaults([{ kind: '5xx', method: 'GET', count: 1, path: '/customers' }]);
		const get = await request({
			method: 'GET',
			path: '/customers',
			queryParameters: query({ pageSize: '1' }),
			requestOptions: { retryBaseDelayMs: 1 },
		});
		expect(get.error).toBeUndefined();
		expect(dataCalls().map((c) => c.status)).toEqual([503, 200]);
	});

	test("Ion's errors are mapped; Continue On Fail gives a paired error item", async () => {
		const params = { method: 'GET', path: '/customers/99999999' };
		const failed = await request(params);
		expect(failed.error?.name).toBe('NodeApiError');
		expect((failed.error as { httpCode?: string }).httpCode).toBe('404');
		const r = await request(params, { continueOnFail: true, items: [{ json: {} }, { json: {} }] });
		expect(r.error).toBeUndefined();
		expect(r.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		for (const i of r.items) expect(i.json.error).toMatch(/not find|not found/i);
	});

	test.each([
		['a parent segment', 'account', '../accounts/2/customers'],
		['an encoded parent segment', 'account', '/customers/%2e%2e/%2E%2E/x'],
		['a double-encoded parent segment', 'account', '/customers/%252e%252e/x'],
		['a full URL', 'account', 'https://evil.example.com/api/v3/x'],
		['a protocol-relative host', 'account', '//evil.example.com/api/v3'],
		['a URL after a segment', 'account', '/x/https://evil.example.com'],
		['a backslash', 'account', '/customers\\..\\x'],
		['a query string in the path', 'account', '/customers?pageSize=1'],
		['whitespace', 'account', '/cust omers'],
		['an absolute path outside /api/v3', 'absolute', '/oauth/token'],
		['an absolute path escaping /api/v3', 'absolute', '/api/v3/../../oauth/token'],
		['/api/v3 given while relative to the account', 'account', '/api/v3/customers/1/carts'],
		['an empty path', 'account', '  '],
	])('refuses %s before any request', async (_name, pathScope, path) => {
		const r = await request({ method: 'GET', pathScope, path: '={{ $json.p }}' }, { items: [{ json: { p: path } }] });
		expect(r.error?.message).toMatch(/^Path (is not allowed|is required)/);
		expect(dataCalls()).toHaveLength(0);
		expect(t.ion.log).toHaveLength(0);
	});

	test('invalid JSON body is refused before any request', async () => {
		const r = await request({
			method: 'POST',
			path: '/customers',
			sendBody: true,
			jsonBody: '{"a": ',
		});
		expect(r.error?.message).toMatch(/JSON Body is not valid JSON/);
		expect(dataCalls()).toHaveLength(0);
	});

	test('a query parameter without a name is refused before any request', async () => {
		const r = await request({
			method: 'GET',
			path: '/customers',
			queryParameters: { parameter: [{ name: '', value: 'x' }] },
		});
		expect(r.error?.message).toMatch(/Query Parameters: parameter 1 has no name/);
		expect(dataCalls()).toHaveLength(0);
	});
});
