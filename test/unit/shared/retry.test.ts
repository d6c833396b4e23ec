import { NodeApiError, type INode } from 'n8n-workflow';

import { classifyFailure } from '../../../nodes/shared/failures';
import { recordHttpFailure } from '../../../nodes/shared/httpFailure';
import {
	backoffMs,
	DEFAULT_RETRY_SETTINGS,
	isIdempotent,
	withRetry,
	type RetryContext,
	type RetrySettings,
} from '../../../nodes/shared/retry';
import { node } from '../fixtures';

function failure(status: number, retryAfterMs?: number): Error {
	const error = new Error(`HTTP ${status}`);
	recordHttpFailure(error, { status, retryAfterMs });
	return error;
}

function networkError(code: string, nested = false): Error {
	const inner = Object.assign(new Error('socket'), { code });
	return nested ? Object.assign(new Error('request failed'), { cause: inner }) : inner;
}

/** The little of an execution context withRetry uses: the node and (no) cancellation. */
const ctx = { getNode: (): INode => node, getItemIndex: () => 0 } as unknown as RetryContext;
const fast: RetrySettings = { ...DEFAULT_RETRY_SETTINGS, baseDelayMs: 1, maxWaitMs: 1000 };

describe('classifyFailure', () => {
	test.each([
		[failure(429, 2000), 'rateLimited', 2000],
		[failure(503), 'transient', undefined],
		[failure(500), 'transient', undefined],
		[failure(501), 'fatal', undefined],
		[failure(505), 'fatal', undefined],
		[failure(400), 'fatal', undefined],
		[failure(404), 'fatal', undefined],
		[networkError('ECONNREFUSED'), 'notSent', undefined],
		[networkError('ECONNRESET'), 'transient', undefined],
		[networkError('ETIMEDOUT', true), 'transient', undefined],
		[new Error('socket hang up'), 'transient', undefined],
		[new Error('timeout of 300000ms exceeded'), 'transient', undefined],
		[Object.assign(new Error('aborted'), { name: 'AbortError' }), 'fatal', undefined],
		[new Error('Customer must be a number'), 'fatal', undefined],
	])('%s is %s', (error, kind, retryAfterMs) => {
		expect(classifyFailure(error)).toEqual(
			retryAfterMs === undefined ? { kind } : { kind, retryAfterMs },
		);
	});
});

describe('isIdempotent and backoffMs', () => {
	test('by default GET, HEAD, OPTIONS and PUT may be resent; POST, PATCH and DELETE not', () => {
		for (const m of ['GET', 'HEAD', 'OPTIONS', 'PUT']) expect(isIdempotent({}, m)).toBe(true);
		for (const m of ['POST', 'PATCH', 'DELETE']) expect(isIdempotent({}, m)).toBe(false);
		expect(isIdempotent({ idempotent: true }, 'POST')).toBe(true);
		expect(isIdempotent({ idempotent: (m) => m === 'GET' }, 'PUT')).toBe(false);
	});

	test('backoff doubles per retry, jittered between half and all of it, capped at 30 s', () => {
		const s = { ...DEFAULT_RETRY_SETTINGS, baseDelayMs: 1000 };
		expect(backoffMs(s, 1, () => 0)).toBe(500);
		expect(backoffMs(s, 1, () => 1)).toBe(1000);
		expect(backoffMs(s, 3, () => 1)).toBe(4000);
		expect(backoffMs(s, 20, () => 1)).toBe(30_000);
	});
});

describe('withRetry', () => {
	const target = { method: 'POST', url: '/api/v3/accounts/1/customers/2/orders', service: 'Ion' };

	test('a 429 is resent for any method, after the wait Ion asked for', async () => {
		let calls = 0;
		const result = await withRetry(
			ctx,
			target,
			{},
			async () => {
				if (++calls === 1) throw failure(429, 5);
				return 'ok';
			},
			fast,
		);
		expect(result).toBe('ok');
		expect(calls).toBe(2);
	});

	test('a 5xx after an order POST is never resent: the outcome is unknown and the hint says how to check', async () => {
		let calls = 0;
		const error = await withRetry(
			ctx,
			target,
			{ what: 'order', unknownOutcomeHint: 'Look it up.' },
			async () => {
				calls++;
				throw failure(503);
			},
			fast,
		).catch((e: NodeApiError) => e);
		expect(calls).toBe(1);
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as NodeApiError).message).toBe(
			'The outcome of the order is unknown: Ion answered HTTP 503 after it was sent',
		);
		expect((error as NodeApiError).description).toContain('Look it up.');
	});

	test('a dropped connection on a GET is resent until the attempts run out, then says so', async () => {
		let calls = 0;
		const error = await withRetry(
			ctx,
			{ ...target, method: 'GET' },
			{},
			async () => {
				calls++;
				throw networkError('ECONNRESET');
			},
			{ ...fast, maxAttempts: 3 },
		).catch((e: NodeApiError) => e);
		expect(calls).toBe(3);
		expect((error as NodeApiError).message).toBe('Ion could not be reached: ECONNRESET');
		expect((error as NodeApiError).description).toBe(
			'Gave up after 3 attempts: ECONNRESET each time.',
		);
	});

	test('a Retry-After longer than the budget fails at once and names the setting', async () => {
		let calls = 0;
		const error = await withRetry(
			ctx,
			target,
			{},
			async () => {
				calls++;
				throw failure(429, 60_000);
			},
			fast,
		).catch((e: NodeApiError) => e);
		expect(calls).toBe(1);
		expect((error as NodeApiError).message).toBe('Ion could not be reached: HTTP 429');
		expect((error as NodeApiError).description).toBe(
			'Gave up after 1 attempt: Ion asked to wait 60 s, more than the 1 s allowed in total by Retry Settings > Max Total Wait.',
		);
	});

	test('an error without a recorded status (bad input, 4xx already mapped) is not retried', async () => {
		let calls = 0;
		const error = await withRetry(
			ctx,
			target,
			{},
			async () => {
				calls++;
				throw new NodeApiError(node, { message: 'slow down' });
			},
			fast,
		).catch((e) => e);
		expect(calls).toBe(1);
		expect(error).toBeInstanceOf(NodeApiError);
	});

	test('retries off: the first failure is reported as it is', async () => {
		let calls = 0;
		await expect(
			withRetry(
				ctx,
				target,
				{},
				async () => {
					calls++;
					throw failure(429, 1);
				},
				{ ...fast, enabled: false },
			),
		).rejects.toThrow();
		expect(calls).toBe(1);
	});
});
