import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { fail, scopeOf, type InputScope } from './nodeErrors';

/*
 * Input checks. They run before any request is sent (in preSend steps and body builders) and
 * refuse bad input with a NodeOperationError that names the field, as the editor labels it, and
 * says what is expected.
 */

/** A parameter or field value as trimmed text ('' for undefined and null). */
export function text(value: unknown): string {
	return value === undefined || value === null ? '' : String(value).trim();
}

/** A value quoted for a message, cut to 60 characters. */
function quote(value: unknown): string {
	const shown = typeof value === 'string' ? value : JSON.stringify(value);
	if (shown === undefined) return String(value);
	return shown.length > 60 ? `${shown.slice(0, 57)}...` : shown;
}

/** Characters and sequences that could change a URL path if they reached it. */
export function isSafePathSegment(value: string): boolean {
	return (
		value !== '' &&
		value !== '.' &&
		value !== '..' &&
		!/[/\\?#%]/.test(value) &&
		![...value].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127)
	);
}

/**
 * A numeric ID (customer, order, subscription...): digits only, after trimming. With
 * `allowDash`, `-` is also accepted (Ion's order endpoints: every customer). Returns it trimmed.
 */
export function requireNumericId(
	scope: InputScope,
	value: unknown,
	field: string,
	{ allowDash = false }: { allowDash?: boolean } = {},
): string {
	const id =
		typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	const all = allowDash ? ', or - for all customers' : '';
	if (id === '')
		fail(scope, `${field} is required`, `Enter ${field}: the number Ion shows for it${all}.`);
	if (allowDash && id === '-') return id;
	if (!/^\d+$/.test(id)) {
		fail(
			scope,
			`${field} must be a number, got ${quote(value)}`,
			`Ion IDs are digits only (for example 10054)${allowDash ? '; - means all customers' : ''}. Pick the record from the list or copy the ID from Ion.`,
		);
	}
	return id;
}

/**
 * A free-form ID used in a URL path (product, template): not empty, no / \ ? # %, no dot
 * segment. `service` names where the user copies the ID from.
 */
export function requirePathId(
	scope: InputScope,
	value: unknown,
	field: string,
	service = 'Ion',
): string {
	const id =
		typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	if (id === '') fail(scope, `${field} is required`);
	if (!isSafePathSegment(id)) {
		fail(
			scope,
			`${field} contains characters that are not allowed in an ID: ${quote(value)}`,
			`An ID cannot contain / \\ ? # % or be "." or "..". Copy the ID exactly as ${service} shows it.`,
		);
	}
	return id;
}

/**
 * A required whole number of at least `min` (a number or numeric text), e.g. a seat quantity.
 * Returns the number.
 */
export function requireWholeNumber(
	scope: InputScope,
	raw: unknown,
	label: string,
	min: number,
): number {
	if (raw === undefined || raw === null || raw === '') fail(scope, `${label} is required`);
	const n = typeof raw === 'number' ? raw : Number(String(raw).trim());
	if (!Number.isFinite(n) || !Number.isInteger(n)) {
		fail(scope, `${label} must be a whole number, got "${String(raw).slice(0, 40)}"`);
	}
	if (n < min) {
		fail(
			scope,
			min === 0
				? `${label} cannot be below zero, got ${n}`
				: `${label} must be at least ${min}, got ${n}`,
		);
	}
	return n;
}

/** A required text field: present and not only whitespace. Returns it trimmed. */
export function requireString(scope: InputScope, value: unknown, field: string): string {
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (typeof value !== 'string' || value.trim() === '') {
		fail(scope, `${field} is required`, `Enter a value for ${field}.`);
	}
	return value.trim();
}

/** Simple e-mail shape check (Ion does the real one). */
export function requireEmail(scope: InputScope, value: unknown, field: string): string {
	const email = requireString(scope, value, field);
	if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
		fail(scope, `${field} is not a valid e-mail address: ${quote(value)}`);
	}
	return email;
}

/**
 * JSON typed into a field (or an object passed by an expression). The message names the field
 * and the parse problem; `expect` checks the top-level shape.
 */
export function parseJsonField(
	scope: InputScope,
	value: unknown,
	field: string,
	{ expect }: { expect?: 'object' | 'array' } = {},
): unknown {
	let parsed: unknown = value;
	if (typeof value === 'string') {
		if (value.trim() === '') fail(scope, `${field} is empty`, 'Enter valid JSON.');
		try {
			parsed = JSON.parse(value);
		} catch (error) {
			fail(
				scope,
				`${field} is not valid JSON`,
				`${(error as Error).message}. Check quotes, commas and brackets.`,
			);
		}
	}
	if (
		expect === 'object' &&
		(parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
	) {
		fail(scope, `${field} must be a JSON object ({ ... })`);
	}
	if (expect === 'array' && !Array.isArray(parsed))
		fail(scope, `${field} must be a JSON array ([ ... ])`);
	return parsed;
}

/** Removes keys whose value is undefined, null, '' or an empty object (n8n collections leave them). */
export function compact(data: IDataObject): IDataObject {
	const out: IDataObject = {};
	for (const [key, value] of Object.entries(data)) {
		if (value === undefined || value === null || value === '') continue;
		if (typeof value === 'object' && !Array.isArray(value)) {
			const inner = compact(value as IDataObject);
			if (Object.keys(inner).length) out[key] = inner;
			continue;
		}
		out[key] = value;
	}
	return out;
}

/** The value of a parameter, a resource locator's extracted. */
export function getParam(ctx: IExecuteSingleFunctions, name: string, fallback?: unknown): unknown {
	return ctx.getNodeParameter(name, fallback, { extractValue: true });
}

/**
 * The fields set in an "Update Fields" collection (blank ones left out). None set is refused:
 * an update that changes nothing is a mistake, and nothing is sent.
 */
export function updateFieldsSet(
	ctx: IExecuteSingleFunctions,
	hint = 'Click Add Field under Update Fields and enter the new value.',
): Array<[string, IDataObject[string]]> {
	const set = Object.entries(ctx.getNodeParameter('updateFields', {}) as IDataObject).filter(
		([, v]) => v !== undefined && v !== null && String(v).trim() !== '',
	);
	if (set.length === 0)
		fail(scopeOf(ctx), 'Update Fields is empty: add at least one field to change', hint);
	return set;
}
