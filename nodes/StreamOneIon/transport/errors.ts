import type { IDataObject } from 'n8n-workflow';

import {
	asObject,
	errorMapper,
	throwOnErrorAnswer,
	type ErrorReading,
	type ErrorVocabulary,
} from '../../shared/apiErrors';
import { redactSecrets } from '../../shared/nodeErrors';

/*
 * Ion's error answers as n8n errors an MSP can act on. Ion sends
 * `{"error": "NOT_FOUND", "message": "...", "code": 404, "details": [{"requestId": "..."}]}`,
 * sometimes with per-item `details[].errors[].detail` and a `referenceEntity` naming the field.
 */

const STATUS_TEXT: Record<string, string> = {
	'400': 'Ion rejected the request as invalid',
	'403': 'Ion refused access: the integration user lacks permission for this resource or account',
	'404': 'Ion did not find the resource: check the ID',
	'409': 'Ion reported a conflict with the current state of the resource',
	'412': 'Ion refused the request: a precondition failed',
	'429': 'Ion is rate-limiting requests: too many requests in a short time',
	'5xx': 'Ion had an internal problem and could not answer',
};

const STATUS_HINT: Record<string, string> = {
	'400': 'Check the field Ion names above and the values sent for it.',
	'403':
		'Check that the Account ID in the credential is yours and that the Ion user behind the refresh token has a role with access (any role except "User").',
	'404':
		'Check the ID. Customer IDs are numbers (for example 10054); a record from another account or a deleted record is also reported as not found.',
	'409':
		'The record may already exist or may have been changed at the same time; fetch it and try again.',
	'412': 'Ion names the field it objected to above.',
	'429':
		'The node waits and retries automatically (see Retry Settings). If this keeps happening, space requests out with the batching settings under Options or lower the schedule frequency.',
	'5xx':
		'Usually temporary. Reads are retried automatically; if it persists, check the TD SYNNEX status page or contact TD SYNNEX support with the request ID.',
};

const ION_VOCABULARY: ErrorVocabulary = {
	service: 'Ion',
	statusText: STATUS_TEXT,
	statusHint: STATUS_HINT,
};

/** Ion's message and code, and the request ID, the fields Ion named and its per-item problems from `details`. */
function readIonError(data: IDataObject): ErrorReading {
	const message = typeof data.message === 'string' ? redactSecrets(data.message) : '';
	const details = Array.isArray(data.details) ? (data.details as unknown[]) : [];
	let requestId = '';
	const fields: string[] = [];
	const problems: string[] = [];
	for (const entry of details) {
		const d = asObject(entry);
		if (!requestId && typeof d.requestId === 'string') requestId = d.requestId;
		if (typeof d.referenceEntity === 'string') fields.push(d.referenceEntity);
		if (typeof d.detail === 'string' && d.detail !== message) problems.push(d.detail);
		for (const e of Array.isArray(d.errors) ? (d.errors as unknown[]) : []) {
			const ed = asObject(e);
			if (typeof ed.detail === 'string') {
				const code = typeof ed.code === 'string' ? `${ed.code.trim()}: ` : '';
				problems.push(`${code}${redactSecrets(ed.detail)}`);
			}
		}
	}
	const code = typeof data.error === 'string' ? data.error : '';
	return { message, code, requestId, fields, problems };
}

/**
 * Turns an Ion error answer into a NodeApiError (see nodes/shared/apiErrors.ts): Ion's text and
 * the field it named, its per-item problems, a hint, and "HTTP n, Ion error: CODE, request ID: ...".
 */
export const ionApiError = errorMapper(ION_VOCABULARY, readIonError);

/**
 * First postReceive of every operation (set on the Resource selector). With
 * `ignoreHttpStatusErrors: { ignore: true, except: [401] }` n8n hands every non-401 error
 * answer to us; this turns it into an ionApiError. 2xx answers pass through untouched.
 */
export const throwIonError = throwOnErrorAnswer(ionApiError);
