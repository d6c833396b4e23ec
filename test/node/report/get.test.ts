// Report > Get and Report > Get Many against the emulator through n8n-core.
import { dataRequests, rl, setup, type Ctx } from '../helpers';

let t: Ctx;
beforeAll(async () => {
	t = await setup();
});
afterAll(async () => {
	await t.ion.close();
});
beforeEach(() => t.ion.reset());

describe('Report > Get', () => {
	test('returns the report with its columns (includeMetadata=true)', async () => {
		const r = await t.run({ resource: 'report', operation: 'get', reportId: rl(' 7002 ') });
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(1);
		expect(r.items[0].json).toMatchObject({
			reportId: '7002',
			displayName: 'Monthly billing summary',
		});
		const columns = (r.items[0].json.specs as { allColumns: Array<{ displayName: string }> })
			.allColumns;
		expect(columns.map((c) => c.displayName)).toEqual([
			'Customer',
			'Subscription',
			'Status',
			'Quantity',
			'Customer cost',
		]);
		const calls = dataRequests(t.ion);
		expect(calls).toHaveLength(1);
		expect(calls[0]).toMatchObject({
			method: 'GET',
			path: `/api/v3/accounts/${t.ion.accountId}/reports/7002`,
			query: { includeMetadata: 'true' },
		});
	});

	test('a report ID that is not a number is refused before any request', async () => {
		const r = await t.run({
			resource: 'report',
			operation: 'get',
			reportId: rl('={{ "7002/../7001" }}'),
		});
		expect(r.error?.message).toMatch(/Report must be a number/);
		expect(dataRequests(t.ion)).toHaveLength(0);
	});
});

describe('Report > Get Many', () => {
	test('one item per report; Module is sent to Ion', async () => {
		const all = await t.run({ resource: 'report', operation: 'getAll', returnAll: true });
		expect(all.error).toBeUndefined();
		expect(all.items.map((i) => i.json.reportId)).toEqual(['7001', '7002', '7003']);
		const dashboards = await t.run({
			resource: 'report',
			operation: 'getAll',
			returnAll: true,
			module: 'DASHBOARDS_REPORTS_MODULE',
		});
		expect(dashboards.items.map((i) => i.json.displayName)).toEqual(['Seat dashboard']);
		expect(dataRequests(t.ion).map((c) => c.query.module)).toEqual([
			'REPORTS_MODULE_UNSPECIFIED',
			'DASHBOARDS_REPORTS_MODULE',
		]);
	});

	test('Limit cuts the list', async () => {
		const r = await t.run({ resource: 'report', operation: 'getAll', returnAll: false, limit: 2 });
		expect(r.items).toHaveLength(2);
		for (const item of r.items) expect(item.pairedItem).toEqual({ item: 0 });
	});
});
