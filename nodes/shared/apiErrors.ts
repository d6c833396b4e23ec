import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INode,
	INodeExecutionData,
	JsonObject,
} from 'n8n-workflow';

import { httpFailure, recordHttpFailure } from './httpFailure';
import { apiError, redactSecrets } from './nodeErrors';

/*
 * An error answer of an API as an n8n error an MSP can act on, vendor-neutral. Each service
 * reads its own error body (`ErrorReading`) and names its statuses in plain words
 * (`ErrorVocabulary`); the message, description and what the retry policy needs are built here.
 */

/** What a service's error body says. Texts are redacted by the service's reader. */
export interface ErrorReading {
	/** The service's own message. */
	message: string;
	/** The service's error code (e.g. NOT_FOUND). */
	code: string;
	requestId: string;
	/** Fields the service named. */
	fields: string[];
	/** Further per-item problems. */
	problems: string[];
}

export interface ErrorVocabulary {
	/** The service's name in messages and in "<service> error: CODE". */
	service: string;
	/** Plain text per status ('400', '404', '5xx', ...). */
	statusText: Record<string, string>;
	/** What to do, per status. */
	statusHint: Record<string, string>;
}

export function asObject(value: unknown): IDataObject {
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

function statusKey(status: number): string {
	return status >= 500 ? '5xx' : String(status);
}

/**
 * Builds the NodeApiError of an error answer: the message says what happened in plain words with
 * the service's text and the field it named; the description has the per-item problems, a hint
 * for the status, and "HTTP n, <service> error: CODE, request ID: ..." for support tickets. The
 * status and Retry-After are recorded for the retry policy (httpFailure.ts).
 */
export function errorFromAnswer(
	node: INode,
	vocabulary: ErrorVocabulary,
	read: (data: IDataObject) => ErrorReading,
	answer: { statusCode: number; body: unknown; headers?: IDataObject; itemIndex?: number },
) {
	const { statusCode, body } = answer;
	const data = asObject(typeof body === 'string' ? safeJson(body) : body);
	const reading = read(data);
	const key = statusKey(statusCode);
	let message =
		vocabulary.statusText[key] ?? `${vocabulary.service} answered with HTTP status ${statusCode}`;
	if (reading.message) message += `: ${reading.message}`;
	if (reading.fields.length) message += ` (field: ${reading.fields.join(', ')})`;

	const description: string[] = [];
	if (reading.problems.length) description.push(reading.problems.join('; '));
	const hint = vocabulary.statusHint[key];
	if (hint) description.push(hint);
	const refs = [`HTTP ${statusCode}`];
	if (reading.code) refs.push(`${vocabulary.service} error: ${reading.code}`);
	if (reading.requestId) refs.push(`request ID: ${reading.requestId}`);
	description.push(refs.join(', '));

	const errorBody: JsonObject = Object.keys(data).length
		? (data as JsonObject)
		: { message: typeof body === 'string' ? redactSecrets(body).slice(0, 500) : '' };
	const error = apiError(node, errorBody, {
		httpCode: String(statusCode),
		message,
		description: description.join('\n'),
		itemIndex: answer.itemIndex,
	});
	recordHttpFailure(error, httpFailure(statusCode, answer.headers));
	return error;
}

/** A service's error for an answer of status 400 or more. */
export type ErrorBuilder = (
	node: INode,
	statusCode: number,
	body: unknown,
	headers?: IDataObject,
	itemIndex?: number,
) => Error;

/** A service's error builder: `(node, statusCode, body, headers?, itemIndex?) => NodeApiError`. */
export function errorMapper(
	vocabulary: ErrorVocabulary,
	read: (data: IDataObject) => ErrorReading,
) {
	return (
		node: INode,
		statusCode: number,
		body: unknown,
		headers?: IDataObject,
		itemIndex?: number,
	) => errorFromAnswer(node, vocabulary, read, { statusCode, body, headers, itemIndex });
}

/**
 * The first postReceive of every operation of a node whose requestDefaults ignore every status
 * but 401: turns an error answer into the service's error; 2xx answers pass through untouched.
 */
export function throwOnErrorAnswer(toError: ErrorBuilder) {
	return async function (
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		if (response.statusCode >= 400) {
			throw toError(
				this.getNode(),
				response.statusCode,
				response.body,
				response.headers as IDataObject,
				this.getItemIndex(),
			);
		}
		return items;
	};
}
