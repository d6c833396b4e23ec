// Invoice > Get Many: filters by customer, status and dates (YYYY-MM-DD).
import { dataRequests, expectRefusedBeforeSending, setup, type StellrCtx } from '../helpers';

let t: StellrCtx;
afterEach(async () => {
	await t?.stellr.close();
});

describe('Invoice > Get Many', () => {
	test('Return All: every invoice, newest first, without lines', async () => {
		t = await setup();
		const r = await t.run({ resource: 'invoice', operation: 'getAll', returnAll: true });
		expect(r.items).toHaveLength(t.stellr.store.invoices.size);
		expect(r.items[0].json.lines).toBeUndefined();
		expect(typeof r.items[0].json.lineCount).toBe('number');
	});

	test('customer, status and a date range (date-times cut to the day) filter on Stellr', async () => {
		t = await setup();
		const invoice = [...t.stellr.store.invoices.values()][0];
		const r = await t.run({
			resource: 'invoice',
			operation: 'getAll',
			returnAll: true,
			filters: {
				customerNo: invoice.customerNo,
				status: invoice.status,
				startDate: `${invoice.invoiceDate}T00:00:00Z`,
				endDate: invoice.invoiceDate,
			},
		});
		expect(r.items.map((i) => i.json.invoiceNo)).toEqual([invoice.invoiceNo]);
		expect(dataRequests(t.stellr)[0].query).toEqual({
			customerNo: invoice.customerNo,
			status: invoice.status,
			startDate: invoice.invoiceDate,
			endDate: invoice.invoiceDate,
			pageNo: '1',
			pageSize: '200',
		});
	});

	test('a start date that is no day is refused before sending, naming Start Date', async () => {
		t = await setup();
		const r = await t.run({
			resource: 'invoice',
			operation: 'getAll',
			filters: { startDate: '2024-13' },
		});
		expectRefusedBeforeSending(t, r, /^Start Date must be a date like 2024-01-31/);
	});
});
