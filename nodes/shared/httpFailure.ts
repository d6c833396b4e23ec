import type { IDataObject } from 'n8n-workflow';

/**
 * What the retry policy needs to know about a failed HTTP answer (its status and how long the
 * server asked us to wait) but the user must not see. Kept beside the error in a WeakMap, so it
 * never ends up in the error's JSON or in an execution's data.
 */
export interface HttpFailure {
	status: number;
	/** Milliseconds the server asked us to wait (Retry-After), when it said so. */
	retryAfterMs?: number;
}

const failures = new WeakMap<object, HttpFailure>();

export function recordHttpFailure(error: object, failure: HttpFailure): void {
	failures.set(error, failure);
}

export function httpFailureOf(error: unknown): HttpFailure | undefined {
	if (error === null || typeof error !== 'object') return undefined;
	return failures.get(error);
}

/** `Retry-After` is either a number of seconds or an HTTP date. */
export function parseRetryAfter(value: unknown, now = Date.now()): number | undefined {
	if (Array.isArray(value)) value = value[0];
	if (typeof value === 'number') return value >= 0 ? value * 1000 : undefined;
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	const text = value.trim();
	if (/^\d+(\.\d+)?$/.test(text)) return Math.round(parseFloat(text) * 1000);
	const date = Date.parse(text);
	if (Number.isNaN(date)) return undefined;
	return Math.max(0, date - now);
}

/** A response header by name, whatever its case. */
export function headerValue(headers: IDataObject | undefined, name: string): unknown {
	if (!headers) return undefined;
	const wanted = name.toLowerCase();
	for (const key of Object.keys(headers)) {
		if (key.toLowerCase() === wanted) return headers[key];
	}
	return undefined;
}

/** The failure of an answer with this status and headers (Retry-After read for 429 and 503). */
export function httpFailure(status: number, headers?: IDataObject): HttpFailure {
	const failure: HttpFailure = { status };
	if (status === 429 || status === 503) {
		const retryAfter = parseRetryAfter(headerValue(headers, 'retry-after'));
		if (retryAfter !== undefined) failure.retryAfterMs = retryAfter;
	}
	return failure;
}
