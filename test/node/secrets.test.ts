// Secrets never appear in node errors or output, whatever path the failure took.
import { dataRequests, fastRetry, rl, setup } from './helpers';
import type { Ctx } from './helpers';

let t: Ctx;
afterEach(async () => {
	await t?.ion.close();
});

function serialize(value: unknown): string {
	const seen = new WeakSet<object>();
	return JSON.stringify(value, (_k, v: unknown) => {
		if (v instanceof Error) {
			const out: Record<string, unknown> = {};
			for (const key of Object.getOwnPropertyNames(v)) out[key] = (v as unknown as Record<string, unknown>)[key];
			return out;
		}
		if (v && typeof v === 'object') {
			if (seen.has(v)) return '[circular]';
			seen.add(v);
		}
		return v;
	});
}

describe('no token in errors or output', () => {
	test.each([
		['404', [] as object[], { operation: 'get', customerId: rl('999999') }],
		['GET dropped every time', [{ kind: 'drop', path: '/customers' }], { operation: 'getAll' }],
		['POST dropped', [{ kind: 'drop', path: '/customers', method: 'POST' }], {
			operation: 'create', customerOrganization: 'O', customerName: 'N', customerEmail: 'n@o.example.com',
			languageCode: 'en', street: 's', city: 'c', state: 'CA', zip: '1', country: 'US',
		}],
		['429 every time', [{ kind: '429', path: '/customers', retryAfter: 0 }], { operation: 'getAll' }],
		['503 every time', [{ kind: '5xx', path: '/customers' }], { operation: 'getAll' }],
	])('%s', async (_label, faults, params) => {
		t = await setup();
		t.ion.setFaults(faults as never);
		for (const continueOnFail of [false, true]) {
			const r = await t.run(
				{ resource: 'customer', requestOptions: { ...fastRetry, retryMaxAttempts: 2 }, ...params },
				{ continueOnFail },
			);
			expect(dataRequests(t.ion).length).toBeGreaterThan(0);
			const { accessToken, refreshToken } = t.store.data as { accessToken: string; refreshToken: string };
			expect(accessToken).toBeTruthy();
			const text = serialize({ error: r.error, items: r.items, run: r.run });
			expect(continueOnFail ? r.items[0]?.json.error : r.error).toBeTruthy();
			expect(text).not.toContain(accessToken);
			expect(text).not.toContain(refreshToken);
		}
	});
});
