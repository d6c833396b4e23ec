// Consumption > Get Azure Summary: a list with Month and Customer filters.
import { dataRequests, expectRefusedBeforeSending, setup, type StellrCtx } from '../helpers';

let t: StellrCtx;
afterEach(async () => {
	await t?.stellr.close();
});

describe('Consumption > Get Azure Summary', () => {
	test('Return All: every record, one item each', async () => {
		t = await setup();
		const r = await t.run({
			resource: 'consumption',
			operation: 'getAzureSummary',
			returnAll: true,
		});
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(t.stellr.store.consumption.length);
		expect(dataRequests(t.stellr).map((e) => e.path)).toEqual([
			'/api/v1/cloud/consumption/azure/summary',
		]);
	});

	test('Month (a date-time cut to its month) and Customer Number filter on Stellr', async () => {
		t = await setup();
		const record = t.stellr.store.consumption[0];
		const expected = t.stellr.store.consumption.filter(
			(c) => c.month === record.month && c.customerNo === record.customerNo,
		);
		const r = await t.run({
			resource: 'consumption',
			operation: 'getAzureSummary',
			returnAll: true,
			filters: { month: `${record.month}-15T08:00:00.000Z`, customerNo: ` ${record.customerNo} ` },
		});
		expect(r.items.map((i) => i.json)).toEqual(expected);
		expect(dataRequests(t.stellr)[0].query).toEqual({
			month: record.month,
			customerNo: record.customerNo,
			pageNo: '1',
			pageSize: '200',
		});
	});

	test('a month that is no date is refused before sending, naming Month', async () => {
		t = await setup();
		const r = await t.run({
			resource: 'consumption',
			operation: 'getAzureSummary',
			filters: { month: 'May 2024' },
		});
		expectRefusedBeforeSending(t, r, /^Month must be a date like 2024-01, got "May 2024"/);
	});
});
