// Report > Download CSV against the emulator through n8n-core: the report as a CSV file in a binary property.
import { COLUMNS, reportCsv } from '../../../emulator/routes/reports';
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

const REPORT = '7002'; // "Monthly billing summary" in the emulator
const reportPath = (suffix = '') =>
	`/api/v3/accounts/${t.ion.accountId}/reports/${REPORT}${suffix}`;
const subscriptions = () =>
	t.ion.store.subscriptionOrder.map((id) => t.ion.store.subscriptions.get(id) as Subscription);

function binaryText(data: { data: string }): string {
	return Buffer.from(data.data, 'base64').toString('utf8');
}

describe('Report > Download CSV', () => {
	test('reads the report, asks for its CSV and outputs it as a binary file whose content is the report', async () => {
		const r = await t.run({ resource: 'report', operation: 'downloadCsv', reportId: rl(REPORT) });
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(1);
		const item = r.items[0];
		expect(item.pairedItem).toEqual({ item: 0 });
		expect(item.json).toMatchObject({
			reportId: REPORT,
			displayName: 'Monthly billing summary',
			fileName: 'Monthly billing summary - last-month.csv',
			rowCount: subscriptions().length,
			columns: ['Customer', 'Subscription', 'Status', 'Quantity', 'Customer cost'],
			dateRange: 'LAST_MONTH',
		});
		const file = item.binary?.data as unknown as {
			data: string;
			mimeType: string;
			fileName: string;
			fileExtension: string;
		};
		expect(file).toMatchObject({
			mimeType: 'text/csv',
			fileName: 'Monthly billing summary - last-month.csv',
			fileExtension: 'csv',
		});
		expect(binaryText(file)).toBe(reportCsv(subscriptions(), COLUMNS));

		const calls = dataRequests(t.ion);
		expect(calls.map((c) => `${c.method} ${c.path} ${c.status}`)).toEqual([
			`GET ${reportPath()} 200`,
			`POST ${reportPath('/reportDataCsv')} 200`,
		]);
		expect(calls[0].query).toEqual({ includeMetadata: 'true' });
		const body = calls[1].body as {
			reportId: string;
			reportModule: string;
			category: string;
			specs: {
				selectedColumns: Array<{ id: string }>;
				dateRangeOption: unknown;
				rowsLimit: string;
			};
		};
		expect(body).toMatchObject({
			reportId: REPORT,
			reportModule: 'REPORTS_REPORTS_MODULE',
			category: 'BILLING_REPORTS',
		});
		expect(body.specs.selectedColumns.map((c) => c.id)).toEqual(COLUMNS.map((c) => c.id));
		expect(body.specs.dateRangeOption).toEqual({
			selectedRange: { relativeDateRange: 'LAST_MONTH' },
		});
		expect(body.specs.rowsLimit).toBe('0');
	});

	test('a subset of columns, fixed dates, a file name and a field name of your own', async () => {
		const r = await t.run({
			resource: 'report',
			operation: 'downloadCsv',
			reportId: rl(REPORT),
			dateRange: 'CUSTOM',
			startDate: '2026-10-01T00:00:00',
			endDate: '2026-10-31T23:59:59',
			columns: ['105', '101'],
			options: { binaryPropertyName: 'report' },
		});
		expect(r.error).toBeUndefined();
		const item = r.items[0];
		expect(item.json.fileName).toBe('Monthly billing summary - 2026-10-01 to 2026-10-31.csv');
		expect(item.binary?.data).toBeUndefined();
		const file = item.binary?.report as unknown as { data: string };
		const columns = [COLUMNS[0], COLUMNS[4]]; // in the report's order, not the selection's
		expect(binaryText(file)).toBe(reportCsv(subscriptions(), columns));
		expect(binaryText(file).split('\n')[0]).toBe('Customer,Customer cost');
		const post = dataRequests(t.ion).find((c) => c.method === 'POST');
		expect((post?.body as { specs: unknown }).specs).toMatchObject({
			dateRangeOption: {
				selectedRange: {
					relativeDateRange: 'CUSTOM',
					fixedDateRange: { startDate: '2026-10-01T00:00:00Z', endDate: '2026-10-31T23:59:59Z' },
				},
			},
		});

		const named = await t.run({
			resource: 'report',
			operation: 'downloadCsv',
			reportId: rl(REPORT),
			dateRange: 'SAVED',
			options: { fileName: 'billing.csv' },
		});
		expect(named.error).toBeUndefined();
		expect(named.items[0].json.fileName).toBe('billing.csv');
		expect((named.items[0].binary?.data as unknown as { fileName: string }).fileName).toBe(
			'billing.csv',
		);
		const savedPost = dataRequests(t.ion)
			.filter((c) => c.method === 'POST')
			.pop();
		expect(
			(savedPost?.body as { specs: Record<string, unknown> }).specs.dateRangeOption,
		).toBeUndefined();
	});

	test.each([
		[
			'a report ID that is not a number',
			{ reportId: rl('={{ "abc" }}') },
			/Report must be a number/,
		],
		[
			'an end date before the start date',
			{ dateRange: 'CUSTOM', startDate: '2026-10-31', endDate: '2026-10-01' },
			/Start Date .* is after End Date/,
		],
		[
			'fixed dates without an end date',
			{ dateRange: 'CUSTOM', startDate: '2026-10-01', endDate: '={{ "" }}' },
			/End Date is required/,
		],
		[
			'a start date that is not a date',
			{ dateRange: 'CUSTOM', startDate: '={{ "first of october" }}', endDate: '2026-10-31' },
			/Start Date is not a valid date/,
		],
	])('refuses %s before any request', async (_name, extra, message) => {
		const r = await t.run({
			resource: 'report',
			operation: 'downloadCsv',
			reportId: rl(REPORT),
			...extra,
		});
		expect(r.error?.message).toMatch(message);
		expect(dataRequests(t.ion)).toHaveLength(0);
	});

	test('an unknown column is refused after reading the report and names the columns there are; no CSV is asked for', async () => {
		const r = await t.run({
			resource: 'report',
			operation: 'downloadCsv',
			reportId: rl(REPORT),
			columns: '={{ ["Customer", "Margin"] }}',
		});
		expect(r.error?.message).toMatch(/Columns: the report has no column "Margin"/);
		expect(r.error?.description).toMatch(/Customer \(101\)/);
		expect(dataRequests(t.ion).map((c) => c.method)).toEqual(['GET']);
	});

	test('the CSV request only reads: it is retried after a 503', async () => {
		t.ion.setFaults([{ kind: '5xx', method: 'POST', path: '/reportDataCsv', count: 1 }]);
		const r = await t.run({
			resource: 'report',
			operation: 'downloadCsv',
			reportId: rl(REPORT),
			retrySettings: { baseDelayMs: 1 },
		});
		expect(r.error).toBeUndefined();
		expect(r.items[0].binary?.data).toBeDefined();
		expect(dataRequests(t.ion).map((c) => `${c.method} ${c.status}`)).toEqual([
			'GET 200',
			'POST 503',
			'POST 200',
		]);
	});

	test('Continue On Fail: an unknown report gives one error item paired with its input, the other input gets its file', async () => {
		const r = await t.run(
			{ resource: 'report', operation: 'downloadCsv', reportId: rl('={{ $json.id }}') },
			{ items: [{ json: { id: '999999' } }, { json: { id: REPORT } }], continueOnFail: true },
		);
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(2);
		expect(r.items[0].json.error).toMatch(/not find the resource/);
		expect(r.items[0].pairedItem).toEqual({ item: 0 });
		expect(r.items[1].binary?.data).toBeDefined();
		expect(r.items[1].pairedItem).toEqual({ item: 1 });
	});
});
