import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
} from 'n8n-workflow';

import { fail, scopeOf, type InputScope } from '../../../shared/nodeErrors';
import { preSendStep } from '../../../shared/requestFrame';
import type { RetryContext, RetrySettings } from '../../../shared/retry';
import { text } from '../../../shared/validation';
import { checkId, numericId } from '../../transport/paths';
import { ionApiRequest } from '../../transport/request';
import { ionRequest, readLimit } from '../../transport/routing';
import {
	columnKeys,
	csvFileName,
	csvOf,
	rowsOf,
	rowToRecord,
	type ReportColumn,
} from './reportData';

/*
 * Get Data and Download CSV, as TD SYNNEX's own SDK does it (a documented guess where the spec is
 * vague): read the report (module, category, columns), then POST the report back with
 * `specs.selectedColumns` (the columns wanted; not in the spec's ReportSpecs, but the SDK sends it
 * and the spec's ReportData mentions "selected_columns"), `specs.dateRangeOption.selectedRange`
 * (a relative range or fixed dates) and `specs.rowsLimit` ("0" = no limit, per the spec).
 * The POSTs only read, so they are retried like a GET.
 */

interface ReportContext {
	reportId: string;
	displayName: string;
	columns: ReportColumn[];
	range: { relative: string; startDate?: string; endDate?: string };
}

/** What the preSend learned, for the request function: keyed by the request options object. */
const contexts = new WeakMap<object, ReportContext>();

type RequestFunction = (
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
) => Promise<INodeExecutionData[]>;

/** The report as Ion holds it, its columns included (`includeMetadata`). */
export async function readReport(
	ctx: RetryContext,
	reportId: string,
	retrySettings?: Partial<RetrySettings>,
): Promise<IDataObject> {
	return await ionApiRequest.call(ctx, 'GET', `/reports/${encodeURIComponent(reportId)}`, {
		qs: { includeMetadata: true },
		retrySettings,
	});
}

/** Every column of a report (`specs.allColumns`). */
export function allColumnsOf(report: IDataObject): ReportColumn[] {
	const specs = (report.specs ?? {}) as IDataObject;
	return (Array.isArray(specs.allColumns) ? specs.allColumns : []) as ReportColumn[];
}

/** A date-time parameter as RFC 3339 UTC (no offset = UTC), or a clear error naming it. */
function toIsoDate(scope: InputScope, raw: unknown, label: string): string {
	let value = text(raw);
	if (value === '') fail(scope, `${label} is required when Date Range is Fixed Dates`);
	if (/^\d{4}-\d{2}-\d{2}$/.test(value)) value += 'T00:00:00';
	if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(value)) value += 'Z';
	const date = new Date(value);
	if (Number.isNaN(date.getTime())) {
		fail(
			scope,
			`${label} is not a valid date`,
			`Got "${text(raw).slice(0, 60)}". Use e.g. 2026-10-01.`,
		);
	}
	return date.toISOString().replace(/\.000Z$/, 'Z');
}

function readRange(ctx: IExecuteSingleFunctions): ReportContext['range'] {
	const relative = text(ctx.getNodeParameter('dateRange', 'LAST_MONTH')) || 'LAST_MONTH';
	if (relative !== 'CUSTOM') return { relative };
	const scope = scopeOf(ctx);
	const startDate = toIsoDate(scope, ctx.getNodeParameter('startDate', ''), 'Start Date');
	const endDate = toIsoDate(scope, ctx.getNodeParameter('endDate', ''), 'End Date');
	if (Date.parse(startDate) > Date.parse(endDate)) {
		fail(scope, `Start Date (${startDate}) is after End Date (${endDate})`);
	}
	return { relative, startDate, endDate };
}

/** The columns the user chose (IDs, template IDs or names), in the report's order; none = all. */
function selectColumns(scope: InputScope, all: ReportColumn[], raw: unknown): ReportColumn[] {
	const wanted = (Array.isArray(raw) ? raw : text(raw).split(','))
		.map((v) => text(v))
		.filter((v) => v !== '');
	if (wanted.length === 0) return all;
	const matches = (c: ReportColumn, w: string) =>
		text(c.id) === w ||
		text(c.columnTemplateId) === w ||
		text(c.displayName).toLowerCase() === w.toLowerCase();
	const unknown = wanted.filter((w) => !all.some((c) => matches(c, w)));
	if (unknown.length) {
		fail(
			scope,
			`Columns: the report has no column ${unknown.map((u) => `"${u.slice(0, 40)}"`).join(', ')}`,
			`Its columns: ${all.map((c) => `${text(c.displayName)} (${text(c.id)})`).join(', ') || 'none'}.`,
		);
	}
	return all.filter((c) => wanted.some((w) => matches(c, w)));
}

/**
 * preSend of Get Data (`rows`) and Download CSV (`csv`): checks the period, reads the report and
 * builds the request body described above.
 */
export function prepareReportRequest(kind: 'rows' | 'csv') {
	return preSendStep(async function (
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	) {
		const scope = scopeOf(this);
		const reportId = checkId(this, 'reportId', numericId('Report'));
		const range = readRange(this);
		const report = await readReport(this, reportId);
		const columns = selectColumns(
			scope,
			allColumnsOf(report),
			this.getNodeParameter('columns', []),
		);
		const requestSpecs: IDataObject = {};
		if (columns.length) requestSpecs.selectedColumns = columns as IDataObject[];
		if (range.relative === 'CUSTOM') {
			requestSpecs.dateRangeOption = {
				selectedRange: {
					relativeDateRange: 'CUSTOM',
					fixedDateRange: { startDate: range.startDate, endDate: range.endDate },
				},
			};
		} else if (range.relative !== 'SAVED') {
			requestSpecs.dateRangeOption = { selectedRange: { relativeDateRange: range.relative } };
		}
		const limit = kind === 'rows' ? readLimit(this) : Infinity;
		requestSpecs.rowsLimit = limit === Infinity ? '0' : String(limit);
		const body: IDataObject = { reportId, specs: requestSpecs };
		if (report.reportModule) body.reportModule = report.reportModule;
		if (report.category) body.category = report.category;
		requestOptions.body = body;
		contexts.set(requestOptions, {
			reportId,
			displayName: text(report.displayName),
			columns,
			range,
		});
	});
}

/**
 * preSend of Get Details and Get Populated: those POSTs take the report itself as their body
 * (the spec's `Report`; a POST only because the request can be large), so the report is read
 * first and sent back as Ion holds it.
 */
export const postReportBack = preSendStep(async function (
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	requestOptions.body = await readReport(this, checkId(this, 'reportId', numericId('Report')));
});

/** Reads that are POSTs: retried like a GET after a 5xx. */
export const readRequest = ionRequest({ idempotent: true, what: 'report request' });

/** Get Data: one item per row, keyed by column name, cut to Limit unless Return All is on. */
export const reportRows: RequestFunction = async function (requestData) {
	const context = contexts.get(requestData.options);
	const items = await readRequest.call(this, requestData);
	const limit = readLimit(this);
	return items.flatMap((item) => {
		if (item.error) return [item];
		const keys = columnKeys(context?.columns ?? []);
		return rowsOf(item.json)
			.slice(0, limit)
			.map((row) => ({ json: rowToRecord(row, keys), pairedItem: item.pairedItem }));
	});
};

/** Download CSV: one item with the CSV as a binary file and a summary as JSON. */
export const reportCsvFile: RequestFunction = async function (requestData) {
	const context = contexts.get(requestData.options);
	const items = await readRequest.call(this, requestData);
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const property = text(options.binaryPropertyName) || 'data';
	const out: INodeExecutionData[] = [];
	for (const item of items) {
		if (item.error || !context) {
			out.push(item);
			continue;
		}
		const csv = csvOf(item.json);
		if (csv === undefined) {
			const message = `Ion's answer for report ${context.reportId} holds no CSV text (field "results" or "data")`;
			if (!this.continueOnFail()) fail(scopeOf(this), message);
			out.push({ json: { error: message }, pairedItem: item.pairedItem });
			continue;
		}
		const fileName =
			text(options.fileName) || csvFileName(context.displayName, context.reportId, context.range);
		const binary = await this.helpers.prepareBinaryData(
			Buffer.from(csv, 'utf8'),
			fileName,
			'text/csv',
		);
		const rowCount = Number(item.json.resultCount);
		out.push({
			json: {
				reportId: context.reportId,
				displayName: context.displayName,
				fileName,
				rowCount: Number.isFinite(rowCount) ? rowCount : null,
				columns: columnKeys(context.columns),
				dateRange: context.range.relative,
				...(context.range.startDate ? { startDate: context.range.startDate } : {}),
				...(context.range.endDate ? { endDate: context.range.endDate } : {}),
			},
			binary: { [property]: binary },
			pairedItem: item.pairedItem,
		});
	}
	return out;
};
