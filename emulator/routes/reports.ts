// Reports (simple in-memory CRUD): list, get, save, delete, and data/CSV computed from the subscriptions.
// Data and CSV requests honour `specs.selectedColumns`, `specs.dateRangeOption.selectedRange` and
// `specs.rowsLimit` of the request body (reportRequest.ts).
import { nowIso, q } from '../context';
import type { HandlerContext, HandlerResult, RouteTable } from '../context';
import { notFound } from '../errors';
import type { Report } from '../store';
import type { Subscription } from '../types';
import { readReportRequest, type ReportColumnDef } from './reportRequest';

const BASE = '/api/v3/accounts/{accountId}/reports';

/** Column ids are int64 strings as in the spec; `field` is the subscription field behind the column. */
export const COLUMNS: ReportColumnDef[] = [
	{ id: '101', columnTemplateId: 'subscriptions.customer_name', field: 'customerName', displayName: 'Customer', type: 'STRING' },
	{ id: '102', columnTemplateId: 'subscriptions.subscription_name', field: 'subscriptionName', displayName: 'Subscription', type: 'STRING' },
	{ id: '103', columnTemplateId: 'subscriptions.status', field: 'subscriptionStatus', displayName: 'Status', type: 'STRING' },
	{ id: '104', columnTemplateId: 'subscriptions.total_licenses', field: 'subscriptionTotalLicenses', displayName: 'Quantity', type: 'INT' },
	{ id: '105', columnTemplateId: 'subscriptions.customer_cost', field: 'customerCost', displayName: 'Customer cost', type: 'MONEY' },
];

function defaultReports(): Report[] {
	const created = '2024-02-01T08:00:00Z';
	const base = (id: string, displayName: string, category: string, module: string): Report => ({
		id,
		reportId: id,
		reportTemplateId: `tmpl-${id}`,
		reportModule: module,
		displayName,
		category,
		createdBy: 'integration@reseller.example.com',
		lastUpdatedBy: 'integration@reseller.example.com',
		accessTime: created,
		specs: {
			allColumns: COLUMNS.map((c) => ({ id: c.id, columnTemplateId: c.columnTemplateId, displayName: c.displayName, groupable: c.type === 'STRING', params: [] })),
			columnFilters: [],
			rowsLimit: '1000',
		},
		createTime: created,
		providerIds: [],
		cacheMetadataProviderIds: [],
		options: [],
	});
	return [
		base('7001', 'Subscriptions by customer', 'CUSTOMER_REPORTS', 'REPORTS_REPORTS_MODULE'),
		base('7002', 'Monthly billing summary', 'BILLING_REPORTS', 'REPORTS_REPORTS_MODULE'),
		base('7003', 'Seat dashboard', 'PARTNER_REPORTS', 'DASHBOARDS_REPORTS_MODULE'),
	];
}

function reports(ctx: HandlerContext): Map<string, Report> {
	const map = ctx.store.reports;
	if (!map.size && !ctx.store.reportsInitialised) {
		for (const r of defaultReports()) map.set(r.id, r);
		ctx.store.reportsInitialised = true;
	}
	return map;
}

function publicReport(r: Report): Record<string, unknown> {
	const out: Record<string, unknown> = { ...r };
	delete out.id;
	return out;
}

function requireReport(ctx: HandlerContext): Report {
	const r = reports(ctx).get(ctx.params.reportId);
	if (!r) throw notFound(`accounts/${ctx.accountId}/reports/${ctx.params.reportId}`);
	return r;
}

/** `specs.rowsLimit` of the request, else of the saved report; "0" means no limit (spec). */
function rowsLimit(r: Report, requested?: number): number {
	const n = requested ?? Number((r.specs as { rowsLimit?: string } | undefined)?.rowsLimit ?? 1000);
	if (n === 0) return Infinity;
	return Number.isFinite(n) && n > 0 ? n : 1000;
}

/**
 * The report's rows: the current subscriptions, whatever the date range (the emulator has no
 * billing history; the range is checked and echoed, see reportRequest.ts).
 */
function rowsFor(ctx: HandlerContext, r: Report, requestedLimit?: number): { rows: Subscription[]; available: number } {
	const all = ctx.store.subscriptionOrder;
	const limit = rowsLimit(r, requestedLimit);
	const rows: Subscription[] = [];
	for (let i = 0; i < all.length && rows.length < limit; i++) rows.push(ctx.store.subscriptions.get(all[i]) as Subscription);
	return { rows, available: all.length };
}

function value(s: Subscription, col: ReportColumnDef): Record<string, unknown> {
	const v = s[col.field];
	if (col.type === 'INT') return { valueType: 'INT', intValue: Number(v) };
	if (col.type === 'MONEY') return { valueType: 'MONEY', moneyValue: { currency: s.billingCurrency, value: Number(v) } };
	return { valueType: 'STRING', stringValue: String(v) };
}

/** The CSV of the rows with the columns in this order (header = display names). */
export function reportCsv(rows: Subscription[], columns: ReportColumnDef[] = COLUMNS): string {
	const esc = (x: unknown) => {
		const t = String(x);
		return /[",\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
	};
	return [columns.map((c) => c.displayName).join(','), ...rows.map((s) => columns.map((c) => esc(s[c.field])).join(','))].join('\n');
}

function listReports(ctx: HandlerContext): HandlerResult {
	const module = q(ctx.query, 'module');
	const list = [...reports(ctx).values()].filter((r) => !module || module === 'REPORTS_MODULE_UNSPECIFIED' || r.reportModule === module);
	return { status: 200, body: { reports: list.map(publicReport) } };
}

function getReport(ctx: HandlerContext): HandlerResult {
	const r = requireReport(ctx);
	const body = publicReport(r);
	if (q(ctx.query, 'includeMetadata') !== 'true') delete body.specs;
	return { status: 200, body };
}

function saveReport(ctx: HandlerContext): HandlerResult {
	const map = reports(ctx);
	const incoming = (ctx.body ?? {}) as Record<string, unknown>;
	let id = ctx.params.reportId;
	if (id === '0' || !map.has(id)) id = id === '0' ? String(7000 + map.size + 1 + Math.floor(ctx.rng() * 1000)) : id;
	const prev = map.get(id);
	const stamp = nowIso(ctx);
	const r: Report = {
		...(prev ?? { createTime: stamp, createdBy: 'integration@reseller.example.com', providerIds: [], cacheMetadataProviderIds: [], options: [] }),
		...incoming,
		id,
		reportId: id,
		lastUpdatedBy: 'integration@reseller.example.com',
		accessTime: stamp,
	};
	map.set(id, r);
	ctx.store.touch();
	return { status: 200, body: { reportId: id } };
}

function deleteReport(ctx: HandlerContext): HandlerResult {
	const r = requireReport(ctx);
	reports(ctx).delete(r.id);
	ctx.store.touch();
	return { status: 200, body: {} };
}

function reportData(ctx: HandlerContext): HandlerResult {
	const r = requireReport(ctx);
	const request = readReportRequest(ctx, COLUMNS);
	const { rows, available } = rowsFor(ctx, r, request.rowsLimit);
	const report = publicReport(r);
	report.specs = { ...((r.specs as Record<string, unknown>) ?? {}), dateRangeOption: request.dateRangeOption };
	return {
		status: 200,
		body: {
			report,
			results: { rows: rows.map((s) => ({ values: request.columns.map((c) => value(s, c)) })) },
			resultCount: String(rows.length),
			availableRowsCount: String(available),
			cacheTimestamp: nowIso(ctx),
		},
	};
}

function reportDetails(ctx: HandlerContext): HandlerResult {
	requireReport(ctx);
	return {
		status: 200,
		body: {
			priceDetails: [{ steps: [{ operator: 'MULTIPLY', value: 1.15, name: 'Standard margin' }] }],
			costDetails: [{ steps: [{ operator: 'MULTIPLY', value: 0.85, name: 'Distributor discount' }] }],
		},
	};
}

function reportMeta(ctx: HandlerContext): HandlerResult {
	return { status: 200, body: { report: publicReport(requireReport(ctx)), cacheTimestamp: nowIso(ctx) } };
}

function reportDataCsv(ctx: HandlerContext): HandlerResult {
	const r = requireReport(ctx);
	const request = readReportRequest(ctx, COLUMNS);
	const { rows } = rowsFor(ctx, r, request.rowsLimit);
	return { status: 200, body: { results: reportCsv(rows, request.columns), resultCount: String(rows.length) } };
}

function reportCsvStream(ctx: HandlerContext): HandlerResult {
	const r = requireReport(ctx);
	const request = readReportRequest(ctx, COLUMNS);
	const { rows } = rowsFor(ctx, r, request.rowsLimit);
	return { status: 200, body: { contentType: 'text/csv', data: Buffer.from(reportCsv(rows, request.columns)).toString('base64') } };
}

function refreshCache(ctx: HandlerContext): HandlerResult {
	const id = q(ctx.query, 'reportId') ?? '';
	return { status: 200, body: { reportIds: reports(ctx).has(id) ? [id] : [] } };
}

export const reportRoutes: RouteTable = {
	[`GET ${BASE}`]: listReports,
	[`GET ${BASE}/{reportId}`]: getReport,
	[`POST ${BASE}/{reportId}`]: saveReport,
	[`DELETE ${BASE}/{reportId}`]: deleteReport,
	[`POST ${BASE}/{reportId}/data`]: reportData,
	[`POST ${BASE}/{reportId}/details`]: reportDetails,
	[`POST ${BASE}/{reportId}/report`]: reportMeta,
	[`POST ${BASE}/{reportId}/reportDataCsv`]: reportDataCsv,
	[`POST ${BASE}/{reportId}/reportDataCsvStream`]: reportCsvStream,
	'GET /api/v3/accounts/{accountId}/providers/{providerId}/refreshCacheEnhanced': refreshCache,
};
