import {
	NodeApiError,
	sleep,
	type DeclarativeRestApiSettings,
	type IDataObject,
	type IExecuteFunctions,
	type IExecutePaginationFunctions,
	type IExecuteSingleFunctions,
	type IHttpRequestMethods,
	type IHttpRequestOptions,
	type ILoadOptionsFunctions,
	type IN8nHttpFullResponse,
	type INodeExecutionData,
	type JsonObject,
} from 'n8n-workflow';

import { isIonTokenRefusedError } from '../../../credentials/ionTokenExchange';

import { asNodeError, getIonErrorInfo, ionApiError, redactSecrets } from './errors';
import { takeDeferredError } from './validation';

/** Largest page we ask Ion for (pageSize / pagination.limit). Ion may return fewer. */
export const MAX_PAGE_SIZE = 100;

export const CREDENTIAL_TYPE = 'streamOneIonApi';

/* ------------------------------------------------------------------------------------------ */
/* Retry policy                                                                               */
/* ------------------------------------------------------------------------------------------ */

export interface IonRetrySettings {
	/** Retry automatically at all. */
	enabled: boolean;
	/** Attempts in total, the first one included. */
	maxAttempts: number;
	/** Total time the node may spend waiting between attempts of one request. */
	maxWaitMs: number;
	/** First backoff delay for 5xx / dropped connections; doubles per attempt, with jitter. */
	baseDelayMs: number;
}

export const DEFAULT_RETRY_SETTINGS: IonRetrySettings = {
	enabled: true,
	maxAttempts: 5,
	maxWaitMs: 300_000,
	baseDelayMs: 1_000,
};

/** Waits are split into slices of this length to notice a cancelled execution. */
const WAIT_SLICE_MS = 500;

/**
 * Resends after a refused refresh token, and the wait before each: long enough for the n8n
 * process that won the exchange to save its tokens, jittered so the waiting requests do not come
 * back at once. Resend n waits n * min + up to (max - min): 1-3 s, then 2-4 s (7 s at most).
 * One resend was not enough on a loaded machine: test:queue saw 3 of 630 executions re-read the
 * credential before the winner's save had landed.
 */
export const TOKEN_REFUSED_WAIT_MS = { min: 1_000, max: 3_000, resends: 2 };

/** Largest single backoff delay (a Retry-After from Ion is only capped by maxWaitMs). */
const MAX_BACKOFF_MS = 30_000;

/**
 * How a request may be retried when it failed in a way that leaves its outcome unknown
 * (5xx, timeout, dropped connection). 429 is always retried: Ion did not process the request.
 */
export interface IonRequestPolicy {
	/**
	 * Whether the request can safely be sent again after a 5xx or a dropped connection.
	 * Default: GET, HEAD, OPTIONS and PUT (Ion's PUTs replace the whole record) yes; POST, PATCH
	 * and DELETE no. A function gets the request's method (useful for a user-chosen method).
	 */
	idempotent?: boolean | ((method: string) => boolean);
	/** What the thing is, for messages: "order", "cancellation", "request". */
	what?: string;
	/** How the user can find out whether a non-retried request went through. */
	unknownOutcomeHint?: string;
}

export const ORDER_UNKNOWN_OUTCOME_HINT =
	'Before placing it again, check whether Ion created it: use Order > Get with the order ID if you have one, or Order > Get Many for the customer and look for your reference ID (customer PO). Only submit again if it is not there.';

const DEFAULT_UNKNOWN_OUTCOME_HINT =
	'Check in Ion (or with a Get or Get Many operation) whether the change was made before running this again.';

type AnyContext = IExecuteSingleFunctions | IExecuteFunctions | ILoadOptionsFunctions;

function numberOr(value: unknown, fallback: number): number {
	const n = typeof value === 'number' ? value : Number(value);
	return Number.isFinite(n) ? n : fallback;
}

/** Reads the node's "Retry Settings" collection (parameter `retrySettings`). */
export function getRetrySettings(ctx: AnyContext): IonRetrySettings {
	let raw: unknown;
	try {
		if ('getItemIndex' in ctx) {
			raw = ctx.getNodeParameter('retrySettings', {});
		} else if ('getCurrentNodeParameter' in ctx) {
			raw = ctx.getCurrentNodeParameter('retrySettings');
		} else {
			raw = (ctx as IExecuteFunctions).getNodeParameter('retrySettings', 0, {});
		}
	} catch {
		raw = {};
	}
	const s = (raw ?? {}) as IDataObject;
	return {
		enabled: s.enabled === undefined ? DEFAULT_RETRY_SETTINGS.enabled : s.enabled !== false,
		maxAttempts: Math.max(1, Math.floor(numberOr(s.maxAttempts, DEFAULT_RETRY_SETTINGS.maxAttempts))),
		maxWaitMs: Math.max(0, numberOr(s.maxWaitSeconds, DEFAULT_RETRY_SETTINGS.maxWaitMs / 1000) * 1000),
		baseDelayMs: Math.max(0, numberOr(s.baseDelayMs, DEFAULT_RETRY_SETTINGS.baseDelayMs)),
	};
}

type FailureKind =
	/**
	 * The credential's refresh token was refused, so the request never reached Ion with a valid
	 * token and was not processed: safe to resend for every method (issue 13).
	 */
	| 'tokenRefused'
	/** 429: Ion did not process it; safe to resend for every method. */
	| 'rateLimited'
	/** The connection was refused: nothing was sent; safe to resend for every method. */
	| 'notSent'
	/** 5xx, timeout, dropped connection: outcome unknown; resend only idempotent requests. */
	| 'transient'
	/** Anything else (4xx, 401 after refresh, bad input, cancelled execution). */
	| 'fatal';

const NOT_SENT_CODES = new Set(['ECONNREFUSED']);
const TRANSIENT_CODES = new Set([
	'ECONNRESET',
	'ETIMEDOUT',
	'ESOCKETTIMEDOUT',
	'ECONNABORTED',
	'EPIPE',
	'EAI_AGAIN',
	'ENETUNREACH',
	'ENETDOWN',
	'EHOSTUNREACH',
	'ERR_SOCKET_CONNECTION_TIMEOUT',
	'UND_ERR_SOCKET',
	'UND_ERR_CONNECT_TIMEOUT',
	'ERR_STREAM_PREMATURE_CLOSE',
]);

function errorChain(error: unknown): IDataObject[] {
	const chain: IDataObject[] = [];
	let current: unknown = error;
	for (let i = 0; i < 5 && current !== null && typeof current === 'object'; i++) {
		chain.push(current as IDataObject);
		current = (current as IDataObject).cause;
	}
	return chain;
}

function classify(error: unknown, retryAfter: { ms?: number }): FailureKind {
	if (isIonTokenRefusedError(error)) return 'tokenRefused';
	const info = getIonErrorInfo(error);
	if (info) {
		if (info.status === 429) {
			retryAfter.ms = info.retryAfterMs;
			return 'rateLimited';
		}
		if (info.status >= 500 && info.status !== 501 && info.status !== 505) {
			retryAfter.ms = info.retryAfterMs;
			return 'transient';
		}
		return 'fatal';
	}
	for (const e of errorChain(error)) {
		if (e.name === 'AbortError' || e.code === 'ERR_CANCELED') return 'fatal';
		if (typeof e.code === 'string') {
			if (NOT_SENT_CODES.has(e.code)) return 'notSent';
			if (TRANSIENT_CODES.has(e.code)) return 'transient';
		}
	}
	for (const e of errorChain(error)) {
		const message = typeof e.message === 'string' ? e.message : '';
		if (/socket hang up|timeout of \d+ms exceeded|network error|ECONNRESET|ETIMEDOUT/i.test(message)) {
			return 'transient';
		}
	}
	return 'fatal';
}

function isIdempotent(policy: IonRequestPolicy, method: string): boolean {
	if (typeof policy.idempotent === 'function') return policy.idempotent(method);
	if (typeof policy.idempotent === 'boolean') return policy.idempotent;
	return ['GET', 'HEAD', 'OPTIONS', 'PUT'].includes(method);
}

function backoffMs(settings: IonRetrySettings, retryNumber: number): number {
	const exp = Math.min(MAX_BACKOFF_MS, settings.baseDelayMs * 2 ** (retryNumber - 1));
	// full jitter on the upper half: between exp/2 and exp
	return Math.round(exp / 2 + Math.random() * (exp / 2));
}

function describeFailure(error: unknown): string {
	const info = getIonErrorInfo(error);
	if (info) return `HTTP ${info.status}`;
	for (const e of errorChain(error)) {
		if (typeof e.code === 'string' && /^E[A-Z_]+$|^ERR_|^UND_/.test(e.code)) return e.code;
	}
	const message = error instanceof Error ? error.message : String(error);
	return redactSecrets(message).slice(0, 200);
}

function itemIndexOf(ctx: AnyContext): number | undefined {
	return 'getItemIndex' in ctx ? ctx.getItemIndex() : undefined;
}

function unknownOutcomeError(
	ctx: AnyContext,
	error: unknown,
	policy: IonRequestPolicy,
	method: string,
	url: string,
): NodeApiError {
	const what = policy.what ?? 'request';
	const info = getIonErrorInfo(error);
	const failure = describeFailure(error);
	const message = `The outcome of the ${what} is unknown: Ion ${
		info ? `answered ${failure}` : `did not answer (${failure})`
	} after it was sent`;
	const description = [
		`${method} ${url} was not retried automatically, because Ion may have processed it already and sending it again could, for example, place an order twice.`,
		policy.unknownOutcomeHint ?? DEFAULT_UNKNOWN_OUTCOME_HINT,
		error instanceof NodeApiError && error.description ? `Ion's answer: ${error.description}` : '',
	]
		.filter(Boolean)
		.join('\n');
	const body: JsonObject = { message, outcome: 'unknown' };
	const result = new NodeApiError(ctx.getNode(), body, {
		message,
		description,
		httpCode: info ? String(info.status) : undefined,
		itemIndex: itemIndexOf(ctx),
	});
	// NodeApiError swaps a message that mentions ECONNRESET & co. for its generic text
	result.message = message;
	return result;
}

function exhaustedError(
	ctx: AnyContext,
	error: unknown,
	attempts: number,
	reason: string,
): unknown {
	if (error instanceof NodeApiError) {
		const note = `Gave up after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${reason}.`;
		error.description = error.description ? `${error.description}\n${note}` : note;
		return error;
	}
	const message = `Ion could not be reached: ${describeFailure(error)}`;
	const result = new NodeApiError(ctx.getNode(), { message } as JsonObject, {
		message,
		description: `Gave up after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${reason}.`,
		itemIndex: itemIndexOf(ctx),
	});
	result.message = message;
	return result;
}

/**
 * Runs one HTTP request with the retry policy:
 * - 429: waits as Retry-After says (seconds or HTTP date; backoff if absent) and resends, for every
 *   method (a rate-limited request was not processed);
 * - connection refused: resends for every method (nothing reached Ion);
 * - 5xx, timeout, dropped connection: exponential backoff with jitter, only for idempotent
 *   requests; any other request fails at once with an "outcome unknown" error that says how to
 *   check;
 * - a refused refresh token (the credential's marked error): up to 2 resends after 1-3 s and 2-4 s,
 *   for every method (the request never reached Ion with a valid token), so n8n re-reads the
 *   credential;
 * - everything else (4xx, 401 after n8n's own refresh-and-resend) fails at once.
 * Attempts and total waiting are capped by the node's Retry Settings.
 */
export async function withIonRetry<T>(
	ctx: AnyContext,
	request: { method?: string; url?: string },
	policy: IonRequestPolicy,
	send: () => Promise<T>,
	settings: IonRetrySettings = getRetrySettings(ctx),
): Promise<T> {
	const method = (request.method ?? 'GET').toUpperCase();
	const url = request.url ?? '';
	let attempt = 0;
	let waitedMs = 0;
	let tokenResends = 0;
	const signal = 'getExecutionCancelSignal' in ctx ? ctx.getExecutionCancelSignal() : undefined;
	/** Waits in slices, so a cancelled execution does not sit out a long wait. */
	const wait = async (ms: number, error: unknown) => {
		for (let left = ms; left > 0; left -= WAIT_SLICE_MS) {
			if (signal?.aborted) throw asNodeError(ctx.getNode(), error);
			await sleep(Math.min(WAIT_SLICE_MS, left));
		}
		if (signal?.aborted) throw asNodeError(ctx.getNode(), error);
	};
	for (;;) {
		attempt++;
		try {
			return await send();
		} catch (error) {
			const retryAfter: { ms?: number } = {};
			const kind = classify(error, retryAfter);
			if (kind === 'tokenRefused') {
				// Another n8n process (queue mode) may have spent the refresh token first and saved
				// new tokens. The resend makes n8n read the credential again: it goes through with
				// those tokens, or the chain refuses the same dead token again at once, without a
				// token call, and the error stands. Like n8n's own refresh-and-resend after a 401,
				// this is outside Retry Settings and does not count as an attempt.
				const { min, max, resends } = TOKEN_REFUSED_WAIT_MS;
				if (tokenResends >= resends) throw asNodeError(ctx.getNode(), error);
				tokenResends++;
				attempt--;
				await wait(Math.round(tokenResends * min + Math.random() * (max - min)), error);
				continue;
			}
			if (kind === 'fatal') throw asNodeError(ctx.getNode(), error);
			if (kind === 'transient' && !isIdempotent(policy, method)) {
				throw unknownOutcomeError(ctx, error, policy, method, url);
			}
			if (!settings.enabled) throw asNodeError(ctx.getNode(), error);
			if (attempt >= settings.maxAttempts) {
				throw exhaustedError(ctx, error, attempt, `${describeFailure(error)} each time`);
			}
			const delay =
				retryAfter.ms !== undefined ? retryAfter.ms : backoffMs(settings, attempt);
			if (waitedMs + delay > settings.maxWaitMs) {
				throw exhaustedError(
					ctx,
					error,
					attempt,
					retryAfter.ms !== undefined
						? `Ion asked to wait ${Math.ceil(retryAfter.ms / 1000)} s, more than the ${Math.round(
								settings.maxWaitMs / 1000,
							)} s allowed in total by Retry Settings > Max Total Wait`
						: `the next wait would exceed Retry Settings > Max Total Wait (${Math.round(
								settings.maxWaitMs / 1000,
							)} s)`,
				);
			}
			await wait(delay, error);
			waitedMs += delay;
		}
	}
}

/* ------------------------------------------------------------------------------------------ */
/* Declarative request functions (requestOperations.pagination)                               */
/* ------------------------------------------------------------------------------------------ */

type PaginationFunction = (
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
) => Promise<INodeExecutionData[]>;

function withPairedItem(ctx: IExecuteSingleFunctions, items: INodeExecutionData[]) {
	const item = ctx.getItemIndex();
	for (const entry of items) entry.pairedItem = { item };
	return items;
}

/**
 * Common frame of every request function: runs deferred validation errors (see validation.ts),
 * sets pairedItem on every output item, and with Continue On Fail turns a failure into one
 * error item paired with its input item (RoutingNode's own error items carry no pairedItem).
 */
export async function runIonOperation(
	ctx: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
	run: () => Promise<INodeExecutionData[]>,
): Promise<INodeExecutionData[]> {
	try {
		const deferred = takeDeferredError(requestData.options);
		if (deferred) throw deferred;
		return withPairedItem(ctx, await run());
	} catch (error) {
		const nodeError = asNodeError(ctx.getNode(), error);
		if (ctx.continueOnFail()) {
			return withPairedItem(ctx, [{ json: { error: nodeError.message }, error: nodeError }]);
		}
		throw nodeError;
	}
}

function routingRequest(
	requestData: DeclarativeRestApiSettings.ResultOptions,
	qs: IDataObject | undefined,
): DeclarativeRestApiSettings.ResultOptions {
	return {
		...requestData,
		options: { ...requestData.options, qs: qs ?? requestData.options.qs },
	};
}

/**
 * Request function for one request per input item, with the retry policy. Use
 * `ionRequest({ ... })` to set a policy, e.g. for order POSTs:
 * `ionRequest({ what: 'order', unknownOutcomeHint: ORDER_UNKNOWN_OUTCOME_HINT })`.
 */
export function ionRequest(policy: IonRequestPolicy = {}): PaginationFunction {
	return async function (this: IExecutePaginationFunctions, requestData) {
		return await runIonOperation(this, requestData, async () => {
			const { method, url } = requestData.options;
			return await withIonRetry(this, { method, url }, policy, async () =>
				this.makeRoutingRequest(routingRequest(requestData, undefined)),
			);
		});
	};
}

/** The node-level default: one request, default policy by method. */
export const ionSingleRequest: PaginationFunction = ionRequest();

function readLimit(ctx: IExecuteSingleFunctions): number {
	const returnAll = ctx.getNodeParameter('returnAll', false) as boolean;
	if (returnAll) return Infinity;
	const limit = Math.floor(numberOr(ctx.getNodeParameter('limit', 50), 50));
	return limit >= 1 ? limit : 1;
}

function pageBody(items: INodeExecutionData[]): IDataObject {
	const json = items[0]?.json;
	return json !== null && typeof json === 'object' ? json : {};
}

export interface ListOptions extends IonRequestPolicy {
	/** Changes each record before it is output (e.g. adds a convenience `customerId`). */
	mapRecord?: (record: IDataObject) => IDataObject;
}

function toItems(records: unknown, mapRecord?: (r: IDataObject) => IDataObject): IDataObject[] {
	if (!Array.isArray(records)) return [];
	return records
		.filter((r) => r !== null && typeof r === 'object')
		.map((r) => (mapRecord ? mapRecord(r as IDataObject) : (r as IDataObject)));
}

/**
 * Lists paged with `pageSize` + `pageToken` -> `nextPageToken` (customers, orders, products).
 * Reads `returnAll` / `limit`; asks for min(MAX_PAGE_SIZE, still missing) records per page; keeps
 * every filter on every page; emits one item per record; stops at the limit without fetching
 * another page; a failed page is retried by itself (earlier pages are never fetched again).
 */
export function tokenPagination(itemsKey: string, options: ListOptions = {}): PaginationFunction {
	return async function (this: IExecutePaginationFunctions, requestData) {
		return await runIonOperation(this, requestData, async () => {
			const limit = readLimit(this);
			const baseQs: IDataObject = { ...(requestData.options.qs ?? {}) };
			delete baseQs.pageToken;
			delete baseQs.pageSize;
			const { method, url } = requestData.options;
			const out: INodeExecutionData[] = [];
			const seenTokens = new Set<string>();
			let pageToken: string | undefined;
			do {
				const qs: IDataObject = {
					...baseQs,
					pageSize: Math.min(MAX_PAGE_SIZE, limit - out.length),
				};
				if (pageToken !== undefined) qs.pageToken = pageToken;
				const items = await withIonRetry(this, { method, url }, options, async () =>
					this.makeRoutingRequest(routingRequest(requestData, qs)),
				);
				const body = pageBody(items);
				for (const record of toItems(body[itemsKey], options.mapRecord)) {
					if (out.length >= limit) break;
					out.push({ json: record });
				}
				const next = body.nextPageToken;
				pageToken = typeof next === 'string' && next !== '' ? next : undefined;
				if (pageToken !== undefined) {
					if (seenTokens.has(pageToken)) {
						throw new NodeApiError(
							this.getNode(),
							{ message: 'Ion returned the same page token twice' },
							{
								message: 'Ion returned the same page token twice; stopped to avoid an endless loop',
								description: `Records read so far: ${out.length}. Try again later; if it persists, report it to TD SYNNEX support.`,
								itemIndex: this.getItemIndex(),
							},
						);
					}
					seenTokens.add(pageToken);
				}
			} while (pageToken !== undefined && out.length < limit);
			return out;
		});
	};
}

/**
 * Lists paged with `pagination.limit` + `pagination.offset` and a `totalCount` (subscriptions).
 * Same guarantees as tokenPagination. Stops when `totalCount` is reached, or (when Ion sends no
 * total) on an empty page.
 */
export function offsetPagination(itemsKey: string, options: ListOptions = {}): PaginationFunction {
	return async function (this: IExecutePaginationFunctions, requestData) {
		return await runIonOperation(this, requestData, async () => {
			const limit = readLimit(this);
			const baseQs: IDataObject = { ...(requestData.options.qs ?? {}) };
			delete baseQs['pagination.limit'];
			delete baseQs['pagination.offset'];
			if (baseQs.pagination !== null && typeof baseQs.pagination === 'object') {
				const nested = { ...(baseQs.pagination as IDataObject) };
				delete nested.limit;
				delete nested.offset;
				for (const [key, value] of Object.entries(nested)) baseQs[`pagination.${key}`] = value;
				delete baseQs.pagination;
			}
			const { method, url } = requestData.options;
			const out: INodeExecutionData[] = [];
			let offset = 0;
			for (;;) {
				const qs: IDataObject = {
					...baseQs,
					'pagination.limit': Math.min(MAX_PAGE_SIZE, limit - out.length),
					'pagination.offset': offset,
				};
				const items = await withIonRetry(this, { method, url }, options, async () =>
					this.makeRoutingRequest(routingRequest(requestData, qs)),
				);
				const body = pageBody(items);
				const records = toItems(body[itemsKey], options.mapRecord);
				for (const record of records) {
					if (out.length >= limit) break;
					out.push({ json: record });
				}
				offset += records.length;
				const total = Number(body.totalCount);
				if (records.length === 0) break;
				if (out.length >= limit) break;
				if (Number.isFinite(total) && body.totalCount !== undefined && offset >= total) break;
			}
			return out;
		});
	};
}

/* ------------------------------------------------------------------------------------------ */
/* Programmatic requests (listSearch, lookups inside preSend)                                 */
/* ------------------------------------------------------------------------------------------ */

export interface IonApiRequestOptions {
	qs?: IDataObject;
	body?: IDataObject | IDataObject[];
	policy?: IonRequestPolicy;
	/** Overrides the node's Retry Settings (listSearch uses a short budget). */
	retrySettings?: Partial<IonRetrySettings>;
}

/** `/api/v3/accounts/{accountId}` of the credential, for building paths. */
export async function accountPath(ctx: AnyContext): Promise<string> {
	const credentials = await ctx.getCredentials(CREDENTIAL_TYPE);
	return `/api/v3/accounts/${encodeURIComponent(String(credentials.accountId ?? '').trim())}`;
}

/**
 * Authenticated request to Ion with the same retry policy and error mapping as the declarative
 * operations. `path` starting with `/api/` or `/oauth/` is used as is; any other path is relative
 * to `/api/v3/accounts/{accountId}` (e.g. `/customers/123`). Returns the parsed body.
 */
export async function ionApiRequest(
	this: AnyContext,
	method: IHttpRequestMethods,
	path: string,
	{ qs, body, policy = {}, retrySettings }: IonApiRequestOptions = {},
): Promise<IDataObject> {
	const credentials = await this.getCredentials(CREDENTIAL_TYPE);
	const baseURL = String(credentials.baseUrl || 'https://ion.tdsynnex.com').replace(/\/+$/, '');
	const url = /^\/(api|oauth)\//.test(path) ? path : `${await accountPath(this)}${path}`;
	const settings = { ...getRetrySettings(this), ...(retrySettings ?? {}) };
	const node = this.getNode();
	const itemIndex = itemIndexOf(this);
	return await withIonRetry(
		this,
		{ method, url },
		policy,
		async () => {
			const options: IHttpRequestOptions = {
				method,
				baseURL,
				url,
				headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
				json: true,
				returnFullResponse: true,
				ignoreHttpStatusErrors: { ignore: true, except: [401] },
			};
			if (qs && Object.keys(qs).length) options.qs = qs;
			if (body !== undefined) options.body = body;
			const response = (await this.helpers.httpRequestWithAuthentication.call(
				this,
				CREDENTIAL_TYPE,
				options,
			)) as IN8nHttpFullResponse;
			if (response.statusCode >= 400) {
				throw ionApiError(node, response.statusCode, response.body, response.headers as IDataObject, itemIndex);
			}
			const result = response.body;
			return result !== null && typeof result === 'object' ? (result as IDataObject) : {};
		},
		settings,
	);
}

/**
 * postReceive for lists Ion returns in one answer (verticals, categories, charges, pricing
 * plans): one item per record of `body[itemsKey]`, cut to Limit unless Return All is on
 * (without those parameters, everything). A missing key gives no items, never an empty item.
 */
export function splitRecords(itemsKey: string, mapRecord?: (record: IDataObject) => IDataObject) {
	return async function (
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
	): Promise<INodeExecutionData[]> {
		let limit = Infinity;
		const returnAll = this.getNodeParameter('returnAll', true) as boolean;
		if (!returnAll) limit = readLimit(this);
		const out: INodeExecutionData[] = [];
		for (const item of items) {
			for (const record of toItems(item.json?.[itemsKey], mapRecord)) {
				if (out.length >= limit) return out;
				out.push({ json: record });
			}
		}
		return out;
	};
}
