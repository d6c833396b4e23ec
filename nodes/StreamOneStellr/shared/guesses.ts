import type { IDataObject } from 'n8n-workflow';

import { objectsIn, totalOf, type NumberedPage } from '../../shared/paging';

/*
 * What the node assumes about StreamOne Stellr beyond the public sources, in one place. Stellr
 * publishes no API description; each value below is a documented guess (README, "documented
 * guesses"; emulator/stellr/README.md G1-G14), so a correction is one edit here.
 * (The token URL and hosts are the credential's: credentials/stellrConstants.ts.)
 */

// ---- Lists (G5, G6) ---------------------------------------------------------------------------

/** Query parameters of a list page: the page number (from 1) and its size. */
export const PAGE_NO = 'pageNo';
export const PAGE_SIZE = 'pageSize';

/** Largest page Stellr serves (a third-party connector's notes). */
export const MAX_PAGE_SIZE = 200;

function objectOf(value: unknown): IDataObject | undefined {
	return value !== null && typeof value === 'object' && !Array.isArray(value)
		? (value as IDataObject)
		: undefined;
}

/**
 * One list page: `{requestId, data: {total, records}}`. Also accepted: `data` as an array, a
 * bare array, or `{total, records}` without `data`. Undefined when the body is no list at all.
 */
export function listPage(body: unknown): NumberedPage | undefined {
	if (Array.isArray(body)) return { records: objectsIn(body) };
	const outer = objectOf(body);
	if (!outer) return undefined;
	if (Array.isArray(outer.data)) return { records: objectsIn(outer.data) };
	const inner = objectOf(outer.data) ?? outer;
	if (!Array.isArray(inner.records)) return undefined;
	return { records: objectsIn(inner.records), total: totalOf(inner.total) };
}

/** A single record or a write's answer: `data` of `{requestId, data}`, else the whole body. */
export function recordOf(body: unknown): IDataObject {
	const outer = objectOf(body);
	if (!outer)
		return body === undefined || body === null || body === '' ? {} : { value: body as string };
	return objectOf(outer.data) ?? outer;
}

// ---- A 200 that carries a failure (G8) --------------------------------------------------------

export interface StellrRefusal {
	code: string;
	message: string;
	requestId: string;
}

const FAILED = ['FAILED', 'FAILURE', 'ERROR'];

function failedFlag(record: IDataObject): boolean {
	const status = typeof record.status === 'string' ? record.status.trim().toUpperCase() : '';
	return FAILED.includes(status) || record.success === false;
}

function firstText(record: IDataObject, keys: string[]): string {
	for (const key of keys) {
		const value = record[key];
		if (typeof value === 'string' && value.trim() !== '') return value.trim();
	}
	return '';
}

/**
 * The refusal inside a write's 2xx answer, or undefined: `data.status` FAILED, FAILURE or ERROR
 * (any case), or `data.success === false`, or the same at the top level. The reason is read
 * from `errorMessage` (or `message`), the code from `errorCode` (or `code`). Writes only: an
 * operation read with Operation > Get may itself be FAILED, which is data, not a refusal.
 */
export function nestedFailure(body: unknown): StellrRefusal | undefined {
	const outer = objectOf(body);
	if (!outer) return undefined;
	const inner = objectOf(outer.data);
	const failed = inner && failedFlag(inner) ? inner : failedFlag(outer) ? outer : undefined;
	if (!failed) return undefined;
	return {
		code: firstText(failed, ['errorCode', 'code']),
		message: firstText(failed, ['errorMessage', 'message', 'error']),
		requestId: firstText(outer, ['requestId']),
	};
}

// ---- Operations of async writes (G9) ----------------------------------------------------------

/** Where an operation is read. */
export const OPERATION_PATH = '/api/v1/subscriptions/operations/{operationId}';

/** The operation ID of a write's answer (undefined: the write answered without one). */
export function operationIdOf(record: IDataObject): string | undefined {
	const id = record.operationId;
	return typeof id === 'string' && id.trim() !== '' ? id.trim() : undefined;
}

export type OperationState = 'completed' | 'failed' | 'running';

const COMPLETED = ['COMPLETED', 'SUCCEEDED', 'SUCCESS'];

/** Finished, failed, or anything else: still running. */
export function operationState(record: IDataObject): OperationState {
	const status = typeof record.status === 'string' ? record.status.trim().toUpperCase() : '';
	if (COMPLETED.includes(status)) return 'completed';
	if (FAILED.includes(status)) return 'failed';
	return 'running';
}

/** Why a FAILED operation failed: `error: {code, message}`. */
export function operationError(record: IDataObject): { code: string; message: string } {
	const error = objectOf(record.error) ?? {};
	return {
		code: firstText(error, ['code']) || firstText(record, ['errorCode']),
		message: firstText(error, ['message']) || firstText(record, ['errorMessage']),
	};
}
