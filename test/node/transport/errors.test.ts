// Error mapping through the node: a 403 for an account the user cannot reach; Continue On Fail on
// a list whose page keeps failing. (The mapping itself: test/unit/transport/errors.test.ts.)
import { CredentialStore, runNode } from '../../harness';
import { dataRequests, fastRetry, setup, startProxy } from '../helpers';
import type { Ctx } from '../helpers';

describe('errors through the node', () => {
	let t: Ctx;
	let closeProxy: (() => Promise<void>) | undefined;
	afterEach(async () => {
		await closeProxy?.();
		closeProxy = undefined;
		await t?.ion.close();
	});

	test('403 for an Account ID the user cannot access says what to check', async () => {
		t = await setup();
		const store = new CredentialStore({ accountId: '999', refreshToken: t.ion.issueRefreshToken(), baseUrl: t.ion.url });
		const r = await runNode({ parameters: { resource: 'customer', operation: 'getAll' }, store });
		expect(r.error?.message).toMatch(/refused access/);
		expect(r.error?.description).toMatch(/Account ID/);
		expect(r.error?.description).toMatch(/PERMISSION_DENIED/);
	});

	test('Continue On Fail on a list: a page that keeps failing gives one paired error item, no partial list', async () => {
		t = await setup({ seed: { customers: 12, subscriptions: 0, products: 0, orders: 0 }, maxPageSize: 4 });
		let calls = 0;
		const proxy = await startProxy(t.ion.url, (req) => {
			if (req.method === 'GET' && /\/customers\?/.test(req.url ?? '')) {
				calls++;
				if (calls >= 2) return 'fail';
			}
			return 'pass';
		});
		closeProxy = proxy.close;
		const store = new CredentialStore({ accountId: t.ion.accountId, refreshToken: t.ion.issueRefreshToken(), baseUrl: proxy.url });
		const r = await runNode({
			parameters: { resource: 'customer', operation: 'getAll', returnAll: true, requestOptions: { ...fastRetry, retryMaxAttempts: 2 } },
			items: [{ json: { a: 1 } }, { json: { a: 2 } }],
			continueOnFail: true,
			store,
		});
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(2);
		r.items.forEach((item, i) => {
			expect(item.json.error).toMatch(/internal problem/);
			expect(item.pairedItem).toEqual({ item: i });
		});
		expect(dataRequests(t.ion).length).toBeGreaterThan(0);
	});
});
