import { startEmulator } from '../../emulator';
import type { Emulator } from '../../emulator';
import { FaultInjector } from '../../emulator/faults';
import { acct, call, exchange, login } from './helpers';

describe('emulator faults, stats and log', () => {
	let ion: Emulator;
	let token: string;
	beforeAll(async () => {
		ion = await startEmulator({ port: 0, seed: 'demo' });
		token = await login(ion);
	});
	afterAll(async () => ion.close());
	afterEach(() => ion.setFaults([]));

	test('429 with Retry-After in seconds, only for the first `count` matching requests', async () => {
		ion.setFaults([{ kind: '429', count: 2, path: '/customers', retryAfter: 3 }]);
		const a = await call(ion, acct(ion, '/customers?pageSize=1'), { token });
		expect(a.status).toBe(429);
		expect(a.headers.get('retry-after')).toBe('3');
		expect(a.body.error).toBe('RESOURCE_EXHAUSTED');
		// other paths are not affected and do not use up the count
		expect((await call(ion, acct(ion, '/subscriptions?pagination.limit=1'), { token })).status).toBe(200);
		expect((await call(ion, acct(ion, '/customers?pageSize=1'), { token })).status).toBe(429);
		expect((await call(ion, acct(ion, '/customers?pageSize=1'), { token })).status).toBe(200);
	});

	test('429 with an HTTP-date Retry-After, method filter', async () => {
		const date = new Date(Date.now() + 2000).toUTCString();
		ion.setFaults([{ kind: '429', method: 'POST', retryAfter: date }]);
		expect((await call(ion, acct(ion, '/customers?pageSize=1'), { token })).status).toBe(200);
		const r = await call(ion, acct(ion, '/products:pricing'), { method: 'POST', token, body: { externalProductWithProvider: [] } });
		expect(r.status).toBe(429);
		expect(r.headers.get('retry-after')).toBe(date);
	});

	test('5xx with chosen status and Ion body; default 503', async () => {
		ion.setFaults([{ kind: '5xx', status: 502, count: 1 }, { kind: '5xx', count: 1, path: /subscriptions/ }]);
		const a = await call(ion, acct(ion, '/customers?pageSize=1'), { token });
		expect(a.status).toBe(502);
		expect(a.body.code).toBe(502);
		const b = await call(ion, acct(ion, '/subscriptions'), { token });
		expect(b.status).toBe(503);
		expect(b.body.error).toBe('UNAVAILABLE');
	});

	test('drop destroys the socket without a response', async () => {
		ion.setFaults([{ kind: 'drop', count: 1, path: '/oauth/token' }]);
		await expect(exchange(ion, ion.issueRefreshToken())).rejects.toThrow();
		const ok = await exchange(ion, ion.issueRefreshToken());
		expect(ok.status).toBe(200);
		const dropped = ion.log.filter((e) => e.status === 0);
		expect(dropped.length).toBe(1);
		expect(dropped[0].fault).toBe('drop');
	});

	test('rate applies to a seeded share of requests (repeatable)', async () => {
		const pattern = async () => {
			ion.setFaults([{ kind: '5xx', rate: 0.3, path: '/customers' }]);
			const out: number[] = [];
			for (let i = 0; i < 100; i++) out.push((await call(ion, acct(ion, '/customers?pageSize=1'), { token })).status);
			return out;
		};
		const first = await pattern();
		const failed = first.filter((s) => s === 503).length;
		expect(failed).toBeGreaterThan(15);
		expect(failed).toBeLessThan(45);
		expect(first.filter((s) => s !== 503 && s !== 200)).toEqual([]);
		// the same rule set draws the same sequence again
		expect(await pattern()).toEqual(first);
	});

	test('latency rule delays matching requests', async () => {
		ion.setFaults([{ kind: 'latency', ms: 120, path: '/products' }]);
		const t = Date.now();
		await call(ion, acct(ion, '/products?pageSize=1'), { token });
		expect(Date.now() - t).toBeGreaterThanOrEqual(110);
		// that other paths get no delay is the rule's decision, read without a clock (a time bound
		// on the fast request failed on loaded machines)
		const injector = new FaultInjector(1);
		injector.set([{ kind: 'latency', ms: 120, path: '/products' }]);
		expect(injector.decide('GET', acct(ion, '/products'))).toEqual({ kind: 'none', delayMs: 120 });
		expect(injector.decide('GET', acct(ion, '/customers'))).toEqual({ kind: 'none', delayMs: 0 });
	});

	test('stats count by route, status and both; reset clears; token bodies are never logged', async () => {
		ion.reset();
		const rt = ion.issueRefreshToken();
		const tokens = await exchange(ion, rt);
		await exchange(ion, rt); // spent -> 400
		await call(ion, acct(ion, '/customers?pageSize=2'), { token });
		await call(ion, acct(ion, '/customers?pageSize=2'), { token });
		await call(ion, acct(ion, '/customers/9'), { token });
		await call(ion, acct(ion, '/customers?pageSize=2'));
		const s = ion.stats();
		expect(s.total).toBe(6);
		expect(s.tokenCalls).toBe(2);
		expect(s.byRoute['GET /api/v3/accounts/{accountId}/customers']).toBe(3);
		expect(s.byRoute['GET /api/v3/accounts/{accountId}/customers/{customerId}']).toBe(1);
		expect(s.byStatus).toEqual({ '200': 3, '400': 1, '401': 1, '404': 1 });
		expect(s.byMethodPathStatus['POST /oauth/token 400']).toBe(1);
		expect(s.byMethodPathStatus['GET /api/v3/accounts/{accountId}/customers 401']).toBe(1);

		const text = JSON.stringify(ion.log);
		expect(text).not.toContain(rt);
		expect(text).not.toContain(tokens.body.access_token);
		expect(text).not.toContain(tokens.body.refresh_token);
		expect(text).not.toContain(token);
		const tokenEntry = ion.log.find((e) => e.route === 'POST /oauth/token');
		expect(tokenEntry?.body).toBeUndefined();
		const listEntry = ion.log.find((e) => e.route === 'GET /api/v3/accounts/{accountId}/customers');
		expect(listEntry).toMatchObject({ method: 'GET', path: '/api/v3/accounts/1000/customers', query: { pageSize: '2' }, status: 200 });
		expect(typeof listEntry?.at).toBe('number');

		ion.reset();
		expect(ion.stats().total).toBe(0);
		expect(ion.log).toHaveLength(0);
	});

	test('latencyMs option delays every request', async () => {
		const slow = await startEmulator({ port: 0, seed: 'empty', latencyMs: 100 });
		try {
			const t = Date.now();
			await exchange(slow, slow.issueRefreshToken());
			expect(Date.now() - t).toBeGreaterThanOrEqual(95);
		} finally {
			await slow.close();
		}
	});
});

describe('emulator startup', () => {
	// How fast the emulator starts is measured by `npm run bench` (its "Emulator start-up" line),
	// never asserted here: a loaded machine is slow without anything being wrong.
	test('the bench seed has the documented sizes and serves the last offset page', async () => {
		const bench = await startEmulator({ port: 0, seed: 'bench' });
		try {
			expect(bench.store.customers.size).toBe(10_000);
			expect(bench.store.subscriptions.size).toBe(20_000);
			expect(bench.store.products.size).toBe(5_000);
			const token = await login(bench);
			const r = await call(bench, acct(bench, '/subscriptions?pagination.limit=100&pagination.offset=19950'), { token });
			expect(r.body.totalCount).toBe('20000');
			expect(r.body.items).toHaveLength(50);
		} finally {
			await bench.close();
		}
	});

	test('seed data is deterministic', async () => {
		const a = await startEmulator({ port: 0, seed: 'demo' });
		const b = await startEmulator({ port: 0, seed: 'demo' });
		try {
			expect(JSON.stringify([...b.store.customers.values()].map((c) => ({ ...c, uid: '' })))).toBe(
				JSON.stringify([...a.store.customers.values()].map((c) => ({ ...c, uid: '' }))),
			);
			expect([...a.store.subscriptions.values()]).toEqual([...b.store.subscriptions.values()]);
			const statuses = new Set([...a.store.subscriptions.values()].map((s) => s.subscriptionStatus));
			expect(statuses.has('ACTIVE')).toBe(true);
			expect(statuses.size).toBeGreaterThan(2);
		} finally {
			await a.close();
			await b.close();
		}
	});
});
