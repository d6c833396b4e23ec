// Invoice > Get Many against the emulator's v1 billing API through n8n-core.
import { dataRequests, type Ctx } from '../helpers';
import { setupWithApiKeys, storeWithoutSecret, v1Requests } from './invoiceSetup';

let t: Ctx;
beforeAll(async () => {
	t = await setupWithApiKeys({ maxPageSize: 25 });
});
afterAll(async () => {
	await t.ion.close();
});
beforeEach(() => {
	t.ion.setFaults([]);
	t.ion.reset();
});

describe('Invoice > Get Many', () => {
	test('Return All pages with limit/offset over the v1 API, Basic auth, no token spent; one item per invoice', async () => {
		const all = t.ion.v1.all();
		expect(all.length).toBeGreaterThan(50); // more than two pages of 25
		const tokenCallsBefore = t.ion.stats().tokenCalls;
		const r = await t.run({ resource: 'invoice', operation: 'getAll', returnAll: true });
		expect(r.error).toBeUndefined();
		expect(r.items.map((i) => i.json.id)).toEqual(all.map((i) => i.id));
		for (const item of r.items) expect(item.pairedItem).toEqual({ item: 0 });
		expect(r.items[0].json.lines).toBeUndefined();
		const calls = v1Requests(t);
		expect(calls.map((c) => [c.path, c.status, c.query.offset, c.query.limit])).toEqual(
			// the node asks for 100 (its page size), Ion answers 25 (its cap here) and names the total
			Array.from({ length: Math.ceil(all.length / 25) }, (_, i) => [
				'/api/v1/invoices/myinvoices',
				200,
				String(i * 25),
				'100',
			]),
		);
		// v1 requests never touch the token chain: no token exchange, no v3 request
		expect(t.ion.stats().tokenCalls).toBe(tokenCallsBefore);
		expect(dataRequests(t.ion).filter((c) => c.path.startsWith('/api/v3'))).toHaveLength(0);
		expect(t.store.updates).toBe(0);
	});

	test('billing period, status and other filters, sort and lines reach Ion under the SDK names', async () => {
		const lastMonth = t.ion.v1.all().filter((i) => i.status === 'open');
		const from = lastMonth[0].billingStartDate;
		const to = lastMonth[0].billingEndDate;
		const r = await t.run({
			resource: 'invoice',
			operation: 'getAll',
			returnAll: true,
			invoiceFilters: {
				billingPeriodFrom: `${from}T00:00:00`,
				billingPeriodTo: to,
				status: 'open',
				custom: { filter: [{ field: 'total', modifier: 'gt', value: '0' }] },
			},
			includeLines: true,
			invoiceSort: { sortBy: 'total', direction: 'desc' },
		});
		expect(r.error).toBeUndefined();
		const expected = lastMonth
			.filter((i) => i.total > 0)
			.sort((a, b) => b.total - a.total || Number(a.id) - Number(b.id));
		expect(r.items.map((i) => i.json.id)).toEqual(expected.map((i) => i.id));
		expect(r.items[0].json.lines).toEqual(expected[0].lines);
		expect(v1Requests(t)[0].query).toMatchObject({
			'filter[billingStartDate:gte]': from,
			'filter[billingEndDate:lte]': to,
			'filter[status]': 'open',
			'filter[total:gt]': '0',
			'sort[total]': 'desc',
			relations: 'lines',
		});
	});

	test('Limit asks only for what is missing', async () => {
		const r = await t.run({
			resource: 'invoice',
			operation: 'getAll',
			returnAll: false,
			limit: 30,
		});
		expect(r.items).toHaveLength(30);
		expect(v1Requests(t).map((c) => [c.query.offset, c.query.limit])).toEqual([
			['0', '30'], // Ion caps the page at 25
			['25', '5'],
		]);
	});

	test('a 503 on a page is retried and the list carries on from that page', async () => {
		t.ion.setFaults([{ kind: '5xx', path: '/api/v1/invoices/myinvoices', count: 1 }]);
		const r = await t.run({
			resource: 'invoice',
			operation: 'getAll',
			returnAll: false,
			limit: 10,
			retrySettings: { baseDelayMs: 1 },
		});
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(10);
		expect(v1Requests(t).map((c) => c.status)).toEqual([503, 200]);
	});

	test('without an API secret in the credential: a clear error before any request, naming what to do', async () => {
		const r = await t.run(
			{ resource: 'invoice', operation: 'getAll', returnAll: true },
			{ store: storeWithoutSecret(t) },
		);
		expect(r.error?.message).toBe(
			'The StreamOne Ion credential has no API Secret: invoices need them',
		);
		expect(r.error?.description).toMatch(/Account Information > Generate New API Keys/);
		expect(t.ion.log).toHaveLength(0);
	});

	test('keys Ion refuses: the 401 is reported with what to do, the key and secret appear nowhere', async () => {
		const store = storeWithoutSecret(t);
		const refused = `refused-${Math.random().toString(36).slice(2, 10)}`;
		store.data.apiSecret = refused;
		const r = await t.run(
			{ resource: 'invoice', operation: 'getAll', returnAll: true },
			{ store, continueOnFail: true },
		);
		expect(r.items).toHaveLength(1);
		expect(r.items[0].json.error).toMatch(
			/Ion refused the API Key and API Secret: Invalid API key or secret/,
		);
		expect(r.items[0].pairedItem).toEqual({ item: 0 });
		expect(v1Requests(t).map((c) => c.status)).toEqual([401]);
		const everything = JSON.stringify(r.run);
		for (const secret of [
			t.ion.apiKey,
			refused,
			Buffer.from(`${t.ion.apiKey}:${refused}`).toString('base64'),
		]) {
			expect(everything).not.toContain(secret);
		}
	});

	test.each([
		[
			'a billing period that is not a date',
			{ invoiceFilters: { billingPeriodFrom: '={{ "last month" }}' } },
			/Billing Period From is not a valid date/,
		],
		[
			'a filter field that is not a field name',
			{ invoiceFilters: { custom: { filter: [{ field: 'total]&x[', value: '1' }] } } },
			/Other Filter 1: Field must be a field name/,
		],
		[
			'a sort field that is not a field name',
			{ invoiceSort: { sortBy: 'a b' } },
			/Sort > Sort By must be a field name/,
		],
	])('refuses %s before any request', async (_name, extra, message) => {
		const r = await t.run({ resource: 'invoice', operation: 'getAll', returnAll: true, ...extra });
		expect(r.error?.message).toMatch(message);
		expect(t.ion.log).toHaveLength(0);
	});
});
