// Report > Get Details, Get Populated and Download CSV (Streaming) against the emulator through
// n8n-core: the POSTs that take the report itself as their body, and the streaming CSV endpoint.
import { COLUMNS, reportCsv } from '../../../emulator/routes/reports';
import type { Subscription } from '../../../emulator/types';
import { dataRequests, fastRetry, rl, setup, type Ctx } from '../helpers';

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
const calls = () => dataRequests(t.ion).map((c) => `${c.method} ${c.path} ${c.status}`);

describe('Report > Get Details and Get Populated', () => {
	test('Get Details reads the report and posts it back; the output is the price and cost details', async () => {
		const r = await t.run({ resource: 'report', operation: 'getDetails', reportId: rl(REPORT) });
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(1);
		expect(r.items[0].pairedItem).toEqual({ item: 0 });
		expect(Object.keys(r.items[0].json).sort()).toEqual(['costDetails', 'priceDetails']);
		expect(calls()).toEqual([`GET ${reportPath()} 200`, `POST ${reportPath('/details')} 200`]);
		const posted = t.ion.log.find((e) => e.path.endsWith('/details'))?.body as { displayName?: string };
		expect(posted.displayName).toBe('Monthly billing summary');
	});

	test('Get Populated outputs the report with its specs; a 503 on the POST is retried (it only reads)', async () => {
		t.ion.setFaults([{ kind: '5xx', count: 1, path: '/reports/7002/report', method: 'POST' }]);
		const r = await t.run({
			resource: 'report',
			operation: 'getPopulated',
			reportId: rl(REPORT),
			retrySettings: fastRetry,
		});
		expect(r.error).toBeUndefined();
		expect((r.items[0].json.report as { displayName?: string }).displayName).toBe(
			'Monthly billing summary',
		);
		expect(calls()).toEqual([
			`GET ${reportPath()} 200`,
			`POST ${reportPath('/report')} 503`,
			`POST ${reportPath('/report')} 200`,
		]);
	});

	test('a report ID that is not a number is refused before any request', async () => {
		const r = await t.run({
			resource: 'report',
			operation: 'getDetails',
			reportId: rl('={{ "x/1" }}'),
		});
		expect(r.error?.message).toBe('Report must be a number, got x/1');
		expect(dataRequests(t.ion)).toHaveLength(0);
	});
});

describe('Report > Download CSV (Streaming)', () => {
	test("decodes the streaming endpoint's HttpBody into the same CSV file as Download CSV", async () => {
		const r = await t.run({
			resource: 'report',
			operation: 'downloadCsvStream',
			reportId: rl(REPORT),
		});
		expect(r.error).toBeUndefined();
		const file = r.items[0].binary?.data as unknown as {
			data: string;
			mimeType: string;
			fileName: string;
		};
		expect(file).toMatchObject({
			mimeType: 'text/csv',
			fileName: 'Monthly billing summary - last-month.csv',
		});
		const subscriptions = t.ion.store.subscriptionOrder.map(
			(id) => t.ion.store.subscriptions.get(id) as Subscription,
		);
		expect(Buffer.from(file.data, 'base64').toString('utf8')).toBe(
			reportCsv(subscriptions, COLUMNS),
		);
		expect(calls()).toEqual([
			`GET ${reportPath()} 200`,
			`POST ${reportPath('/reportDataCsvStream')} 200`,
		]);
	});
});
