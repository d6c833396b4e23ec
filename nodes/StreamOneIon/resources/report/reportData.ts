import type { IDataObject } from 'n8n-workflow';

import { text } from '../../../shared/validation';

/*
 * Report data as n8n items, and the file name of a report's CSV: pure functions (unit-tested).
 *
 * Ion answers Get Report Data with `results.rows[].values[]`, one ReportValue per selected column
 * in the order of the columns (the spec: "the order must match the order of columns"). Each value
 * says in `valueType` which field holds it.
 */

/** A report column as Ion describes it (ReportColumn): the parts the node uses. */
export interface ReportColumn {
	id?: string;
	columnTemplateId?: string;
	displayName?: string;
}

/** The plain value of a ReportValue (money: its amount; see rowToRecord for the currency). */
export function reportValue(value: IDataObject): unknown {
	const money = (value.moneyValue ?? {}) as IDataObject;
	const link = (value.internalLinkValue ?? {}) as IDataObject;
	switch (value.valueType) {
		case 'STRING':
		case 'ID':
			return value.stringValue ?? '';
		case 'INT':
			return value.intValue ?? null;
		case 'FLOAT':
			return value.floatValue ?? null;
		case 'MONEY':
			return money.value ?? null;
		case 'BOOL':
			return value.boolValue ?? false;
		case 'DATE':
			return value.dateValue ?? null;
		case 'INTERNAL_LINK':
			return link.text ?? link.link ?? '';
		default:
			// an unknown or missing type: the first field that is set
			for (const key of ['stringValue', 'intValue', 'floatValue', 'boolValue', 'dateValue']) {
				if (value[key] !== undefined) return value[key];
			}
			return value.moneyValue !== undefined ? (money.value ?? null) : null;
	}
}

/** Output keys for the columns: their display names, made unique ("Name", "Name (2)"). */
export function columnKeys(columns: ReportColumn[]): string[] {
	const seen = new Map<string, number>();
	return columns.map((column, i) => {
		const base =
			text(column.displayName) ||
			text(column.columnTemplateId) ||
			text(column.id) ||
			`Column ${i + 1}`;
		const n = (seen.get(base) ?? 0) + 1;
		seen.set(base, n);
		return n === 1 ? base : `${base} (${n})`;
	});
}

/**
 * One row as a flat record keyed by column name. A money value also gets "<column> Currency"
 * when Ion names the currency; values beyond the known columns are kept as "Column n".
 */
export function rowToRecord(row: IDataObject, keys: string[]): IDataObject {
	const values = Array.isArray(row.values) ? (row.values as IDataObject[]) : [];
	const record: IDataObject = {};
	values.forEach((raw, i) => {
		const value = raw !== null && typeof raw === 'object' ? raw : { stringValue: raw };
		const key = keys[i] ?? `Column ${i + 1}`;
		record[key] = reportValue(value as IDataObject) as IDataObject[string];
		const currency = text(((value as IDataObject).moneyValue as IDataObject | undefined)?.currency);
		if ((value as IDataObject).valueType === 'MONEY' && currency)
			record[`${key} Currency`] = currency;
	});
	return record;
}

/** The rows of a Get Report Data answer (`results.rows`). */
export function rowsOf(body: unknown): IDataObject[] {
	const results = ((body ?? {}) as IDataObject).results as IDataObject | undefined;
	const rows = results?.rows;
	return Array.isArray(rows)
		? rows.filter((r): r is IDataObject => r !== null && typeof r === 'object')
		: [];
}

/** Characters a file name must not contain on common systems, and runs of spaces. */
function safeFileText(value: string): string {
	const printable = [...value].map((c) => (c.charCodeAt(0) < 32 ? ' ' : c)).join('');
	return printable
		.replace(/[\\/:*?"<>|]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, 100)
		.trim();
}

/** YYYY-MM-DD of a date-time text, or the text made file-safe. */
function day(value: string): string {
	const match = /^(\d{4}-\d{2}-\d{2})/.exec(value);
	return match ? match[1] : safeFileText(value);
}

/**
 * A file name for a report's CSV: "<report name> - last-month.csv",
 * "<report name> - 2026-10-01 to 2026-10-31.csv", or "<report name>.csv" for the report's own
 * range. Without a usable name: "report-<id>".
 */
export function csvFileName(
	displayName: string,
	reportId: string,
	range: { relative: string; startDate?: string; endDate?: string },
): string {
	const name = safeFileText(displayName) || `report-${reportId}`;
	let period = '';
	if (range.relative === 'CUSTOM') {
		period = `${day(range.startDate ?? '')} to ${day(range.endDate ?? '')}`;
	} else if (range.relative && range.relative !== 'SAVED') {
		period = range.relative.toLowerCase().replace(/_/g, '-');
	}
	return `${name}${period ? ` - ${period}` : ''}.csv`;
}

/**
 * The CSV text of Ion's answer: `results` (Get Report Data Csv) or the `data` of an HttpBody
 * (Stream Report Data Csv). HttpBody's `data` is protobuf bytes, which JSON carries as base64 (a
 * documented guess: the spec calls it "HTTP body text data"); text that is not base64 is taken as is.
 */
export function csvOf(answer: IDataObject): string | undefined {
	if (typeof answer.results === 'string') return answer.results;
	if (typeof answer.data !== 'string') return undefined;
	const data = answer.data;
	const compact = data.replace(/\s+/g, '');
	if (/^[A-Za-z0-9+/]*={0,2}$/.test(compact) && compact.length % 4 === 0) {
		const decoded = Buffer.from(compact, 'base64');
		if (decoded.toString('base64') === compact) return decoded.toString('utf8');
	}
	return data;
}
