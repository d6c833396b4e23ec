// Invoice (list, report) and Consumption (Azure summary) routes of the Stellr emulator.
import { invalid, page, q } from '../envelope';
import type { Ctx, RouteTable } from '../router';

function dateParam(ctx: Ctx, name: string, pattern: RegExp, shape: string): string | undefined {
	const value = q(ctx.query, name);
	if (value !== undefined && (!pattern.test(value) || Number.isNaN(Date.parse(value))))
		throw invalid(name, `must be a date like ${shape}, got '${value}'`);
	return value;
}

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_RE = /^\d{4}-\d{2}$/;

export const billingRoutes: RouteTable = {
	'GET /api/v1/cloud/invoices': (ctx) => {
		const customerNo = q(ctx.query, 'customerNo');
		const status = q(ctx.query, 'status')?.toUpperCase();
		const startDate = dateParam(ctx, 'startDate', DAY_RE, '2024-01-31');
		const endDate = dateParam(ctx, 'endDate', DAY_RE, '2024-01-31');
		const records = [...ctx.store.invoices.values()]
			.filter(
				(i) => (!customerNo || i.customerNo === customerNo) && (!status || i.status === status),
			)
			.filter(
				(i) => (!startDate || i.invoiceDate >= startDate) && (!endDate || i.invoiceDate <= endDate),
			)
			.sort(
				(a, b) =>
					b.invoiceDate.localeCompare(a.invoiceDate) || a.invoiceNo.localeCompare(b.invoiceNo),
			)
			.map(({ lines, ...invoice }) => ({ ...invoice, lineCount: lines.length }));
		return page(ctx.requestId, ctx.query, records, ctx.maxPageSize);
	},

	'GET /api/v1/cloud/invoice/report': (ctx) => {
		const invoiceNo = q(ctx.query, 'invoiceNo');
		const billingPeriod = dateParam(ctx, 'billingPeriod', MONTH_RE, '2024-01');
		if (!invoiceNo && !billingPeriod)
			throw invalid('invoiceNo', 'invoiceNo or billingPeriod is required');
		const records = [...ctx.store.invoices.values()]
			.filter(
				(i) =>
					(!invoiceNo || i.invoiceNo === invoiceNo) &&
					(!billingPeriod || i.billingPeriod === billingPeriod),
			)
			.flatMap((i) =>
				i.lines.map((line) => ({
					invoiceNo: i.invoiceNo,
					invoiceDate: i.invoiceDate,
					billingPeriod: i.billingPeriod,
					customerName: i.customerName,
					currency: i.currency,
					...line,
				})),
			);
		return page(ctx.requestId, ctx.query, records, ctx.maxPageSize);
	},

	'GET /api/v1/cloud/consumption/azure/summary': (ctx) => {
		const month = dateParam(ctx, 'month', MONTH_RE, '2024-01');
		const customerNo = q(ctx.query, 'customerNo');
		const records = ctx.store.consumption.filter(
			(c) => (!month || c.month === month) && (!customerNo || c.customerNo === customerNo),
		);
		return page(ctx.requestId, ctx.query, records, ctx.maxPageSize);
	},
};
