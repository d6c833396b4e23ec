import {
	sleep,
	type IDataObject,
	type IExecuteFunctions,
	type IExecuteSingleFunctions,
	type ILoadOptionsFunctions,
	type IPollFunctions,
} from 'n8n-workflow';

import {
	budgetReason,
	classifyFailure,
	describeFailure,
	exhaustedError,
	unknownOutcomeError,
} from './failures';
import { asNodeError } from './nodeErrors';

/*
 * The retry policy, after got/ky, urllib3 and Octokit: retry only what is safe.
 * - 429: wait as Retry-After says (seconds or an HTTP date; backoff when absent) and resend, for
 *   every method: a rate-limited request was not processed.
 * - Connection refused: resend, for every method: nothing reached the server.
 * - 5xx, timeout, dropped connection: the outcome is unknown. Resend only idempotent requests;
 *   any other fails at once with an "outcome unknown" error that says how to check.
 * - Anything else (4xx, 401 after n8n's own refresh, bad input, a cancelled execution) fails.
 * Attempts and total waiting are capped by the node's Retry Settings.
 */

export interface RetrySettings {
	/** Retry automatically at all. */
	enabled: boolean;
	/** Attempts in total, the first one included. */
	maxAttempts: number;
	/** Total time the node may spend waiting between attempts of one request. */
	maxWaitMs: number;
	/** First backoff delay for 5xx / dropped connections; doubles per attempt, with jitter. */
	baseDelayMs: number;
}

export const DEFAULT_RETRY_SETTINGS: RetrySettings = {
	enabled: true,
	maxAttempts: 5,
	maxWaitMs: 300_000,
	baseDelayMs: 1_000,
};

/** Waits are split into slices of this length to notice a cancelled execution. */
const WAIT_SLICE_MS = 500;

/** Largest single backoff delay (a Retry-After is only capped by maxWaitMs). */
const MAX_BACKOFF_MS = 30_000;

/** How a request may be retried after a failure that leaves its outcome unknown. */
export interface RequestPolicy {
	/**
	 * Whether the request can be sent again after a 5xx or a dropped connection. Default: GET,
	 * HEAD, OPTIONS and PUT (a PUT replaces the whole record) yes; POST, PATCH and DELETE no. A
	 * function gets the request's method (for a method the user chose).
	 */
	idempotent?: boolean | ((method: string) => boolean);
	/** What the thing is, for messages: "order", "cancellation", "request". */
	what?: string;
	/** How the user can find out whether a request that was not resent went through. */
	unknownOutcomeHint?: string;
}

/** The service a request goes to: its name in messages, and how its credential says it refused a token. */
export interface ServiceInfo {
	/** The service's name in messages, e.g. "Ion". */
	service: string;
	/**
	 * Whether `error` is the credential refusing to give a token (Ion: a refresh token another
	 * n8n process spent first). Such a request never reached the service with a valid token, so it
	 * is resent for every method after a short wait, which makes n8n read the credential again.
	 */
	credentialRefused?: (error: unknown) => boolean;
}

/** The request being retried: its method and path (for messages) and its service. */
export interface RequestTarget extends ServiceInfo {
	method?: string;
	url?: string;
}

/**
 * Resends after the credential refused a token: at most `resends`, the n-th after
 * n * min + random * (max - min) ms (1-3 s, then 2-4 s). Long enough for the n8n process that won
 * the token exchange to save its tokens, jittered so the waiting requests do not return at once.
 * Outside Retry Settings, like n8n's own refresh-and-resend after a 401 (a documented guess).
 */
export const CREDENTIAL_REFUSED_WAIT_MS = { min: 1_000, max: 3_000, resends: 2 };

export type RetryContext =
	| IExecuteSingleFunctions
	| IExecuteFunctions
	| ILoadOptionsFunctions
	| IPollFunctions;

function numberOr(value: unknown, fallback: number): number {
	const n = typeof value === 'number' ? value : Number(value);
	return Number.isFinite(n) ? n : fallback;
}

function readParameter(ctx: RetryContext, name: string): IDataObject {
	try {
		let value: unknown;
		if ('getItemIndex' in ctx) value = ctx.getNodeParameter(name, {});
		else if ('getCurrentNodeParameter' in ctx) value = ctx.getCurrentNodeParameter(name);
		else if ('__emit' in ctx) value = ctx.getNodeParameter(name, {});
		else value = (ctx as IExecuteFunctions).getNodeParameter(name, 0, {});
		return value !== null && typeof value === 'object' ? (value as IDataObject) : {};
	} catch {
		return {};
	}
}

/** Where each setting is in Request Options (declarative nodes) and in Retry Settings (triggers). */
const REQUEST_OPTION_KEYS = {
	enabled: 'retryEnabled',
	maxAttempts: 'retryMaxAttempts',
	maxWaitSeconds: 'retryMaxWaitSeconds',
	baseDelayMs: 'retryBaseDelayMs',
} as const;

/**
 * The node's retry settings, with defaults: the `retry*` options of Request Options
 * (commonParameters.ts retryRequestOptions), else the "Retry Settings" collection
 * (`retrySettings`) of nodes without Request Options.
 */
export function getRetrySettings(ctx: RetryContext): RetrySettings {
	const requestOptions = readParameter(ctx, 'requestOptions');
	const own = Object.entries(REQUEST_OPTION_KEYS).filter(
		([, key]) => requestOptions[key] !== undefined,
	);
	const s: IDataObject = own.length
		? Object.fromEntries(own.map(([name, key]) => [name, requestOptions[key]]))
		: readParameter(ctx, 'retrySettings');
	const d = DEFAULT_RETRY_SETTINGS;
	return {
		enabled: s.enabled === undefined ? d.enabled : s.enabled !== false,
		maxAttempts: Math.max(1, Math.floor(numberOr(s.maxAttempts, d.maxAttempts))),
		maxWaitMs: Math.max(0, numberOr(s.maxWaitSeconds, d.maxWaitMs / 1000) * 1000),
		baseDelayMs: Math.max(0, numberOr(s.baseDelayMs, d.baseDelayMs)),
	};
}

export function isIdempotent(policy: RequestPolicy, method: string): boolean {
	if (typeof policy.idempotent === 'function') return policy.idempotent(method);
	if (typeof policy.idempotent === 'boolean') return policy.idempotent;
	return ['GET', 'HEAD', 'OPTIONS', 'PUT'].includes(method);
}

/** Exponential backoff with jitter on the upper half: between exp/2 and exp. */
export function backoffMs(
	settings: RetrySettings,
	retryNumber: number,
	random = Math.random,
): number {
	const exp = Math.min(MAX_BACKOFF_MS, settings.baseDelayMs * 2 ** (retryNumber - 1));
	return Math.round(exp / 2 + random() * (exp / 2));
}

/** Waits `ms` in slices; false when the execution was cancelled meanwhile. */
export async function waitUnlessCancelled(ctx: RetryContext, ms: number): Promise<boolean> {
	const signal = 'getExecutionCancelSignal' in ctx ? ctx.getExecutionCancelSignal() : undefined;
	for (let left = ms; left > 0; left -= WAIT_SLICE_MS) {
		if (signal?.aborted) return false;
		await sleep(Math.min(WAIT_SLICE_MS, left));
	}
	return !signal?.aborted;
}

/** Sends with `send` and applies the retry policy above to its failures. */
export async function withRetry<T>(
	ctx: RetryContext,
	target: RequestTarget,
	policy: RequestPolicy,
	send: () => Promise<T>,
	settings: RetrySettings = getRetrySettings(ctx),
): Promise<T> {
	const method = (target.method ?? 'GET').toUpperCase();
	let waitedMs = 0;
	let credentialResends = 0;
	for (let attempt = 1; ; attempt++) {
		try {
			return await send();
		} catch (error) {
			if (target.credentialRefused?.(error)) {
				const { min, max, resends } = CREDENTIAL_REFUSED_WAIT_MS;
				if (credentialResends >= resends) throw asNodeError(ctx.getNode(), error);
				credentialResends++;
				const delay = Math.round(credentialResends * min + Math.random() * (max - min));
				if (!(await waitUnlessCancelled(ctx, delay))) throw asNodeError(ctx.getNode(), error);
				attempt--; // not an attempt of Retry Settings
				continue;
			}
			const { kind, retryAfterMs } = classifyFailure(error);
			if (kind === 'fatal') throw asNodeError(ctx.getNode(), error);
			if (kind === 'transient' && !isIdempotent(policy, method)) {
				throw unknownOutcomeError(ctx, error, policy, target);
			}
			if (!settings.enabled) throw asNodeError(ctx.getNode(), error);
			if (attempt >= settings.maxAttempts) {
				throw exhaustedError(
					ctx,
					error,
					attempt,
					`${describeFailure(error)} each time`,
					target.service,
				);
			}
			const delay = retryAfterMs ?? backoffMs(settings, attempt);
			if (waitedMs + delay > settings.maxWaitMs) {
				throw exhaustedError(
					ctx,
					error,
					attempt,
					budgetReason(retryAfterMs, settings, target.service),
					target.service,
				);
			}
			if (!(await waitUnlessCancelled(ctx, delay))) throw asNodeError(ctx.getNode(), error);
			waitedMs += delay;
		}
	}
}
