import { asNodeError } from './errors';
import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INode,
} from 'n8n-workflow';

/*
 * Input checks that run in preSend, i.e. BEFORE any request is sent. Every failure is a
 * NodeOperationError that names the field (its label in the UI) and says what is expected.
 *
 * Continue On Fail: RoutingNode turns an error thrown in preSend into an error item WITHOUT
 * pairedItem. `ionPreSend` therefore parks the error (keyed by the request options object) when
 * Continue On Fail is on; the request function (transport.ts `runIonOperation`) picks it up
 * before sending anything and emits the error item paired with its input item.
 */

const deferredErrors = new WeakMap<object, Error>();

export function takeDeferredError(options: object): Error | undefined {
	const error = deferredErrors.get(options);
	if (error) deferredErrors.delete(options);
	return error;
}

type PreSend = (
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) => Promise<IHttpRequestOptions>;

/**
 * Wraps a preSend step: runs `fn` (which may validate and change the options) unless an earlier
 * step already failed for this request; with Continue On Fail a failure is parked for the
 * request function instead of being thrown here (see above).
 */
export function ionPreSend(
	fn: (
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	) => void | IHttpRequestOptions | Promise<void | IHttpRequestOptions>,
): PreSend {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		if (deferredErrors.has(requestOptions)) return requestOptions;
		try {
			const result = await fn.call(this, requestOptions);
			if (result && result !== requestOptions) {
				// keep the same object so a parked error stays attached to it
				Object.assign(requestOptions, result);
			}
			return requestOptions;
		} catch (error) {
			if (this.continueOnFail()) {
				deferredErrors.set(requestOptions, error as Error);
				return requestOptions;
			}
			throw asNodeError(this.getNode(), error);
		}
	};
}

/* ------------------------------------------------------------------------------------------ */

function fail(node: INode, itemIndex: number | undefined, message: string, description?: string): never {
	throw new NodeOperationError(node, message, { itemIndex, description });
}

function show(value: unknown): string {
	const text = typeof value === 'string' ? value : JSON.stringify(value);
	return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Characters and sequences that could change a URL path if they reached it. */
export function isSafePathSegment(value: string): boolean {
	return (
		value !== '' &&
		value !== '.' &&
		value !== '..' &&
		!/[/\\?#%]/.test(value) &&
		// no control characters
		![...value].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127)
	);
}

/**
 * A numeric Ion ID (customer, order, ...): digits only, after trimming. With `allowDash`, `-`
 * is also accepted (order endpoints: all customers). Returns the trimmed ID.
 */
export function requireNumericId(
	node: INode,
	value: unknown,
	field: string,
	{ allowDash = false, itemIndex }: { allowDash?: boolean; itemIndex?: number } = {},
): string {
	const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	if (text === '') {
		fail(node, itemIndex, `${field} is required`, `Enter the numeric ${field} as shown in Ion${allowDash ? ', or - for all customers' : ''}.`);
	}
	if (allowDash && text === '-') return text;
	if (!/^\d+$/.test(text)) {
		fail(
			node,
			itemIndex,
			`${field} must be a number, got ${show(value)}`,
			`Ion IDs are digits only (for example 10054)${allowDash ? '; - means all customers' : ''}. Pick the record from the list or copy the ID from Ion.`,
		);
	}
	return text;
}

/** A free-form ID used in a URL path (product IDs, template IDs): non-empty, no / ? # % or dot segments. */
export function requirePathId(
	node: INode,
	value: unknown,
	field: string,
	itemIndex?: number,
): string {
	const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	if (text === '') fail(node, itemIndex, `${field} is required`);
	if (!isSafePathSegment(text)) {
		fail(
			node,
			itemIndex,
			`${field} contains characters that are not allowed in an ID: ${show(value)}`,
			'An ID cannot contain / \\ ? # % or be "." or "..". Copy the ID exactly as Ion shows it.',
		);
	}
	return text;
}

/** A required text field: present and not only whitespace. Returns the trimmed text. */
export function requireString(node: INode, value: unknown, field: string, itemIndex?: number): string {
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (typeof value !== 'string' || value.trim() === '') {
		fail(node, itemIndex, `${field} is required`, `Enter a value for ${field}.`);
	}
	return value.trim();
}

/** A whole number >= 0 (e.g. a seat quantity). Accepts numeric strings from expressions. */
export function requireNonNegativeInteger(
	node: INode,
	value: unknown,
	field: string,
	itemIndex?: number,
): number {
	const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
		fail(node, itemIndex, `${field} must be a whole number of 0 or more, got ${show(value)}`);
	}
	return n;
}

/** A whole number >= 1. */
export function requirePositiveInteger(
	node: INode,
	value: unknown,
	field: string,
	itemIndex?: number,
): number {
	const n = requireNonNegativeInteger(node, value, field, itemIndex);
	if (n < 1) fail(node, itemIndex, `${field} must be 1 or more, got ${show(value)}`);
	return n;
}

/**
 * JSON typed into a field (or an object passed by an expression). Throws a message that names
 * the field and the parse problem. `expect` checks the top-level shape.
 */
export function parseJsonField(
	node: INode,
	value: unknown,
	field: string,
	{ expect, itemIndex }: { expect?: 'object' | 'array'; itemIndex?: number } = {},
): unknown {
	let parsed: unknown = value;
	if (typeof value === 'string') {
		if (value.trim() === '') fail(node, itemIndex, `${field} is empty`, 'Enter valid JSON.');
		try {
			parsed = JSON.parse(value);
		} catch (error) {
			fail(
				node,
				itemIndex,
				`${field} is not valid JSON`,
				`${(error as Error).message}. Check quotes, commas and brackets.`,
			);
		}
	}
	if (expect === 'object' && (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))) {
		fail(node, itemIndex, `${field} must be a JSON object ({ ... })`);
	}
	if (expect === 'array' && !Array.isArray(parsed)) {
		fail(node, itemIndex, `${field} must be a JSON array ([ ... ])`);
	}
	return parsed;
}

/** Simple e-mail shape check (Ion does the real one). */
export function requireEmail(node: INode, value: unknown, field: string, itemIndex?: number): string {
	const text = requireString(node, value, field, itemIndex);
	if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) {
		fail(node, itemIndex, `${field} is not a valid e-mail address: ${show(value)}`);
	}
	return text;
}

/** Removes keys whose value is undefined, '' or an empty object (n8n collections leave them). */
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

/** The value of a (possibly resource locator) parameter, extracted. */
export function getParam(ctx: IExecuteSingleFunctions, name: string, fallback?: unknown): unknown {
	return ctx.getNodeParameter(name, fallback, { extractValue: true });
}

/* ------------------------------------------------------------------------------------------ */
/* Ready-made preSend steps for ID parameters                                                 */
/* ------------------------------------------------------------------------------------------ */

/** preSend: the parameter (resource locator or string) must be a numeric Ion ID. */
export function checkNumericId(
	param: string,
	label: string,
	{ allowDash = false }: { allowDash?: boolean } = {},
): PreSend {
	return ionPreSend(function (this: IExecuteSingleFunctions) {
		requireNumericId(this.getNode(), getParam(this, param, ''), label, {
			allowDash,
			itemIndex: this.getItemIndex(),
		});
	});
}

/** preSend: the parameter must be a free-form ID that is safe in a URL path. */
export function checkPathId(param: string, label: string): PreSend {
	return ionPreSend(function (this: IExecuteSingleFunctions) {
		requirePathId(this.getNode(), getParam(this, param, ''), label, this.getItemIndex());
	});
}
