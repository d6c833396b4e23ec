import { NodeApiError, type IDataObject, type INode } from 'n8n-workflow';

import {
	asObject,
	errorMapper,
	throwOnErrorAnswer,
	type ErrorReading,
	type ErrorVocabulary,
} from '../../shared/apiErrors';
import { apiError, redactSecrets } from '../../shared/nodeErrors';
import type { StellrRefusal } from '../shared/guesses';

/*
 * StreamOne Stellr's error answers as n8n errors. The body is a guess (G7 in
 * emulator/stellr/README.md): `{requestId, code, message, errors?: [{field, message}]}`. Another
 * shape still gives the status in plain words and Stellr's text, only without the field.
 */

export const STELLR = 'StreamOne Stellr';

const STATUS_TEXT: Record<string, string> = {
	'400': 'StreamOne Stellr rejected the request as invalid',
	'401':
		'StreamOne Stellr refused the access token: check Region and Environment against the client credentials',
	'403': 'StreamOne Stellr refused access: the client credentials lack permission for this',
	'404': 'StreamOne Stellr did not find the resource: check the ID',
	'405': 'StreamOne Stellr does not offer this method on this path',
	'409': 'The subscription is not in a state that allows this',
	'429': 'StreamOne Stellr is rate-limiting requests: too many requests in a short time',
	'5xx': 'StreamOne Stellr had an internal problem and could not answer',
};

const STATUS_HINT: Record<string, string> = {
	'400': 'Check the field StreamOne Stellr names above and the value sent for it.',
	'401':
		'The credential fetched a new token and StreamOne Stellr refused that one too. Sandbox and production have separate client credentials: check Environment and Region in the credential.',
	'403':
		'Ask TD SYNNEX to grant the API permission for this action to your client credentials (Developer Portal > My Account), or check that the vendor is authorized for your account.',
	'404':
		'Check the ID: pick the record from the list or copy its ID from a Get Many output. A record of another reseller is also reported as not found.',
	'409':
		'Get the record to see its current status (Subscription > Get), then choose the action that fits it.',
	'429':
		'The node waits and retries automatically (see Retry Settings). If this keeps happening, space requests out with the batching settings under Options.',
	'5xx':
		'Usually temporary. Reads are retried automatically; if it persists, contact TD SYNNEX support with the request ID.',
};

const STELLR_VOCABULARY: ErrorVocabulary = {
	service: STELLR,
	statusText: STATUS_TEXT,
	statusHint: STATUS_HINT,
};

function readStellrError(data: IDataObject): ErrorReading {
	const text = (v: unknown) => (typeof v === 'string' ? redactSecrets(v.trim()) : '');
	const fields: string[] = [];
	const problems: string[] = [];
	for (const entry of Array.isArray(data.errors) ? (data.errors as unknown[]) : []) {
		const e = asObject(entry);
		if (text(e.field)) fields.push(text(e.field));
		if (text(e.message))
			problems.push(`${text(e.field) ? `${text(e.field)}: ` : ''}${text(e.message)}`);
	}
	const code = text(data.code) || text(data.error);
	return {
		message: text(data.message) || text(data.error_description),
		code,
		requestId: text(data.requestId),
		fields,
		problems,
	};
}

/** A StreamOne Stellr error answer as a NodeApiError (nodes/shared/apiErrors.ts). */
export const stellrApiError = errorMapper(STELLR_VOCABULARY, readStellrError);

/** First postReceive of every operation (on the Resource selector): error answers to errors. */
export const throwStellrError = throwOnErrorAnswer(stellrApiError);

/**
 * A 401 that survived the credential's one renewal reaches the node as n8n's own error; this
 * says what to check instead. Any other error is returned as it is.
 */
export function explainRefusedToken(node: INode, error: unknown, itemIndex?: number): unknown {
	if (!(error instanceof NodeApiError) || String(error.httpCode) !== '401') return error;
	return stellrApiError(node, 401, {}, undefined, itemIndex);
}

/**
 * An HTTP 200 whose data says the change was refused (G8). For a write that changes what is
 * billed, the message says that nothing was changed: a refusal is an answer, not an unknown
 * outcome, so there is nothing to check before fixing the cause.
 */
export function refusedError(
	node: INode,
	refusal: StellrRefusal,
	what: string,
	money: boolean,
	itemIndex?: number,
) {
	const reason = redactSecrets(refusal.message) || 'no reason given';
	const message = `${STELLR} refused the ${what}: ${reason}`;
	const refs = ['HTTP 200 with a failure inside'];
	if (refusal.code) refs.push(`${STELLR} error: ${refusal.code}`);
	if (refusal.requestId) refs.push(`request ID: ${refusal.requestId}`);
	const description = [
		money
			? `Nothing was changed: ${STELLR} answered and refused. Fix the cause before sending it again.`
			: `${STELLR} answered and refused; nothing was resent.`,
		refs.join(', '),
	].join('\n');
	return apiError(
		node,
		{ message, code: refusal.code, requestId: refusal.requestId },
		{ message, description, httpCode: '200', itemIndex },
	);
}
