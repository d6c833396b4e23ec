import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INode,
	INodeExecutionData,
	JsonObject,
} from 'n8n-workflow';

import { httpFailure, recordHttpFailure } from '../../shared/httpFailure';
import { apiError, redactSecrets } from '../../shared/nodeErrors';

/*
 * Ion's error answers as n8n errors an MSP can act on. Ion sends
 * `{"error": "NOT_FOUND", "message": "...", "code": 404, "details": [{"requestId": "..."}]}`,
 * sometimes with per-item `details[].errors[].detail` and a `referenceEntity` naming the field.
 */

function asObject(value: unknown): IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value)
		? (value as IDataObject)
		: {};
}

function safeJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return { message: text.slice(0, 500) };
	}
}

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

function statusKey(status: number): string {
	return status >= 500 ? '5xx' : String(status);
}

/** The request ID, the fields Ion named, and its per-item problems, from `details`. */
function readDetails(details: unknown[], ionMessage: string) {
	let requestId = '';
	const fields: string[] = [];
	const problems: string[] = [];
	for (const entry of details) {
		const d = asObject(entry);
		if (!requestId && typeof d.requestId === 'string') requestId = d.requestId;
		if (typeof d.referenceEntity === 'string') fields.push(d.referenceEntity);
		if (typeof d.detail === 'string' && d.detail !== ionMessage) problems.push(d.detail);
		for (const e of Array.isArray(d.errors) ? (d.errors as unknown[]) : []) {
			const ed = asObject(e);
			if (typeof ed.detail === 'string') {
				const code = typeof ed.code === 'string' ? `${ed.code.trim()}: ` : '';
				problems.push(`${code}${redactSecrets(ed.detail)}`);
			}
		}
	}
	return { requestId, fields, problems };
}

/**
 * Turns an Ion error answer into a NodeApiError. The message says what happened in plain words
 * with Ion's text and the field Ion named; the description has Ion's per-item problems, a hint
 * for the status, and "HTTP n, Ion error: CODE, request ID: ..." for support tickets. The status
 * and Retry-After are recorded for the retry policy (shared/httpFailure.ts).
 */
export function ionApiError(
	node: INode,
	statusCode: number,
	body: unknown,
	headers?: IDataObject,
	itemIndex?: number,
) {
	const data = asObject(typeof body === 'string' ? safeJson(body) : body);
	const ionMessage = typeof data.message === 'string' ? redactSecrets(data.message) : '';
	const ionCode = typeof data.error === 'string' ? data.error : '';
	const { requestId, fields, problems } = readDetails(
		Array.isArray(data.details) ? (data.details as unknown[]) : [],
		ionMessage,
	);
	let message = STATUS_TEXT[statusKey(statusCode)] ?? `Ion answered with HTTP status ${statusCode}`;
	if (ionMessage) message += `: ${ionMessage}`;
	if (fields.length) message += ` (field: ${fields.join(', ')})`;

	const description: string[] = [];
	if (problems.length) description.push(problems.join('; '));
	const hint = STATUS_HINT[statusKey(statusCode)];
	if (hint) description.push(hint);
	const refs = [`HTTP ${statusCode}`];
	if (ionCode) refs.push(`Ion error: ${ionCode}`);
	if (requestId) refs.push(`request ID: ${requestId}`);
	description.push(refs.join(', '));

	const errorBody: JsonObject = Object.keys(data).length
		? (data as JsonObject)
		: { message: typeof body === 'string' ? redactSecrets(body).slice(0, 500) : '' };
	const error = apiError(node, errorBody, {
		httpCode: String(statusCode),
		message,
		description: description.join('\n'),
		itemIndex,
	});
	recordHttpFailure(error, httpFailure(statusCode, headers));
	return error;
}

/**
 * First postReceive of every operation (set on the Resource selector). With
 * `ignoreHttpStatusErrors: { ignore: true, except: [401] }` n8n hands every non-401 error
 * answer to us; this turns it into an ionApiError. 2xx answers pass through untouched.
 */
export async function throwIonError(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	if (response.statusCode >= 400) {
		throw ionApiError(
			this.getNode(),
			response.statusCode,
			response.body,
			response.headers as IDataObject,
			this.getItemIndex(),
		);
	}
	return items;
}
