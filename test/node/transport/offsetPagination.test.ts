// offsetPagination (shared transport) through Subscription > Get Many: pagination.limit /
// pagination.offset + totalCount, filters on every page, Limit, resume from a failed page.
import { CredentialStore, runNode } from '../../harness';
import { dataRequests, fastRetry, setup, startProxy } from '../helpers';
import type { Ctx } from '../helpers';

const LIST = 'GET /api/v3/accounts/{accountId}/subscriptions';

let t: Ctx;
let closeProxy: (() => Promise<void>) | undefined;
afterEach(async () => {
	await closeProxy?.();
	closeProxy = undefined;
	await t?.ion.close();
});

type Sub = { subscriptionStatus: string; id?: string; subscriptionId?: string };
const subs = (): Sub[] => [...(t.ion.store.subscriptions.values() as Iterable<Sub>)];
const key = (s: Record<string, unknown>) => String(s.subscriptionId ?? s.id);

describe('offset pagination', () => {
	test('Return All over >= 3 pages, status filter on every page, each record once, offsets contiguous', async () => {
		t = await setup({ seed: { customers: 5, subscriptions: 40, products: 10, orders: 0 }, maxPageSize: 4 });
		const counts = new Map<string, number>();
		for (const s of subs()) counts.set(s.subscriptionStatus, (counts.get(s.subscriptionStatus) ?? 0) + 1);
		const [status, n] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
		expect(n).toBeGreaterThan(8);
		const r = await t.run({
			resource: 'subscription',
			operation: 'getAll',
			returnAll: true,
			filters: { subscriptionStatus: status },
		});
		expect(r.error).toBeUndefined();
		const pages = dataRequests(t.ion, LIST);
		expect(pages.length).toBe(Math.ceil(n / 4));
		expect(pages.length).toBeGreaterThanOrEqual(3);
		pages.forEach((p, i) => {
			expect(p.query.subscriptionStatus).toBe(status);
			expect(p.query['pagination.offset']).toBe(String(i * 4));
			expect(p.query['pagination.limit']).toBe('100');
		});
		const ids = r.items.map((i) => key(i.json));
		expect(ids).toHaveLength(n);
		expect(new Set(ids).size).toBe(n);
		expect(r.items.every((i) => i.json.subscriptionStatus === status)).toBe(true);
		expect(r.items.every((i) => (i.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	test('Limit asks only for what is missing and stops early', async () => {
		t = await setup({ seed: { customers: 5, subscriptions: 40, products: 10, orders: 0 }, maxPageSize: 4 });
		const r = await t.run({ resource: 'subscription', operation: 'getAll', returnAll: false, limit: 6 });
		expect(r.items).toHaveLength(6);
		const pages = dataRequests(t.ion, LIST);
		expect(pages.map((p) => [p.query['pagination.limit'], p.query['pagination.offset']])).toEqual([
			['6', '0'],
			['2', '4'],
		]);
	});

	test('a failed page is retried by itself: no page fetched twice except the failed one', async () => {
		t = await setup({ seed: { customers: 5, subscriptions: 20, products: 10, orders: 0 }, maxPageSize: 4 });
		let calls = 0;
		const proxy = await startProxy(t.ion.url, (req) => {
			if (req.method === 'GET' && /\/subscriptions\?/.test(req.url ?? '')) {
				calls++;
				if (calls === 2) return 'fail';
			}
			return 'pass';
		});
		closeProxy = proxy.close;
		const store = new CredentialStore({ accountId: t.ion.accountId, refreshToken: t.ion.issueRefreshToken(), baseUrl: proxy.url });
		const r = await runNode({
			parameters: { resource: 'subscription', operation: 'getAll', returnAll: true, requestOptions: fastRetry },
			store,
		});
		expect(r.error).toBeUndefined();
		const offsets = dataRequests(t.ion, LIST).map((p) => p.query['pagination.offset']);
		expect(offsets).toEqual(['0', '4', '4', '8', '12', '16']);
		const ids = r.items.map((i) => key(i.json));
		expect(ids).toHaveLength(20);
		expect(new Set(ids).size).toBe(20);
	});
});
