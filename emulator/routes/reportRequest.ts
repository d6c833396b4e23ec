// What a report data / CSV request asks for: columns, date range and row limit, read from the
// request body (the spec's Report schema). Bad values answer 400 INVALID_ARGUMENT like Ion.
import type { HandlerContext } from '../context';
import { invalidArgument } from '../errors';
import type { Subscription } from '../types';

export interface ReportColumnDef {
	id: string;
	columnTemplateId: string;
	field: keyof Subscription;
	displayName: string;
	type: 'STRING' | 'INT' | 'MONEY';
}

export interface ReportRequest {
	/** The columns in the order the request selected them (all when it selected none). */
	columns: ReportColumnDef[];
	/** The selected range, echoed with the dates it resolved to (`relativeActualDateRange`). */
	dateRangeOption: Record<string, unknown>;
	/** `specs.rowsLimit` when the request set it ("0" = no limit). */
	rowsLimit?: number;
}

type Json = Record<string, unknown>;

const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Start (inclusive) and end (exclusive) of a relative range around `now`, in UTC. */
export function resolveRelativeRange(range: string, now: number): { start: number; end: number } | undefined {
	const d = new Date(now);
	const y = d.getUTCFullYear();
	const m = d.getUTCMonth();
	const today = Date.UTC(y, m, d.getUTCDate());
	const monday = today - ((d.getUTCDay() + 6) % 7) * DAY;
	const quarter = Math.floor(m / 3) * 3;
	switch (range) {
		case 'TODAY':
			return { start: today, end: today + DAY };
		case 'WEEK_TO_DATE':
			return { start: monday, end: now };
		case 'LAST_WEEK':
			return { start: monday - 7 * DAY, end: monday };
		case 'MONTH_TO_DATE':
		case 'LATEST_MONTH': // "MONTH_TO_DATE if the current month has billing data": the emulator always has
			return { start: Date.UTC(y, m, 1), end: now };
		case 'LAST_MONTH':
			return { start: Date.UTC(y, m - 1, 1), end: Date.UTC(y, m, 1) };
		case 'TWO_MONTHS_AGO':
			return { start: Date.UTC(y, m - 2, 1), end: Date.UTC(y, m - 1, 1) };
		case 'QUARTER_TO_DATE':
			return { start: Date.UTC(y, quarter, 1), end: now };
		case 'LAST_QUARTER':
			return { start: Date.UTC(y, quarter - 3, 1), end: Date.UTC(y, quarter, 1) };
		case 'YEAR_TO_DATE':
			return { start: Date.UTC(y, 0, 1), end: now };
		case 'LAST_YEAR':
			return { start: Date.UTC(y - 1, 0, 1), end: Date.UTC(y, 0, 1) };
		default:
			return undefined;
	}
}

function readColumns(specs: Json, all: ReportColumnDef[]): ReportColumnDef[] {
	const selected = specs.selectedColumns;
	if (selected === undefined || selected === null) return all;
	if (!Array.isArray(selected)) throw invalidArgument('specs.selectedColumns: must be a list of report columns');
	if (selected.length === 0) return all;
	return selected.map((entry, i) => {
		const c = obj(entry);
		const column = all.find((a) => (c.id !== undefined && a.id === String(c.id)) || (c.id === undefined && a.columnTemplateId === c.columnTemplateId));
		if (!column) {
			throw invalidArgument(`specs.selectedColumns[${i}]: the report has no column ${JSON.stringify(c.id ?? c.columnTemplateId ?? entry)}`);
		}
		return column;
	});
}

function readRange(specs: Json, now: number): Json {
	const option = obj(specs.dateRangeOption);
	const selected = obj(option.selectedRange);
	const fixed = obj(selected.fixedDateRange);
	const relative = typeof selected.relativeDateRange === 'string' ? selected.relativeDateRange : Object.keys(fixed).length ? 'CUSTOM' : 'UNKNOWN_RELATIVE_DATE_RANGE';
	if (relative === 'CUSTOM') {
		const start = Date.parse(String(fixed.startDate ?? ''));
		const end = Date.parse(String(fixed.endDate ?? ''));
		if (Number.isNaN(start) || Number.isNaN(end)) {
			throw invalidArgument('specs.dateRangeOption.selectedRange.fixedDateRange: startDate and endDate are required for a CUSTOM range');
		}
		if (start > end) throw invalidArgument('specs.dateRangeOption.selectedRange.fixedDateRange: startDate is after endDate');
		return { selectedRange: { relativeDateRange: 'CUSTOM', fixedDateRange: { startDate: iso(start), endDate: iso(end) }, relativeActualDateRange: { startDate: iso(start), endDate: iso(end) } } };
	}
	const resolved = resolveRelativeRange(relative, now);
	if (!resolved) return { selectedRange: { relativeDateRange: relative } };
	return {
		selectedRange: {
			relativeDateRange: relative,
			relativeActualDateRange: { startDate: iso(resolved.start), endDate: iso(resolved.end) },
		},
	};
}

export function readReportRequest(ctx: HandlerContext, all: ReportColumnDef[]): ReportRequest {
	const specs = obj(obj(ctx.body).specs);
	const limit = specs.rowsLimit;
	let rowsLimit: number | undefined;
	if (limit !== undefined && limit !== null && limit !== '') {
		rowsLimit = Number(limit);
		if (!Number.isInteger(rowsLimit) || rowsLimit < 0) throw invalidArgument(`specs.rowsLimit: must be a whole number, got ${JSON.stringify(limit)}`);
	}
	return { columns: readColumns(specs, all), dateRangeOption: readRange(specs, ctx.now()), rowsLimit };
}
