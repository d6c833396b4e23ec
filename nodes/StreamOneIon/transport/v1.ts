import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	JsonObject,
} from 'n8n-workflow';

import {
	ION_V1_PREFIX,
	ionBasicAuthorization,
	ionV1BaseUrl,
} from '../../../credentials/ionApiKeys';
import { ION_CREDENTIAL_TYPE } from '../../../credentials/ionConstants';
import { httpFailure, recordHttpFailure } from '../../shared/httpFailure';
import { apiError, fail, redactSecrets, scopeOf } from '../../shared/nodeErrors';
import { withRetry } from '../../shared/retry';
import { text } from '../../shared/validation';

/*
 * Ion's v1 billing API (invoices; notes api-beyond-the-spec §3): `https://<host>/api/v1/...` with
 * `Authorization: Basic base64(apiKey:apiSecret)` from the credential's API Key and API Secret.
 *
 * These requests are sent here with `helpers.httpRequest` and that header, on purpose not with
 * `httpRequestWithAuthentication`: that would run the credential's preAuthentication (spending a
 * refresh token v1 does not need, and again after every v1 401) and put the v3 Bearer header on.
 * Same retry policy as v3 (only GETs here, so reads are retried); the key and secret never appear
 * in an error.
 */

/** The service's name in messages. */
const ION = 'Ion';

const KEYS_HINT =
	'In Ion open the menu > Account Information > Generate New API Keys, then enter both in the StreamOne Ion credential (API Key, API Secret).';

export interface V1Access {
	baseUrl: string;
	authorization: string;
	/** Removed from any text that reaches an error. */
	secrets: string[];
}

/** The credential's v1 access, or an error that says what is missing (before any request). */
export async function v1Access(ctx: IExecuteSingleFunctions): Promise<V1Access> {
	const credentials = await ctx.getCredentials(ION_CREDENTIAL_TYPE);
	const apiKey = text(credentials.apiKey);
	const apiSecret = text(credentials.apiSecret);
	const missing = [apiKey ? '' : 'API Key', apiSecret ? '' : 'API Secret'].filter(Boolean);
	if (missing.length) {
		fail(
			scopeOf(ctx),
			`The StreamOne Ion credential has no ${missing.join(' and ')}: invoices need them`,
			`Invoices come from Ion's v1 billing API, which takes an API key and secret instead of the refresh token. ${KEYS_HINT}`,
		);
	}
	const baseUrl = ionV1BaseUrl(credentials.baseUrl);
	if (!baseUrl) {
		fail(
			scopeOf(ctx),
			'The Base URL of the StreamOne Ion credential must start with https://',
			'Plain http is only allowed for localhost (a local emulator); the API key and secret are not sent anywhere else.',
		);
	}
	return {
		baseUrl,
		authorization: ionBasicAuthorization(apiKey, apiSecret),
		secrets: [apiKey, apiSecret],
	};
}

function scrub(value: string, secrets: string[]): string {
	let out = value;
	for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join('***');
	return redactSecrets(out).replace(/(basic\s+)[A-Za-z0-9+/=]+/gi, '$1[redacted]');
}

const STATUS_TEXT: Record<string, [string, string]> = {
	'400': ['Ion rejected the request as invalid', 'Check the filters and the sort field.'],
	'401': ['Ion refused the API Key and API Secret', KEYS_HINT],
	'403': ['Ion refused the API Key and API Secret', KEYS_HINT],
	'404': [
		'Ion did not find the invoice: check the ID',
		'Invoice IDs are the "id" field of Invoice > Get Many.',
	],
	'429': [
		'Ion is rate-limiting requests',
		'The node waits and retries automatically (see Retry Settings).',
	],
	'5xx': [
		'Ion had an internal problem and could not answer',
		'Usually temporary; reads are retried automatically.',
	],
};

/** An error answer of the v1 API as a NodeApiError; status and Retry-After kept for the retry policy. */
function v1ApiError(
	ctx: IExecuteSingleFunctions,
	response: IN8nHttpFullResponse,
	access: V1Access,
	what: string,
) {
	const status = response.statusCode;
	let body = response.body as unknown;
	if (typeof body === 'string') {
		const raw = body;
		try {
			body = JSON.parse(raw);
		} catch {
			body = { message: raw.slice(0, 300) };
		}
	}
	const data = (body !== null && typeof body === 'object' ? body : {}) as IDataObject;
	const nested = (
		data.error !== null && typeof data.error === 'object' ? data.error : {}
	) as IDataObject;
	const ionText = scrub(
		text(nested.message) ||
			text(data.message) ||
			(typeof data.error === 'string' ? data.error : ''),
		access.secrets,
	);
	const [plain, hint] = STATUS_TEXT[status >= 500 ? '5xx' : String(status)] ?? [
		`Ion answered with HTTP status ${status}`,
		'',
	];
	const message = `${plain}${ionText ? `: ${ionText}` : ''} (${what})`;
	const error = apiError(ctx.getNode(), { message } as JsonObject, {
		message,
		description: [hint, `HTTP ${status}, Ion v1 billing API`].filter(Boolean).join('\n'),
		httpCode: String(status),
		itemIndex: ctx.getItemIndex(),
	});
	recordHttpFailure(error, httpFailure(status, response.headers as IDataObject));
	return error;
}

/** A failure before any answer, without the request (and so without its Authorization header). */
function networkError(error: unknown): Error {
	const code = text((error as { code?: unknown } | undefined)?.code);
	const clean = new Error(`Ion could not be reached${code ? ` (${code})` : ''}`);
	if (code) (clean as Error & { code?: string }).code = code;
	return clean;
}

/** GET a v1 path (e.g. `/invoices/myinvoices`) with the retry policy; returns the body. */
export async function v1Get(
	ctx: IExecuteSingleFunctions,
	access: V1Access,
	path: string,
	qs: IDataObject = {},
): Promise<IDataObject> {
	const url = `${access.baseUrl}${ION_V1_PREFIX}${path}`;
	const send = async () => {
		let response: IN8nHttpFullResponse;
		try {
			response = (await ctx.helpers.httpRequest({
				method: 'GET',
				url,
				qs,
				headers: { Accept: 'application/json', Authorization: access.authorization },
				json: true,
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
			})) as IN8nHttpFullResponse;
		} catch (error) {
			throw networkError(error);
		}
		if (response.statusCode >= 400)
			throw v1ApiError(ctx, response, access, `GET ${ION_V1_PREFIX}${path}`);
		const body = response.body;
		return body !== null && typeof body === 'object' ? (body as IDataObject) : {};
	};
	return await withRetry(
		ctx,
		{ method: 'GET', url: `${ION_V1_PREFIX}${path}`, service: ION },
		{},
		send,
	);
}

export interface DownloadedFile {
	data: Buffer;
	fileName: string;
	mimeType?: string;
}

/**
 * Downloads a file Ion links to (a detailed invoice file), without credentials, as TD SYNNEX's
 * SDK does (the links are signed). Only https (http for localhost). Messages never show the
 * link's query, which holds its signature.
 */
export async function downloadLinkedFile(
	ctx: IExecuteSingleFunctions,
	link: string,
	label: string,
): Promise<DownloadedFile> {
	let url: URL;
	try {
		url = new URL(link);
	} catch {
		fail(scopeOf(ctx), `${label}: Ion's link is not a valid URL`);
	}
	if (!ionV1BaseUrl(url.origin)) {
		fail(
			scopeOf(ctx),
			`${label}: Ion's link does not use https (${url.origin}); it was not downloaded`,
		);
	}
	const name = decodeURIComponent(url.pathname.split('/').pop() ?? '');
	const send = async () => {
		let response: IN8nHttpFullResponse;
		try {
			response = (await ctx.helpers.httpRequest({
				method: 'GET',
				url: link,
				encoding: 'arraybuffer',
				json: false,
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
			})) as IN8nHttpFullResponse;
		} catch (error) {
			throw networkError(error);
		}
		if (response.statusCode >= 400) {
			const message = `Could not download ${label} (${name || 'no name'}): HTTP ${response.statusCode}`;
			const error = apiError(
				ctx.getNode(),
				{ message },
				{
					message,
					description: 'The link may have expired: run the operation again to get fresh links.',
					httpCode: String(response.statusCode),
					itemIndex: ctx.getItemIndex(),
				},
			);
			recordHttpFailure(error, httpFailure(response.statusCode, response.headers as IDataObject));
			throw error;
		}
		return response;
	};
	const response = await withRetry(
		ctx,
		{ method: 'GET', url: url.pathname, service: ION },
		{},
		send,
	);
	const type = text((response.headers as IDataObject)?.['content-type']).split(';')[0];
	return {
		data: Buffer.from(response.body as ArrayBuffer),
		fileName: name,
		mimeType: type || undefined,
	};
}
