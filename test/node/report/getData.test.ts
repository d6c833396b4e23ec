// Report > Get Data against the emulator through n8n-core: the report's rows as items.
import type { Subscription } from '../../../emulator/types';
import { dataRequests, rl, setup, type Ctx } from '../helpers';

let t: Ctx;
beforeAll(async () => {
	t = await setup();
});
afterAll(async () => {
	await t.ion.close();
});
beforeEach(() => {
	t.ion.setFaults([]);
	t.ion.reset();
});

const REPORT = '7001';
const subscriptions = () =>
	t.ion.store.subscriptionOrder.map((id) => t.ion.store.subscriptions.get(id) as Subscription);
const dataPost = () =>
	dataRequests(t.ion).find((c) => c.method === 'POST' && c.path.endsWith('/data'));
const specsSent = () => (dataPost()?.body as { specs: Record<string, unknown> }).specs;

describe('Report > Get Data', () => {
	test('Return All: one item per row, keyed by column name, money with its currency; every row asked for', async () => {
		const r = await t.run({
			resource: 'report',
			operation: 'getData',
			reportId: rl(REPORT),
			returnAll: true,
		});
		expect(r.error).toBeUndefined();
		const subs = subscriptions();
		expect(r.items).toHaveLength(subs.length);
		expect(r.items[0].json).toEqual({
			Customer: subs[0].customerName,
			Subscription: subs[0].subscriptionName,
			Status: subs[0].subscriptionStatus,
			Quantity: Number(subs[0].subscriptionTotalLicenses),
			'Customer cost': subs[0].customerCost,
			'Customer cost Currency': 'USD',
		});
		for (const item of r.items) expect(item.pairedItem).toEqual({ item: 0 });
		expect(
			dataRequests(t.ion).map((c) => `${c.method} ${c.route.split('/reports')[1]} ${c.status}`),
		).toEqual(['GET /{reportId} 200', 'POST /{reportId}/data 200']);
		expect(specsSent()).toMatchObject({
			rowsLimit: '0',
			dateRangeOption: { selectedRange: { relativeDateRange: 'LAST_MONTH' } },
		});
	});

	test('Limit asks Ion for that many rows and outputs no more', async () => {
		const r = await t.run({
			resource: 'report',
			operation: 'getData',
			reportId: rl(REPORT),
			returnAll: false,
			limit: 4,
		});
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(4);
		expect(specsSent().rowsLimit).toBe('4');
		expect(r.items.map((i) => i.json.Customer)).toEqual(
			subscriptions()
				.slice(0, 4)
				.map((s) => s.customerName),
		);
	});

	test('chosen columns by name or ID (from an expression) come in the order of the report', async () => {
		const r = await t.run({
			resource: 'report',
			operation: 'getData',
			reportId: rl(REPORT),
			returnAll: true,
			dateRange: 'QUARTER_TO_DATE',
			columns: '={{ ["quantity", "101"] }}',
		});
		expect(r.error).toBeUndefined();
		expect(Object.keys(r.items[0].json)).toEqual(['Customer', 'Quantity']);
		expect((specsSent().selectedColumns as Array<{ id: string }>).map((c) => c.id)).toEqual([
			'101',
			'104',
		]);
		expect(specsSent().dateRangeOption).toEqual({
			selectedRange: { relativeDateRange: 'QUARTER_TO_DATE' },
		});
	});

	test('several input items: each gets its report rows, paired with it', async () => {
		const r = await t.run(
			{
				resource: 'report',
				operation: 'getData',
				reportId: rl('={{ $json.id }}'),
				returnAll: false,
				limit: 2,
			},
			{ items: [{ json: { id: '7001' } }, { json: { id: '7003' } }] },
		);
		expect(r.error).toBeUndefined();
		expect(r.items.map((i) => i.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 0 },
			{ item: 1 },
			{ item: 1 },
		]);
	});

	test('a 503 on the data request is retried (it only reads)', async () => {
		t.ion.setFaults([{ kind: '5xx', method: 'POST', path: '/data', count: 1 }]);
		const r = await t.run({
			resource: 'report',
			operation: 'getData',
			reportId: rl(REPORT),
			limit: 3,
			retrySettings: { baseDelayMs: 1 },
		});
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(3);
		expect(dataRequests(t.ion).map((c) => `${c.method} ${c.status}`)).toEqual([
			'GET 200',
			'POST 503',
			'POST 200',
		]);
	});

	test("an unknown report: Ion's 404 is reported and nothing else is sent", async () => {
		const r = await t.run({ resource: 'report', operation: 'getData', reportId: rl('424242') });
		expect(r.error?.message).toMatch(/Ion did not find the resource.*reports\/424242/);
		expect(dataRequests(t.ion).map((c) => `${c.method} ${c.status}`)).toEqual(['GET 404']);
	});
});
