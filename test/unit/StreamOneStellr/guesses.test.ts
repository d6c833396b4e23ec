// The node's guesses about Stellr's answers (nodes/StreamOneStellr/shared/guesses.ts): the list
// wrapper, single records, a failure inside a 200, and operation statuses.
import {
	listPage,
	nestedFailure,
	operationError,
	operationIdOf,
	operationState,
	recordOf,
} from '../../../nodes/StreamOneStellr/shared/guesses';

describe('listPage', () => {
	test('the wrapper {requestId, data: {total, records}}', () => {
		expect(
			listPage({ requestId: 'r', data: { total: '12', records: [{ a: 1 }, 'x', null] } }),
		).toEqual({ records: [{ a: 1 }], total: 12 });
	});
	test('also: data as an array, a bare array, records at the top', () => {
		expect(listPage({ data: [{ a: 1 }] })).toEqual({ records: [{ a: 1 }] });
		expect(listPage([{ a: 1 }])).toEqual({ records: [{ a: 1 }] });
		expect(listPage({ total: 1, records: [{ a: 1 }] })).toEqual({ records: [{ a: 1 }], total: 1 });
	});
	test('no list at all: undefined', () => {
		expect(listPage({ requestId: 'r', data: { customerNo: '1' } })).toBeUndefined();
		expect(listPage('text')).toBeUndefined();
	});
});

describe('recordOf', () => {
	test('data of the answer, else the whole body', () => {
		expect(recordOf({ requestId: 'r', data: { a: 1 } })).toEqual({ a: 1 });
		expect(recordOf({ a: 1 })).toEqual({ a: 1 });
		expect(recordOf('')).toEqual({});
		expect(recordOf('ok')).toEqual({ value: 'ok' });
	});
});

describe('nestedFailure', () => {
	test('data.status FAILED (any case) with errorCode and errorMessage', () => {
		expect(
			nestedFailure({
				requestId: 'r1',
				data: { status: 'failed', errorCode: 'E', errorMessage: 'why' },
			}),
		).toEqual({
			code: 'E',
			message: 'why',
			requestId: 'r1',
		});
	});
	test('success: false, FAILURE and ERROR, at the top level too', () => {
		expect(nestedFailure({ data: { success: false, message: 'no' } })?.message).toBe('no');
		expect(nestedFailure({ status: 'ERROR', code: 'X' })?.code).toBe('X');
		expect(nestedFailure({ data: { status: 'FAILURE' } })).toEqual({
			code: '',
			message: '',
			requestId: '',
		});
	});
	test('anything else is no failure', () => {
		expect(nestedFailure({ data: { status: 'PENDING', operationId: 'o' } })).toBeUndefined();
		expect(nestedFailure({ data: { status: 'ACTIVE', success: true } })).toBeUndefined();
		expect(nestedFailure(undefined)).toBeUndefined();
	});
});

describe('operations', () => {
	test('state by status: COMPLETED, SUCCEEDED, SUCCESS done; FAILED, FAILURE, ERROR failed; anything else running', () => {
		expect(
			['COMPLETED', 'succeeded', 'Success'].map((status) => operationState({ status })),
		).toEqual(['completed', 'completed', 'completed']);
		expect(['FAILED', 'failure', 'ERROR'].map((status) => operationState({ status }))).toEqual([
			'failed',
			'failed',
			'failed',
		]);
		expect(
			['PENDING', 'IN_PROGRESS', undefined].map((status) => operationState({ status })),
		).toEqual(['running', 'running', 'running']);
	});
	test('operation ID and error', () => {
		expect(operationIdOf({ operationId: ' o-1 ' })).toBe('o-1');
		expect(operationIdOf({ operationId: '' })).toBeUndefined();
		expect(operationError({ error: { code: 'C', message: 'M' } })).toEqual({
			code: 'C',
			message: 'M',
		});
		expect(operationError({ errorCode: 'C2', errorMessage: 'M2' })).toEqual({
			code: 'C2',
			message: 'M2',
		});
	});
});
