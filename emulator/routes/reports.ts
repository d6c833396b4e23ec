// Reports (simple in-memory CRUD): list, get, save, delete, and data/CSV computed from the subscriptions.
import { nowIso, q } from '../context';
import type { HandlerContext, HandlerResult, RouteTable } from '../context';
import { notFound } from '../errors';
import type { Report } from '../store';
import type { Subscription } from '../types';

const BASE = '/api/v3/accounts/{accountId}/reports';

const COLUMNS = [
	{ id: 'customerName', displayName: 'Customer', type: 'STRING' },
	{ id: 'subscriptionName', displayName: 'Subscription', type: 'STRING' },
	{ id: 'subscriptionStatus', displayName: 'Status', type: 'STRING' },
	{ id: 'subscriptionTotalLicenses', displayName: 'Quantity', type: 'INT' },
	{ id: 'customerCost', displayName: 'Customer cost', type: 'MONEY' },
] as const;

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
			allColumns: COLUMNS.map((c) => ({ id: c.id, columnTemplateId: c.id, displayName: c.displayName, groupable: c.type === 'STRING', params: [] })),
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

function rowsLimit(r: Report): number {
	const n = Number((r.specs as { rowsLimit?: string } | undefined)?.rowsLimit ?? 1000);
	return Number.isFinite(n) && n > 0 ? n : 1000;
}

function rowsFor(ctx: HandlerContext, r: Report): { rows: Subscription[]; available: number } {
	const all = ctx.store.subscriptionOrder;
	const limit = rowsLimit(r);
	const rows: Subscription[] = [];
	for (let i = 0; i < all.length && rows.length < limit; i++) rows.push(ctx.store.subscriptions.get(all[i]) as Subscription);
	return { rows, available: all.length };
}

function value(s: Subscription, col: (typeof COLUMNS)[number]): Record<string, unknown> {
	const v = s[col.id];
	if (col.type === 'INT') return { valueType: 'INT', intValue: Number(v) };
	if (col.type === 'MONEY') return { valueType: 'MONEY', moneyValue: { currency: s.billingCurrency, value: Number(v) } };
	return { valueType: 'STRING', stringValue: String(v) };
}

function csv(rows: Subscription[]): string {
	const esc = (x: unknown) => {
		const t = String(x);
		return /[",\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
	};
	return [COLUMNS.map((c) => c.displayName).join(','), ...rows.map((s) => COLUMNS.map((c) => esc(s[c.id])).join(','))].join('\n');
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
	const { rows, available } = rowsFor(ctx, r);
	return {
		status: 200,
		body: {
			report: publicReport(r),
			results: { rows: rows.map((s) => ({ values: COLUMNS.map((c) => value(s, c)) })) },
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

function reportCsv(ctx: HandlerContext): HandlerResult {
	const { rows } = rowsFor(ctx, requireReport(ctx));
	return { status: 200, body: { results: csv(rows), resultCount: String(rows.length) } };
}

function reportCsvStream(ctx: HandlerContext): HandlerResult {
	const { rows } = rowsFor(ctx, requireReport(ctx));
	return { status: 200, body: { contentType: 'text/csv', data: Buffer.from(csv(rows)).toString('base64') } };
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
	[`POST ${BASE}/{reportId}/reportDataCsv`]: reportCsv,
	[`POST ${BASE}/{reportId}/reportDataCsvStream`]: reportCsvStream,
	'GET /api/v3/accounts/{accountId}/providers/{providerId}/refreshCacheEnhanced': refreshCache,
};
