import { NodeApiError, type IDataObject } from 'n8n-workflow';

import { httpFailureOf } from './httpFailure';
import { apiError, redactSecrets } from './nodeErrors';
import type { RequestPolicy, RequestTarget, RetryContext, RetrySettings } from './retry';

/*
 * What a failed request was (the retry policy's classification, shared/retry.ts) and the errors
 * the policy reports when it stops: "outcome unknown" and "gave up after n attempts".
 */

export type FailureKind =
	/** 429: not processed; safe to resend for every method. */
	| 'rateLimited'
	/** The connection was refused: nothing was sent; safe to resend for every method. */
	| 'notSent'
	/** 5xx, timeout, dropped connection: outcome unknown; resend only idempotent requests. */
	| 'transient'
	/** Anything else (4xx, 401 after refresh, bad input, cancelled execution). */
	| 'fatal';

const NOT_SENT_CODES = new Set(['ECONNREFUSED']);
const TRANSIENT_CODES = new Set([
	'ECONNRESET',
	'ETIMEDOUT',
	'ESOCKETTIMEDOUT',
	'ECONNABORTED',
	'EPIPE',
	'EAI_AGAIN',
	'ENETUNREACH',
	'ENETDOWN',
	'EHOSTUNREACH',
	'ERR_SOCKET_CONNECTION_TIMEOUT',
	'UND_ERR_SOCKET',
	'UND_ERR_CONNECT_TIMEOUT',
	'ERR_STREAM_PREMATURE_CLOSE',
]);

function errorChain(error: unknown): IDataObject[] {
	const chain: IDataObject[] = [];
	let current: unknown = error;
	for (let i = 0; i < 5 && current !== null && typeof current === 'object'; i++) {
		chain.push(current as IDataObject);
		current = (current as IDataObject).cause;
	}
	return chain;
}

/** What kind of failure `error` is, and how long the server asked to wait (if it did). */
export function classifyFailure(error: unknown): { kind: FailureKind; retryAfterMs?: number } {
	const failure = httpFailureOf(error);
	if (failure) {
		if (failure.status === 429) return { kind: 'rateLimited', retryAfterMs: failure.retryAfterMs };
		if (failure.status >= 500 && failure.status !== 501 && failure.status !== 505) {
			return { kind: 'transient', retryAfterMs: failure.retryAfterMs };
		}
		return { kind: 'fatal' };
	}
	const chain = errorChain(error);
	for (const e of chain) {
		if (e.name === 'AbortError' || e.code === 'ERR_CANCELED') return { kind: 'fatal' };
		if (typeof e.code === 'string') {
			if (NOT_SENT_CODES.has(e.code)) return { kind: 'notSent' };
			if (TRANSIENT_CODES.has(e.code)) return { kind: 'transient' };
		}
	}
	for (const e of chain) {
		const message = typeof e.message === 'string' ? e.message : '';
		if (
			/socket hang up|timeout of \d+ms exceeded|network error|ECONNRESET|ETIMEDOUT/i.test(message)
		) {
			return { kind: 'transient' };
		}
	}
	return { kind: 'fatal' };
}

const DEFAULT_UNKNOWN_OUTCOME_HINT =
	'Check in Ion (or with a Get or Get Many operation) whether the change was made before running this again.';

export function describeFailure(error: unknown): string {
	const failure = httpFailureOf(error);
	if (failure) return `HTTP ${failure.status}`;
	for (const e of errorChain(error)) {
		if (typeof e.code === 'string' && /^E[A-Z_]+$|^ERR_|^UND_/.test(e.code)) return e.code;
	}
	const message = error instanceof Error ? error.message : String(error);
	return redactSecrets(message).slice(0, 200);
}

/** The input item of a context that has one (an operation's request), else undefined. */
export function itemIndexOf(ctx: RetryContext): number | undefined {
	return 'getItemIndex' in ctx ? ctx.getItemIndex() : undefined;
}

export function unknownOutcomeError(
	ctx: RetryContext,
	error: unknown,
	policy: RequestPolicy,
	target: RequestTarget,
) {
	const failure = httpFailureOf(error);
	const answer = failure
		? `answered ${describeFailure(error)}`
		: `did not answer (${describeFailure(error)})`;
	const message = `The outcome of the ${policy.what ?? 'request'} is unknown: ${target.service} ${answer} after it was sent`;
	const description = [
		`${(target.method ?? 'GET').toUpperCase()} ${target.url ?? ''} was not retried automatically, because ${target.service} may have processed it already and sending it again could, for example, place an order twice.`,
		policy.unknownOutcomeHint ?? DEFAULT_UNKNOWN_OUTCOME_HINT,
		error instanceof NodeApiError && error.description
			? `${target.service}'s answer: ${error.description}`
			: '',
	]
		.filter(Boolean)
		.join('\n');
	return apiError(
		ctx.getNode(),
		{ message, outcome: 'unknown' },
		{
			message,
			description,
			httpCode: failure ? String(failure.status) : undefined,
			itemIndex: itemIndexOf(ctx),
		},
	);
}

export function exhaustedError(
	ctx: RetryContext,
	error: unknown,
	attempts: number,
	reason: string,
	service: string,
) {
	const note = `Gave up after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${reason}.`;
	if (error instanceof NodeApiError) {
		error.description = error.description ? `${error.description}\n${note}` : note;
		return error;
	}
	const message = `${service} could not be reached: ${describeFailure(error)}`;
	return apiError(
		ctx.getNode(),
		{ message },
		{ message, description: note, itemIndex: itemIndexOf(ctx) },
	);
}

export function budgetReason(
	retryAfterMs: number | undefined,
	settings: RetrySettings,
	service: string,
): string {
	const allowed = Math.round(settings.maxWaitMs / 1000);
	return retryAfterMs !== undefined
		? `${service} asked to wait ${Math.ceil(retryAfterMs / 1000)} s, more than the ${allowed} s allowed in total by Retry Settings > Max Total Wait`
		: `the next wait would exceed Retry Settings > Max Total Wait (${allowed} s)`;
}
