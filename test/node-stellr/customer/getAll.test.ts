// Customer > Get Many: the page-number loop over the list wrapper (Limit, Return All, filters on
// every page, a failed page retried by itself) and Additional Query Parameters.
import { stellrStore } from '../../stellr/helpers';
import { startProxy } from '../../node/helpers';
import {
	calls,
	dataRequests,
	expectRefusedBeforeSending,
	fastRetry,
	setup,
	type StellrCtx,
} from '../helpers';

let t: StellrCtx;
afterEach(async () => {
	await t?.stellr.close();
});

const ids = (r: { items: Array<{ json: Record<string, unknown> }> }) =>
	r.items.map((i) => i.json.customerNo);

describe('Customer > Get Many', () => {
	test('Limit 5: one request with pageNo=1, pageSize=5; one item per record, paired with the input item', async () => {
		t = await setup();
		const r = await t.run({ resource: 'customer', operation: 'getAll', limit: 5 });
		expect(r.error).toBeUndefined();
		expect(ids(r)).toEqual([...t.stellr.store.customers.keys()].slice(0, 5));
		for (const item of r.items) {
			expect(item.pairedItem).toEqual({ item: 0 });
			expect(item.json.requestId).toBeUndefined();
		}
		expect(calls(t.stellr)).toEqual(['GET /api/v1/cloud/customers 200']);
		expect(dataRequests(t.stellr)[0].query).toEqual({ pageNo: '1', pageSize: '5' });
	});

	test('Return All over 2,000 customers: 10 pages of 200, each customer once', async () => {
		t = await setup({ seed: 'bench' });
		const r = await t.run({ resource: 'customer', operation: 'getAll', returnAll: true });
		expect(r.error).toBeUndefined();
		expect(ids(r)).toEqual([...t.stellr.store.customers.keys()]);
		expect(dataRequests(t.stellr).map((e) => `${e.query.pageNo}/${e.query.pageSize}`)).toEqual(
			Array.from({ length: 10 }, (_, i) => `${i + 1}/200`),
		);
	});

	test('Limit 250: two pages of 125, nothing read beyond the limit', async () => {
		t = await setup({ seed: 'bench' });
		const r = await t.run({ resource: 'customer', operation: 'getAll', limit: 250 });
		expect(ids(r)).toEqual([...t.stellr.store.customers.keys()].slice(0, 250));
		expect(dataRequests(t.stellr).map((e) => `${e.query.pageNo}/${e.query.pageSize}`)).toEqual([
			'1/125',
			'2/125',
		]);
	});

	test('Status and Additional Query Parameters are sent on every page; Keyword filters by name or e-mail', async () => {
		t = await setup({ seed: 'bench' });
		const active = [...t.stellr.store.customers.values()].filter((c) => c.status === 'ACTIVE');
		const r = await t.run({
			resource: 'customer',
			operation: 'getAll',
			returnAll: true,
			filters: { status: 'ACTIVE' },
			additionalQuery: {
				parameter: [
					{ name: 'sortBy', value: 'customerName' },
					{ name: 'status', value: 'ignored' },
				],
			},
		});
		expect(ids(r)).toEqual(active.map((c) => c.customerNo));
		const pages = dataRequests(t.stellr);
		expect(pages.length).toBe(Math.ceil(active.length / 200));
		for (const e of pages)
			expect(e.query).toMatchObject({ status: 'ACTIVE', sortBy: 'customerName' });

		t.stellr.reset();
		const keyword = await t.run({
			resource: 'customer',
			operation: 'getAll',
			returnAll: true,
			filters: { keyword: ' contoso ' },
		});
		const contoso = [...t.stellr.store.customers.values()].filter((c) =>
			/contoso/i.test(`${c.customerName} ${c.email}`),
		);
		expect(contoso.length).toBeGreaterThan(20);
		expect(ids(keyword)).toEqual(contoso.map((c) => c.customerNo));
		expect(dataRequests(t.stellr)[0].query).toMatchObject({ keyword: 'contoso' });
	});

	test('a page answered 503 is retried by itself; earlier pages are not read again', async () => {
		t = await setup({ seed: { customers: 450 } });
		let failed = false;
		const proxy = await startProxy(t.stellr.url, (req) => {
			if (!failed && req.url?.includes('pageNo=2')) {
				failed = true;
				return 'fail';
			}
			return 'pass';
		});
		try {
			const store = stellrStore(t.stellr, { customBaseUrl: proxy.url });
			const r = await t.run(
				{ resource: 'customer', operation: 'getAll', returnAll: true, retrySettings: fastRetry },
				{ store },
			);
			expect(r.error).toBeUndefined();
			expect(ids(r)).toEqual([...t.stellr.store.customers.keys()]);
			expect(
				proxy.requests.map(
					(p) => `${new URL(p.url, 'http://x').searchParams.get('pageNo')} ${p.action}`,
				),
			).toEqual(['1 pass', '2 fail', '2 pass', '3 pass']);
		} finally {
			await proxy.close();
		}
	});

	test('pageNo or pageSize under Additional Query Parameters is refused: the node pages itself', async () => {
		t = await setup();
		const r = await t.run({
			resource: 'customer',
			operation: 'getAll',
			additionalQuery: { parameter: [{ name: 'pageSize', value: '1000' }] },
		});
		expectRefusedBeforeSending(t, r, /^Additional Query Parameters: pageSize is set by the node/);
	});
});
