// Error mapping, pure functions: Ion error bodies -> NodeApiError with a message per status, Ion's
// code and request ID; Retry-After parsing. (Through the node: test/node/transport/errors.test.ts.)
import type { INode } from 'n8n-workflow';

import { httpFailureOf as getIonErrorInfo, parseRetryAfter } from '../../../nodes/shared/httpFailure';
import { ionApiError } from '../../../nodes/StreamOneIon/transport/errors';

const node: INode = { id: 'n', name: 'Ion', type: 'CUSTOM.streamOneIon', typeVersion: 1, position: [0, 0], parameters: {} };
const body = (code: number, error: string, message: string, extra: object = {}) => ({
	error,
	message,
	code,
	details: [{ '@type': 'type.googleapis.com/google.rpc.RequestInfo', requestId: 'req-123', ...extra }],
});

describe('ionApiError (unit)', () => {
	test.each([
		[400, 'INVALID_ARGUMENT', "product: 'x' is invalid", /rejected the request as invalid: product: 'x' is invalid/],
		[403, 'PERMISSION_DENIED', 'permission denied to access accounts/1', /refused access.*permission denied/],
		[404, 'NOT_FOUND', "resource 'accounts/1/customers/9' not found", /did not find the resource: check the ID/],
		[409, 'ALREADY_EXISTS', 'already exists', /conflict.*already exists/],
		[412, 'FAILED_PRECONDITION', 'The provided language code is not valid', /precondition failed/],
		[429, 'RESOURCE_EXHAUSTED', 'slow down', /rate-limiting/],
		[500, 'INTERNAL_ERROR', 'Internal Server Error', /internal problem/],
		[503, 'UNAVAILABLE', 'could not retrieve cloud price book v', /internal problem.*price book/],
	])('%i: plain message, httpCode, Ion code and request ID in the description', (status, code, message, expected) => {
		const e = ionApiError(node, status, body(status, code, message), {}, 0);
		expect(e.message).toMatch(expected);
		expect(e.httpCode).toBe(String(status));
		expect(e.description).toContain(`Ion error: ${code}`);
		expect(e.description).toContain('request ID: req-123');
		expect(getIonErrorInfo(e)?.status).toBe(status);
	});

	test('400/412: the field Ion named (referenceEntity) and per-item details are shown', () => {
		const e = ionApiError(
			node,
			412,
			body(412, 'FAILED_PRECONDITION', 'The provided language code is not valid', { referenceEntity: 'languageCode', code: 'CUS-CR-002' }),
		);
		expect(e.message).toMatch(/\(field: languageCode\)/);
		const v = ionApiError(node, 400, {
			error: 'BAD_REQUEST: Invalid provisioning data',
			message: 'BAD_REQUEST: Invalid provisioning data',
			code: 3,
			details: [{ requestId: 'r', errors: [{ code: 'COMM-VL-003 ', detail: "The 'resourceId' attribute must be present" }] }],
		});
		expect(v.description).toContain("COMM-VL-003: The 'resourceId' attribute must be present");
	});

	test('tokens in an error text are redacted', () => {
		const e = ionApiError(node, 400, { message: 'bad header Bearer abc.def.ghi and refresh_token=xyz123' });
		expect(e.message).not.toContain('abc.def.ghi');
		expect(e.message).not.toContain('xyz123');
	});

	test('a non-JSON body still gives a useful error', () => {
		const e = ionApiError(node, 502, '<html>Bad Gateway</html>');
		expect(e.message).toMatch(/internal problem/);
		expect(e.httpCode).toBe('502');
	});

	test('Retry-After: seconds, HTTP date, garbage', () => {
		expect(parseRetryAfter('3')).toBe(3000);
		expect(parseRetryAfter(2)).toBe(2000);
		const now = Date.parse('2026-01-01T00:00:00Z');
		expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
		expect(parseRetryAfter('Thu, 01 Jan 2025 00:00:05 GMT', now)).toBe(0);
		expect(parseRetryAfter('soon')).toBeUndefined();
		expect(getIonErrorInfo(ionApiError(node, 429, {}, { 'Retry-After': '7' }))?.retryAfterMs).toBe(7000);
	});
});
