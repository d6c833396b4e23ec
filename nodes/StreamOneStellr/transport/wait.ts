import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { apiError, asNodeError } from '../../shared/nodeErrors';
import { waitUnlessCancelled } from '../../shared/retry';
import {
	OPERATION_PATH,
	operationError,
	operationIdOf,
	operationState,
	recordOf,
} from '../shared/guesses';
import { STELLR } from './errors';
import { stellrApiRequest } from './request';

/*
 * Wait for Completion: a write that answers an operation (G9) is followed by bounded polling of
 * Get Subscription Operation. The write itself is never sent again, however polling goes: the
 * loop starts only after the write's 2xx answer, and the polls are GETs under the retry policy.
 */

/** Polling more often than this is refused by the editor and raised to it here. */
const MIN_POLL_INTERVAL_MS = 1_000;

export interface WaitSettings {
	wait: boolean;
	intervalMs: number;
	maxWaitMs: number;
}

function seconds(value: unknown, fallback: number): number {
	const n = Number(value);
	return Number.isFinite(n) && n >= 0 ? n : fallback;
}

/** Wait for Completion and its options (parameters `waitForCompletion`, `waitOptions`). */
export function readWaitSettings(ctx: IExecuteSingleFunctions): WaitSettings {
	const options = ctx.getNodeParameter('waitOptions', {}) as IDataObject;
	return {
		wait: ctx.getNodeParameter('waitForCompletion', false) as boolean,
		intervalMs: Math.max(MIN_POLL_INTERVAL_MS, seconds(options.pollIntervalSeconds, 5) * 1000),
		maxWaitMs: seconds(options.maxWaitSeconds, 120) * 1000,
	};
}

function operationUrl(operationId: string): string {
	return OPERATION_PATH.replace('{operationId}', encodeURIComponent(operationId));
}

function checkLater(operationId: string): string {
	return `Do not send the change again: check its progress with Operation > Get and operation ID ${operationId}.`;
}

/** Reads the operation; a failure says that the write was accepted and how to check it. */
async function poll(
	ctx: IExecuteSingleFunctions,
	operationId: string,
	what: string,
): Promise<IDataObject> {
	try {
		return recordOf(await stellrApiRequest.call(ctx, 'GET', operationUrl(operationId)));
	} catch (error) {
		const cause = asNodeError(ctx.getNode(), error);
		const message = `${STELLR} accepted the ${what} (operation ${operationId}), but its progress could not be read: ${cause.message}`;
		throw apiError(
			ctx.getNode(),
			{ message, operationId },
			{
				message,
				description: [checkLater(operationId), cause.description ?? ''].filter(Boolean).join('\n'),
				itemIndex: ctx.getItemIndex(),
			},
		);
	}
}

function failedError(ctx: IExecuteSingleFunctions, operation: IDataObject, what: string) {
	const { code, message: reason } = operationError(operation);
	const id = operationIdOf(operation) ?? '';
	const message = `${STELLR} could not complete the ${what}: ${[code, reason].filter(Boolean).join(': ') || 'no reason given'}`;
	return apiError(
		ctx.getNode(),
		{ message, operationId: id, code },
		{
			message,
			description: `Operation ${id} ended with status ${String(operation.status)}: the change was not made. Fix the cause before sending it again.`,
			itemIndex: ctx.getItemIndex(),
		},
	);
}

/**
 * The outcome of a write (or of an operation read by Operation > Get, `alreadyRead`) under Wait
 * for Completion: without waiting, or without an operation ID, the record as it is; COMPLETED,
 * the operation; FAILED, an error; still running after Max Wait, the operation with
 * `waitTimedOut: true` (not an error: the change was accepted and may still complete, and an
 * error would invite a re-run that changes twice). A write's operation is read at once, then
 * every Poll Interval.
 */
export async function completeOperation(
	ctx: IExecuteSingleFunctions,
	record: IDataObject,
	what: string,
	alreadyRead = false,
): Promise<IDataObject> {
	const settings = readWaitSettings(ctx);
	const operationId = operationIdOf(record);
	if (!settings.wait || operationId === undefined) return record;
	const deadline = Date.now() + settings.maxWaitMs;
	let operation = record;
	if (!alreadyRead && operationState(operation) === 'running') {
		operation = await poll(ctx, operationId, what);
	}
	for (;;) {
		const state = operationState(operation);
		if (state === 'completed') return operation;
		if (state === 'failed') throw failedError(ctx, operation, what);
		const left = deadline - Date.now();
		if (left <= 0) return { ...operation, waitTimedOut: true };
		if (!(await waitUnlessCancelled(ctx, Math.min(settings.intervalMs, left)))) {
			const message = `The execution was cancelled while waiting for the ${what} (operation ${operationId})`;
			throw apiError(ctx.getNode(), { message }, { message, description: checkLater(operationId) });
		}
		operation = await poll(ctx, operationId, what);
	}
}
