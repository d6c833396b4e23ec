// Retry policy (issue 6): 429 for every method, 5xx/drops for reads only, unknown outcome for
// POSTs, Return All resumes from the failed page, and the Retry Settings caps.
import { CredentialStore, runNode } from '../../harness';
import { dataRequests, fastRetry, rl, setup, startProxy } from '../helpers';
import type { Ctx } from '../helpers';

const LIST = 'GET /api/v3/accounts/{accountId}/customers';

let t: Ctx;
let closeProxy: (() => Promise<void>) | undefined;
afterEach(async () => {
	await closeProxy?.();
	closeProxy = undefined;
	await t?.ion.close();
});

const NEW_CUSTOMER = {
	resource: 'customer',
	operation: 'create',
	customerOrganization: 'Stark Industries',
	customerName: 'Pepper Potts',
	customerEmail: 'pepper@stark.example.com',
	languageCode: 'en',
	street: '10880 Malibu Point',
	city: 'Malibu',
	state: 'CA',
	zip: '90265',
	country: 'US',
};

describe('429: retried for every method, honouring Retry-After', () => {
	test('GET: waits the Retry-After seconds, then succeeds', async () => {
		t = await setup();
		t.ion.setFaults([{ kind: '429', count: 1, path: '/customers', method: 'GET', retryAfter: 1 }]);
		const started = Date.now();
		const r = await t.run({ resource: 'customer', operation: 'getAll', requestOptions: fastRetry });
		expect(r.error).toBeUndefined();
		expect(r.items.length).toBe(t.ion.store.customers.size);
		const reqs = dataRequests(t.ion, LIST);
		expect(reqs.map((e) => e.status)).toEqual([429, 200]);
		expect(reqs[1].at - reqs[0].at).toBeGreaterThanOrEqual(950);
		expect(Date.now() - started).toBeGreaterThanOrEqual(950);
	});

	test('Retry-After as an HTTP date is honoured', async () => {
		t = await setup();
		const when = new Date(Date.now() + 3000).toUTCString();
		t.ion.setFaults([{ kind: '429', count: 1, path: '/customers', retryAfter: when }]);
		const r = await t.run({ resource: 'customer', operation: 'getAll', requestOptions: fastRetry });
		expect(r.error).toBeUndefined();
		const reqs = dataRequests(t.ion, LIST);
		expect(reqs.map((e) => e.status)).toEqual([429, 200]);
		// The resend waits until the date itself. (A gap measured from the first request shrank
		// below a second on a loaded machine, where the run started late against `when`.)
		expect(reqs[1].at).toBeGreaterThanOrEqual(Date.parse(when) - 5);
		expect(reqs[0].at).toBeLessThan(Date.parse(when));
	});

	test('POST (create customer) is resent after a 429 and the customer is created exactly once', async () => {
		t = await setup();
		const before = t.ion.store.customers.size;
		t.ion.setFaults([{ kind: '429', count: 2, path: '/customers', method: 'POST', retryAfter: 1 }]);
		const r = await t.run({ ...NEW_CUSTOMER, requestOptions: fastRetry });
		expect(r.error).toBeUndefined();
		const reqs = dataRequests(t.ion);
		expect(reqs.map((e) => `${e.method} ${e.status}`)).toEqual(['POST 429', 'POST 429', 'POST 200']);
		// Retry-After: 1 honoured before each resend (fastRetry's backoff alone would be a few ms)
		expect(reqs[1].at - reqs[0].at).toBeGreaterThanOrEqual(950);
		expect(reqs[2].at - reqs[1].at).toBeGreaterThanOrEqual(950);
		expect(t.ion.store.customers.size).toBe(before + 1);
	});

	test('Retry-After longer than Max Total Wait fails at once with a message saying so', async () => {
		t = await setup();
		t.ion.setFaults([{ kind: '429', path: '/customers', retryAfter: 120 }]);
		// no clock bound here (it failed on loaded machines): one request and the message saying
		// why it did not wait show the decision
		const r = await t.run({
			resource: 'customer',
			operation: 'getAll',
			requestOptions: { ...fastRetry, retryMaxWaitSeconds: 10 },
		});
		expect(r.error?.message).toMatch(/rate-limiting/);
		expect(r.error?.description).toMatch(/Ion asked to wait 120 s, more than the 10 s allowed/);
		expect(dataRequests(t.ion)).toHaveLength(1);
	});

	test('retries disabled: the 429 is reported after one request', async () => {
		t = await setup();
		t.ion.setFaults([{ kind: '429', path: '/customers' }]);
		const r = await t.run({ resource: 'customer', operation: 'getAll', requestOptions: { retryEnabled: false } });
		expect(String((r.error as { httpCode?: string }).httpCode)).toBe('429');
		expect(dataRequests(t.ion)).toHaveLength(1);
	});
});

describe('5xx and dropped connections', () => {
	test('GET with 503 twice: backoff and success on the third attempt', async () => {
		t = await setup();
		const id = [...t.ion.store.customers.keys()][0];
		t.ion.setFaults([{ kind: '5xx', count: 2, path: `/customers/${id}`, status: 503 }]);
		const r = await t.run({ resource: 'customer', operation: 'get', customerId: rl(id), requestOptions: fastRetry });
		expect(r.error).toBeUndefined();
		expect(r.items[0].json.customerId).toBe(id);
		expect(dataRequests(t.ion).map((e) => e.status)).toEqual([503, 503, 200]);
	});

	test('GET with a dropped connection is retried', async () => {
		t = await setup();
		const id = [...t.ion.store.customers.keys()][0];
		t.ion.setFaults([{ kind: 'drop', count: 1, path: `/customers/${id}` }]);
		const r = await t.run({ resource: 'customer', operation: 'get', customerId: rl(id), requestOptions: fastRetry });
		expect(r.error).toBeUndefined();
		expect(dataRequests(t.ion).map((e) => e.status)).toEqual([0, 200]);
	});

	test('GET keeps failing: gives up after Max Attempts, with the count in the error', async () => {
		t = await setup();
		const id = [...t.ion.store.customers.keys()][0];
		t.ion.setFaults([{ kind: '5xx', path: `/customers/${id}`, status: 500 }]);
		const r = await t.run({
			resource: 'customer',
			operation: 'get',
			customerId: rl(id),
			requestOptions: { ...fastRetry, retryMaxAttempts: 3 },
		});
		expect(r.error?.message).toMatch(/internal problem/);
		expect(r.error?.description).toMatch(/Gave up after 3 attempts/);
		expect(dataRequests(t.ion)).toHaveLength(3);
	});

	test('PUT (update customer: full replacement) is retried after a 503', async () => {
		t = await setup();
		const id = [...t.ion.store.customers.keys()][0];
		t.ion.setFaults([{ kind: '5xx', count: 1, method: 'PUT', path: `/customers/${id}` }]);
		const r = await t.run({
			resource: 'customer',
			operation: 'update',
			customerId: rl(id),
			updateFields: { customerTitle: 'CFO' },
			requestOptions: fastRetry,
		});
		expect(r.error).toBeUndefined();
		expect(dataRequests(t.ion).map((e) => `${e.method} ${e.status}`)).toEqual(['GET 200', 'PUT 503', 'PUT 200']);
	});

	test('POST create customer with a 503: exactly one request, outcome unknown, says how to check', async () => {
		t = await setup();
		t.ion.setFaults([{ kind: '5xx', path: '/customers', method: 'POST', status: 503 }]);
		const r = await t.run({ ...NEW_CUSTOMER, requestOptions: fastRetry });
		expect(r.error?.message).toMatch(/outcome of the customer creation is unknown/);
		expect(r.error?.message).toMatch(/503/);
		expect(r.error?.description).toMatch(/not retried automatically/);
		expect(r.error?.description).toMatch(/Get Many with the Email filter/);
		expect(dataRequests(t.ion)).toHaveLength(1);
	});

	test('POST with a dropped connection: exactly one request, outcome unknown', async () => {
		t = await setup();
		t.ion.setFaults([{ kind: 'drop', path: '/customers', method: 'POST' }]);
		const r = await t.run({ ...NEW_CUSTOMER, requestOptions: fastRetry });
		expect(r.error?.message).toMatch(/outcome of the customer creation is unknown: Ion did not answer/);
		expect(dataRequests(t.ion)).toHaveLength(1);
	});

	test('Get Pricing is a POST but a read: a 503 is retried', async () => {
		t = await setup();
		t.ion.setFaults([{ kind: '5xx', count: 1, path: 'products:pricing' }]);
		const r = await t.run({
			resource: 'product',
			operation: 'getPricing',
			products: { product: [{ provider: 'microsoft', externalProducts: 'CFQ7TTC0LH18:0001' }] },
			returnAll: true,
			requestOptions: fastRetry,
		});
		expect(dataRequests(t.ion).map((e) => e.status)).toEqual([503, 200]);
		expect(r.error).toBeUndefined();
	});

	test("n8n's Retry On Fail still works on top (a failed run is retried by n8n)", async () => {
		t = await setup();
		const id = [...t.ion.store.customers.keys()][0];
		t.ion.setFaults([{ kind: '5xx', count: 2, path: `/customers/${id}` }]);
		const r = await t.run(
			{ resource: 'customer', operation: 'get', customerId: rl(id), requestOptions: { retryEnabled: false } },
			{ retryOnFail: { maxTries: 3, waitBetweenTries: 10 } },
		);
		expect(r.error).toBeUndefined();
		expect(dataRequests(t.ion).map((e) => e.status)).toEqual([503, 503, 200]);
	});
});

describe('Return All resumes from the failed page', () => {
	test.each([
		['503', 'fail' as const],
		['dropped connection', 'drop' as const],
	])('%s on page 3 of 5: only page 3 is fetched again, every record exactly once', async (_label, action) => {
		t = await setup({ seed: { customers: 20, subscriptions: 0, products: 0, orders: 0 }, maxPageSize: 4 });
		let listCalls = 0;
		const proxy = await startProxy(t.ion.url, (req) => {
			if (req.method === 'GET' && /\/customers(\?|$)/.test(req.url ?? '')) {
				listCalls++;
				if (listCalls === 3) return action;
			}
			return 'pass';
		});
		closeProxy = proxy.close;
		const store = new CredentialStore({ accountId: t.ion.accountId, refreshToken: t.ion.issueRefreshToken(), baseUrl: proxy.url });
		const r = await runNode({
			parameters: { resource: 'customer', operation: 'getAll', returnAll: true, requestOptions: fastRetry },
			store,
		});
		expect(r.error).toBeUndefined();
		const pages = dataRequests(t.ion, LIST);
		// the failed page reached Ion (the answer was lost), then was asked for again
		const tokens = pages.map((p) => String(p.query.pageToken ?? 'first'));
		expect(pages).toHaveLength(6);
		expect(tokens[2]).toBe(tokens[3]);
		expect(new Set(tokens).size).toBe(5);
		expect(tokens.filter((x) => x === 'first')).toHaveLength(1);
		const names = r.items.map((i) => i.json.name);
		expect(names).toHaveLength(20);
		expect(new Set(names).size).toBe(20);
		expect(proxy.requests.filter((p) => p.action !== 'pass')).toHaveLength(1);
	});
});

describe('order POSTs are never resent after a 5xx or a dropped connection', () => {
	function orderJson(): string {
		const product = [...t.ion.store.products.values()][0] as unknown as Record<string, unknown>;
		return JSON.stringify({
			orderItems: [
				{
					action: 'CREATE',
					productId: product.id,
					skuId: 'SKU-1',
					planId: 'PLAN-1',
					quantity: 3,
					// the first product is a Microsoft one: its CREATE template requires domainName
					attributes: [{ name: 'domainName', value: 'contoso' }],
				},
			],
		});
	}

	test('through API Request (POST .../orders): one request, outcome unknown', async () => {
		t = await setup();
		const id = [...t.ion.store.customers.keys()][0];
		t.ion.setFaults([{ kind: '5xx', path: '/orders', method: 'POST', status: 502 }]);
		const r = await t.run({
			resource: 'apiRequest',
			operation: 'request',
			method: 'POST',
			pathScope: 'account',
			path: `/customers/${id}/orders`,
			sendBody: true,
			jsonBody: orderJson(),
			requestOptions: fastRetry,
		});
		expect(r.error?.message).toMatch(/outcome of the .* is unknown/);
		expect(r.error?.message).toMatch(/502/);
		expect(dataRequests(t.ion)).toHaveLength(1);
	});

	test('through Order > Create or Update: one request, outcome unknown, says how to check', async () => {
		t = await setup();
		const id = [...t.ion.store.customers.keys()][0];
		t.ion.setFaults([{ kind: '5xx', path: '/orders', method: 'POST', status: 503 }]);
		const r = await t.run({
			resource: 'order',
			operation: 'createOrUpdate',
			customerId: id,
			inputMode: 'json',
			orderJson: orderJson(),
			requestOptions: fastRetry,
		});
		expect(r.error?.message).toMatch(/outcome of the order is unknown: Ion answered HTTP 503/);
		expect(r.error?.description).toMatch(/Order > Get Many/);
		expect(r.error?.description).toMatch(/Reference ID/);
		// the reads before it (product, template) aside: one order POST
		expect(dataRequests(t.ion).filter((e) => e.method === 'POST')).toHaveLength(1);
	});

	test('a 429 on the order POST is resent (Ion did not process it)', async () => {
		t = await setup();
		const id = [...t.ion.store.customers.keys()][0];
		t.ion.setFaults([{ kind: '429', count: 1, path: '/orders', method: 'POST' }]);
		await t.run({
			resource: 'apiRequest',
			operation: 'request',
			method: 'POST',
			pathScope: 'account',
			path: `/customers/${id}/orders`,
			sendBody: true,
			jsonBody: orderJson(),
			requestOptions: fastRetry,
		});
		const posts = dataRequests(t.ion).filter((e) => e.method === 'POST');
		expect(posts.map((e) => e.status)[0]).toBe(429);
		expect(posts).toHaveLength(2);
	});
});
