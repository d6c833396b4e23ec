// Response envelopes, paging and input checks of the Stellr emulator. Shapes are guesses
// (README.md, "Guesses"): G5 paging, G6 list wrapper, G7 error body, G8 nested failure.
import type { Query } from '../context';

export interface Result {
	status: number;
	body?: unknown;
	headers?: Record<string, string>;
}

export interface FieldIssue {
	field: string;
	message: string;
}

/** A 4xx/5xx answer: `{requestId, code, message, errors?: [{field, message}]}` (G7). */
export class StellrError extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		message: string,
		readonly errors: FieldIssue[] = [],
	) {
		super(message);
	}
}

export const notFound = (what: string, id: string) =>
	new StellrError(404, 'RESOURCE_NOT_FOUND', `${what} '${id}' was not found`);

/** 400 naming one field: the message starts with the field name. */
export const invalid = (field: string, message: string) =>
	new StellrError(400, 'INVALID_PARAMETER', `${field}: ${message}`, [{ field, message }]);

export function errorBody(
	requestId: string,
	code: string,
	message: string,
	errors: FieldIssue[] = [],
) {
	return errors.length ? { requestId, code, message, errors } : { requestId, code, message };
}

export const ok = (requestId: string, data: unknown, status = 200): Result => ({
	status,
	body: { requestId, data },
});

/**
 * HTTP 200 whose data says the request failed (G8): what TD SYNNEX's gateway does when the
 * vendor refuses a change it accepted to look at (e.g. Microsoft's 7-day window).
 */
export const nestedFailure = (
	requestId: string,
	errorCode: string,
	errorMessage: string,
	extra: Record<string, unknown> = {},
): Result => ({
	status: 200,
	body: { requestId, data: { status: 'FAILED', errorCode, errorMessage, ...extra } },
});

export function q(query: Query, name: string): string | undefined {
	const v = query[name];
	if (v === undefined) return undefined;
	const s = (Array.isArray(v) ? v[0] : v).trim();
	return s === '' ? undefined : s;
}

export const DEFAULT_PAGE_SIZE = 20;

/** `pageNo` (1-based) + `pageSize` (1..max) -> `{requestId, data: {total, records}}` (G5, G6). */
export function page<T>(
	requestId: string,
	query: Query,
	records: readonly T[],
	maxPageSize: number,
): Result {
	const pageNo = intParam(query, 'pageNo', 1, 1, Number.MAX_SAFE_INTEGER);
	const pageSize = intParam(query, 'pageSize', DEFAULT_PAGE_SIZE, 1, maxPageSize);
	const start = (pageNo - 1) * pageSize;
	return ok(requestId, { total: records.length, records: records.slice(start, start + pageSize) });
}

function intParam(query: Query, name: string, fallback: number, min: number, max: number): number {
	const raw = q(query, name);
	if (raw === undefined) return fallback;
	if (!/^\d+$/.test(raw)) throw invalid(name, `must be a whole number, got '${raw}'`);
	const n = Number(raw);
	if (n < min || n > max) throw invalid(name, `must be between ${min} and ${max}, got ${n}`);
	return n;
}

// ---- body checks: every message names the field ----------------------------------------------

export type Body = Record<string, unknown>;

export function bodyObject(body: unknown): Body {
	if (body === undefined || body === null || body === '') return {};
	if (typeof body !== 'object' || Array.isArray(body))
		throw invalid('body', 'must be a JSON object');
	return body as Body;
}

export function str(body: Body, field: string, required = true): string | undefined {
	const v = getPath(body, field);
	if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) {
		if (required) throw invalid(field, 'is required');
		return undefined;
	}
	if (typeof v !== 'string') throw invalid(field, 'must be a string');
	return v.trim();
}

export function int(
	body: Body,
	field: string,
	opts: { required?: boolean; min?: number; max?: number } = {},
): number | undefined {
	const v = getPath(body, field);
	if (v === undefined || v === null || v === '') {
		if (opts.required ?? true) throw invalid(field, 'is required');
		return undefined;
	}
	const n = typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : v;
	if (typeof n !== 'number' || !Number.isInteger(n))
		throw invalid(field, `must be a whole number, got ${JSON.stringify(v)}`);
	if (opts.min !== undefined && n < opts.min)
		throw invalid(field, `must be at least ${opts.min}, got ${n}`);
	if (opts.max !== undefined && n > opts.max)
		throw invalid(field, `must be at most ${opts.max}, got ${n}`);
	return n;
}

export function bool(body: Body, field: string, required = true): boolean | undefined {
	const v = getPath(body, field);
	if (v === undefined || v === null) {
		if (required) throw invalid(field, 'is required');
		return undefined;
	}
	if (typeof v !== 'boolean')
		throw invalid(field, `must be true or false, got ${JSON.stringify(v)}`);
	return v;
}

export function oneOf<T extends string>(
	body: Body,
	field: string,
	values: readonly T[],
	required = true,
): T | undefined {
	const v = str(body, field, required);
	if (v === undefined) return undefined;
	const match = values.find((x) => x.toLowerCase() === v.toLowerCase());
	if (!match) throw invalid(field, `must be one of ${values.join(', ')}, got '${v}'`);
	return match;
}

function getPath(body: Body, field: string): unknown {
	let cur: unknown = body;
	for (const part of field.split('.')) {
		const m = /^(\w+)(?:\[(\d+)\])?$/.exec(part);
		if (!m || cur === null || typeof cur !== 'object') return undefined;
		cur = (cur as Body)[m[1]];
		if (m[2] !== undefined) cur = Array.isArray(cur) ? cur[Number(m[2])] : undefined;
	}
	return cur;
}
