// Invoice > Get Report: the lines of one invoice or of a billing period; one of them is required.
import { dataRequests, expectRefusedBeforeSending, setup, type StellrCtx } from '../helpers';

let t: StellrCtx;
afterEach(async () => {
	await t?.stellr.close();
});

describe('Invoice > Get Report', () => {
	test('by invoice number: one item per line of that invoice', async () => {
		t = await setup();
		const invoice = [...t.stellr.store.invoices.values()][3];
		const r = await t.run({
			resource: 'invoice',
			operation: 'getReport',
			invoiceNo: invoice.invoiceNo,
			returnAll: true,
		});
		expect(r.error).toBeUndefined();
		expect(r.items.map((i) => [i.json.invoiceNo, i.json.lineNo])).toEqual(
			invoice.lines.map((l) => [invoice.invoiceNo, l.lineNo]),
		);
		expect(dataRequests(t.stellr)[0].query).toEqual({
			invoiceNo: invoice.invoiceNo,
			pageNo: '1',
			pageSize: '200',
		});
	});

	test('by billing period: the lines of every invoice of the month', async () => {
		t = await setup();
		const period = [...t.stellr.store.invoices.values()][0].billingPeriod;
		const lines = [...t.stellr.store.invoices.values()]
			.filter((i) => i.billingPeriod === period)
			.reduce((n, i) => n + i.lines.length, 0);
		const r = await t.run({
			resource: 'invoice',
			operation: 'getReport',
			billingPeriod: `${period}-01`,
			returnAll: true,
		});
		expect(r.items).toHaveLength(lines);
		expect(dataRequests(t.stellr)[0].query.billingPeriod).toBe(period);
	});

	test('neither invoice number nor billing period: refused before sending', async () => {
		t = await setup();
		const r = await t.run({ resource: 'invoice', operation: 'getReport', invoiceNo: '  ' });
		expectRefusedBeforeSending(t, r, /^Invoice Number or Billing Period is required/);
	});
});
