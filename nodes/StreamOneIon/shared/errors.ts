import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IN8nHttpFullResponse,
	type INode,
	type INodeExecutionData,
	type JsonObject,
} from 'n8n-workflow';

/**
 * Facts about a failed Ion response that the retry policy needs but that must not be shown
 * to the user. Kept in a WeakMap so they never end up in the error's JSON.
 */
export interface IonErrorInfo {
	status: number;
	/** Milliseconds Ion asked us to wait (Retry-After), when it said so. */
	retryAfterMs?: number;
}

const errorInfo = new WeakMap<object, IonErrorInfo>();

export function getIonErrorInfo(error: unknown): IonErrorInfo | undefined {
	if (error === null || typeof error !== 'object') return undefined;
	return errorInfo.get(error);
}

/** `Retry-After` is either a number of seconds or an HTTP date. */
export function parseRetryAfter(value: unknown, now = Date.now()): number | undefined {
	if (Array.isArray(value)) value = value[0];
	if (typeof value === 'number') return value >= 0 ? value * 1000 : undefined;
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	const text = value.trim();
	if (/^\d+(\.\d+)?$/.test(text)) return Math.round(parseFloat(text) * 1000);
	const date = Date.parse(text);
	if (Number.isNaN(date)) return undefined;
	return Math.max(0, date - now);
}

function headerValue(headers: IDataObject | undefined, name: string): unknown {
	if (!headers) return undefined;
	const wanted = name.toLowerCase();
	for (const key of Object.keys(headers)) {
		if (key.toLowerCase() === wanted) return headers[key];
	}
	return undefined;
}

function asObject(value: unknown): IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value)
		? (value as IDataObject)
		: {};
}

/** Strings that look like credentials never reach an error message. */
export function redactSecrets(text: string): string {
	return text
		.replace(/(bearer\s+)[A-Za-z0-9._~+/=-]+/gi, '$1[redacted]')
		.replace(
			/((?:access|refresh)[_ ]?token["']?\s*[:=]\s*["']?)[A-Za-z0-9._~+/=-]+/gi,
			'$1[redacted]',
		);
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

function statusText(status: number): string {
	if (status >= 500) return STATUS_TEXT['5xx'];
	return STATUS_TEXT[String(status)] ?? `Ion answered with HTTP status ${status}`;
}

const STATUS_HINT: Record<string, string> = {
	'400': 'Check the field Ion names above and the values sent for it.',
	'403':
		'Check that the Account ID in the credential is yours and that the Ion user behind the refresh token has a role with access (any role except "User").',
	'404':
		'Check the ID. Customer IDs are numbers (for example 10054); a record from another account or a deleted record is also reported as not found.',
	'409': 'The record may already exist or may have been changed at the same time; fetch it and try again.',
	'412': 'Ion names the field it objected to above.',
	'429':
		'The node waits and retries automatically (see Retry Settings). If this keeps happening, space requests out with the batching settings under Options or lower the schedule frequency.',
	'5xx':
		'Usually temporary. Reads are retried automatically; if it persists, check the TD SYNNEX status page or contact TD SYNNEX support with the request ID.',
};

/**
 * Turns an Ion error body into a NodeApiError with a message an MSP can act on.
 * The message names Ion's text (and the field Ion named, if any); the description carries
 * Ion's error code, the request ID for support tickets, and a hint per status.
 */
export function ionApiError(
	node: INode,
	statusCode: number,
	body: unknown,
	headers?: IDataObject,
	itemIndex?: number,
): NodeApiError {
	const data = asObject(typeof body === 'string' ? safeJson(body) : body);
	const ionMessage = typeof data.message === 'string' ? redactSecrets(data.message) : '';
	const ionCode = typeof data.error === 'string' ? data.error : '';
	const details = Array.isArray(data.details) ? (data.details as unknown[]) : [];
	let requestId = '';
	const fields: string[] = [];
	const problems: string[] = [];
	for (const entry of details) {
		const d = asObject(entry);
		if (!requestId && typeof d.requestId === 'string') requestId = d.requestId;
		if (typeof d.referenceEntity === 'string') fields.push(d.referenceEntity);
		if (typeof d.detail === 'string' && d.detail !== ionMessage) problems.push(d.detail);
		if (Array.isArray(d.errors)) {
			for (const e of d.errors as unknown[]) {
				const ed = asObject(e);
				if (typeof ed.detail === 'string') {
					problems.push(
						`${typeof ed.code === 'string' ? `${ed.code.trim()}: ` : ''}${redactSecrets(ed.detail)}`,
					);
				}
			}
		}
	}
	const status = String(statusCode);
	let message = statusText(statusCode);
	if (ionMessage) message += `: ${ionMessage}`;
	if (fields.length) message += ` (field: ${fields.join(', ')})`;

	const descriptionParts: string[] = [];
	if (problems.length) descriptionParts.push(problems.join('; '));
	const hint = STATUS_HINT[statusCode >= 500 ? '5xx' : status];
	if (hint) descriptionParts.push(hint);
	const refs: string[] = [`HTTP ${status}`];
	if (ionCode) refs.push(`Ion error: ${ionCode}`);
	if (requestId) refs.push(`request ID: ${requestId}`);
	descriptionParts.push(refs.join(', '));

	const errorBody: JsonObject = Object.keys(data).length
		? (data as JsonObject)
		: { message: typeof body === 'string' ? redactSecrets(body).slice(0, 500) : '' };
	const error = new NodeApiError(node, errorBody, {
		httpCode: status,
		message,
		description: descriptionParts.join('\n'),
		itemIndex,
	});
	// keep our text even when Ion's message mentions ECONNRESET & co. (NodeApiError would swap it)
	error.message = message;
	const info: IonErrorInfo = { status: statusCode };
	if (statusCode === 429 || statusCode === 503) {
		const retryAfter = parseRetryAfter(headerValue(headers, 'retry-after'));
		if (retryAfter !== undefined) info.retryAfterMs = retryAfter;
	}
	errorInfo.set(error, info);
	return error;
}

function safeJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return { message: text.slice(0, 500) };
	}
}

/**
 * First postReceive of every operation (set on the Resource property). With
 * `ignoreHttpStatusErrors: { ignore: true, except: [401] }` n8n hands every non-401 error
 * response to us; this turns it into a NodeApiError. 2xx responses pass through untouched.
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

/** The error as an n8n node error: NodeApiError / NodeOperationError as they are, others wrapped. */
export function asNodeError(node: INode, error: unknown): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	if (error instanceof Error) return new NodeApiError(node, error as unknown as JsonObject);
	return new NodeApiError(node, { message: String(error) });
}
