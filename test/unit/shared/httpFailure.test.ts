import {
	headerValue,
	httpFailure,
	httpFailureOf,
	parseRetryAfter,
	recordHttpFailure,
} from '../../../nodes/shared/httpFailure';

describe('httpFailure', () => {
	test('Retry-After in seconds or as an HTTP date', () => {
		const now = Date.parse('2026-11-30T12:00:00Z');
		expect(parseRetryAfter('3', now)).toBe(3000);
		expect(parseRetryAfter('1.5', now)).toBe(1500);
		expect(parseRetryAfter(2, now)).toBe(2000);
		expect(parseRetryAfter(['4'], now)).toBe(4000);
		expect(parseRetryAfter('Mon, 30 Nov 2026 12:00:10 GMT', now)).toBe(10_000);
		expect(parseRetryAfter('Mon, 30 Nov 2026 11:00:00 GMT', now)).toBe(0);
		expect(parseRetryAfter('soon', now)).toBeUndefined();
		expect(parseRetryAfter(-1, now)).toBeUndefined();
	});

	test('Retry-After is read for 429 and 503 only, whatever the header case', () => {
		expect(httpFailure(429, { 'Retry-After': '2' })).toEqual({ status: 429, retryAfterMs: 2000 });
		expect(httpFailure(503, { 'retry-after': '1' })).toEqual({ status: 503, retryAfterMs: 1000 });
		expect(httpFailure(500, { 'retry-after': '1' })).toEqual({ status: 500 });
		expect(headerValue({ 'X-A': 1 }, 'x-a')).toBe(1);
	});

	test('the side channel belongs to the error object and is not part of it', () => {
		const error = new Error('boom');
		expect(httpFailureOf(error)).toBeUndefined();
		recordHttpFailure(error, { status: 502 });
		expect(httpFailureOf(error)).toEqual({ status: 502 });
		expect(JSON.stringify(error)).not.toContain('502');
		expect(httpFailureOf('text')).toBeUndefined();
	});
});
