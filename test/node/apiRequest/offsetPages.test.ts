// API Request > Return All Pages on an offset-paged path (/subscriptions: pagination.limit and
// pagination.offset with totalCount): every record once, the query kept on every page, the shared
// offset loop of nodes/shared/paging.ts.
import { dataRequests, setup, type Ctx } from '../helpers';

let t: Ctx;
beforeAll(async () => {
	t = await setup({ maxPageSize: 7 });
});
afterAll(async () => {
	await t.ion.close();
});
beforeEach(() => t.ion.reset());

const query = (pairs: Record<string, string>) => ({
	parameter: Object.entries(pairs).map(([name, value]) => ({ name, value })),
});
const request = (extra: Record<string, unknown>) => ({
	resource: 'apiRequest',
	operation: 'request',
	method: 'GET',
	path: '/subscriptions',
	returnAllPages: true,
	...extra,
});

describe('API Request, Return All Pages, offset-paged path', () => {
	test('reads every page by pagination.offset until totalCount; one item per record; filters kept', async () => {
		const active = [...t.ion.store.subscriptions.values()].filter(
			(s) => s.subscriptionStatus === 'ACTIVE',
		);
		expect(active.length).toBeGreaterThan(14);
		const r = await t.run(
			request({
				queryParameters: query({ subscriptionStatus: 'ACTIVE', 'pagination.limit': '5' }),
			}),
		);
		expect(r.error).toBeUndefined();
		expect(r.items.map((i) => i.json.id).sort()).toEqual(active.map((s) => s.id).sort());
		const pages = dataRequests(t.ion);
		expect(pages.length).toBe(Math.ceil(active.length / 5));
		pages.forEach((p, i) => {
			expect(p.query.subscriptionStatus).toBe('ACTIVE');
			expect(p.query['pagination.limit']).toBe('5');
			if (i > 0) expect(p.query['pagination.offset']).toBe(String(i * 5));
		});
		expect(
			r.items.every((i) => i.pairedItem && (i.pairedItem as { item: number }).item === 0),
		).toBe(true);
	});

	test('without pagination.limit: the first page as Ion sends it, then pages of up to 100 (capped by Ion)', async () => {
		const r = await t.run(request({}));
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(t.ion.store.subscriptions.size);
		expect(new Set(r.items.map((i) => i.json.id)).size).toBe(t.ion.store.subscriptions.size);
		const [first, ...rest] = dataRequests(t.ion);
		expect(first.query['pagination.offset']).toBeUndefined();
		expect(rest.every((p) => p.query['pagination.limit'] === '100')).toBe(true);
	});

	test('starts at the offset the query gives', async () => {
		const all = t.ion.store.subscriptions.size;
		const r = await t.run(
			request({ queryParameters: query({ 'pagination.offset': '10', 'pagination.limit': '6' }) }),
		);
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(all - 10);
		expect(dataRequests(t.ion).map((p) => p.query['pagination.offset'])).toEqual(
			Array.from({ length: Math.ceil((all - 10) / 6) }, (_, i) => String(10 + i * 6)),
		);
	});

	test('a page-token path still pages by nextPageToken', async () => {
		const r = await t.run(
			request({ path: '/customers', queryParameters: query({ pageSize: '5' }) }),
		);
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(t.ion.store.customers.size);
		expect(
			dataRequests(t.ion)
				.slice(1)
				.every((p) => typeof p.query.pageToken === 'string'),
		).toBe(true);
	});
});
