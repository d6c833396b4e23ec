import type {
	IAuthenticate,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import { apiKeyProperties, verifyApiKeys } from './ionApiKeys';

/**
 * The Ion token chain.
 *
 * Ion refresh tokens are single-use: every exchange at `POST /oauth/token` kills the token spent
 * and returns a new one. n8n calls `preAuthentication` when the hidden `sessionToken` is empty
 * (first use), after a 401 from the API, and when the credential is tested, then stores every key
 * we return, so the rotated refresh token is persisted with the new access token.
 *
 * n8n itself has no lock around `preAuthentication`: the items of one node run and the executions
 * of one process call it at the same time, each with the refresh token it read. `exchanges` below
 * makes that safe inside one process:
 * - single flight: callers spending the same refresh token share one token call;
 * - chain: an exchange is remembered under the refresh token it spent, so a caller that still
 *   holds a token spent a moment ago follows the chain to the newest tokens instead of spending
 *   a dead token (which would fail, or worse, overwrite the newer token in the database).
 */

const TOKEN_PATH = '/oauth/token';
/** How long a finished exchange is remembered at least. */
const MIN_KEEP_MS = 2 * 60_000;
/** Upper bound: entries are also dropped when the access token they carry has expired. */
const MAX_KEEP_MS = 3 * 60 * 60_000;
/** A pasted access token this close to its known expiry is not used any more. */
const EXPIRY_MARGIN_MS = 60_000;
/** Ion's documented access-token lifetime, used when the token response has no `expires_in`. */
const DEFAULT_EXPIRES_IN_S = 7200;
const FIX_HINT =
	'In Ion open Settings > Users > your integration user > Edit > Request New Credentials, then paste the new refresh token here.';

interface IonTokens {
	sessionToken: string;
	refreshToken: string;
	expiresAt: string;
}

interface Exchange {
	startedAt: number;
	promise: Promise<IonTokens>;
	result?: IonTokens;
	failed?: boolean;
}

/** Exchanges by `baseUrl + spent refresh token`. Module scope = one per n8n process. */
const exchanges = new Map<string, Exchange>();

function exchangeKey(baseUrl: string, refreshToken: string): string {
	return `${baseUrl}\n${refreshToken}`;
}

/** Tokens minted by an exchange are reused while their access token lives. */
function isFresh(tokens: IonTokens, now: number): boolean {
	const expiresAt = Date.parse(tokens.expiresAt);
	return Number.isNaN(expiresAt) || expiresAt > now;
}

function prune(now: number): void {
	for (const [key, entry] of exchanges) {
		const age = now - entry.startedAt;
		if (entry.failed && age > MIN_KEEP_MS) exchanges.delete(key);
		else if (age > MAX_KEEP_MS) exchanges.delete(key);
		else if (age > MIN_KEEP_MS && entry.result && !isFresh(entry.result, now))
			exchanges.delete(key);
	}
}

function text(value: unknown): string {
	return typeof value === 'string' ? value.trim() : '';
}

function normaliseBaseUrl(value: unknown): string {
	const baseUrl = text(value).replace(/\/+$/, '');
	let url: URL;
	try {
		url = new URL(baseUrl);
	} catch {
		throw new Error(
			'The Base URL of the StreamOne Ion credential is not a valid URL. Use https://ion.tdsynnex.com (the default) or the https address of your Ion host.',
		);
	}
	const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
	if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
		throw new Error(
			'The Base URL of the StreamOne Ion credential must start with https:// (plain http is only allowed for localhost, e.g. a local emulator).',
		);
	}
	return baseUrl;
}

/** Ion's reason for refusing a token, with every token-looking string removed. */
function reasonFrom(body: unknown, secrets: string[]): string {
	let data = body;
	if (typeof data === 'string') {
		try {
			data = JSON.parse(data);
		} catch {
			// keep the text
		}
	}
	let reason = '';
	if (data && typeof data === 'object') {
		const record = data as Record<string, unknown>;
		const detail = text(record.error_description) || text(record.message);
		const code = text(record.error);
		reason = detail && code && detail !== code ? `${detail} (${code})` : detail || code;
	} else {
		reason = text(data);
	}
	for (const secret of secrets) {
		if (secret.length >= 4) reason = reason.split(secret).join('***');
	}
	reason = reason.replace(/[A-Za-z0-9._~+/=-]{32,}/g, '***').slice(0, 200);
	return reason || 'no reason given';
}

function networkProblem(error: unknown): string {
	const code = text((error as { code?: unknown } | undefined)?.code).toUpperCase();
	const words: Record<string, string> = {
		ECONNREFUSED: 'connection refused',
		ECONNRESET: 'connection closed unexpectedly',
		ENOTFOUND: 'host not found',
		EAI_AGAIN: 'DNS lookup failed',
		ETIMEDOUT: 'timed out',
		ECONNABORTED: 'timed out',
		EHOSTUNREACH: 'host unreachable',
		CERT_HAS_EXPIRED: 'TLS certificate expired',
		DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed TLS certificate',
	};
	return words[code] ?? 'network error';
}

async function exchangeRefreshToken(
	helpers: IHttpRequestHelper['helpers'],
	baseUrl: string,
	refreshToken: string,
): Promise<IonTokens> {
	let response: { statusCode?: number; body?: unknown };
	try {
		response = (await helpers.httpRequest({
			method: 'POST',
			url: `${baseUrl}${TOKEN_PATH}`,
			headers: {
				'Content-Type': 'application/x-www-form-urlencoded',
				Accept: 'application/json',
			},
			body: `grant_type=refresh_token&refresh_token=${encodeURIComponent(refreshToken)}`,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: 60_000,
		})) as { statusCode?: number; body?: unknown };
	} catch (error) {
		// Never pass the original error on: it carries the request, and so the refresh token.
		// Codes are put in words: n8n replaces a message that contains e.g. ECONNREFUSED.
		const problem = networkProblem(error);
		const notSent = [
			'connection refused',
			'host not found',
			'DNS lookup failed',
			'host unreachable',
		];
		const spent = notSent.includes(problem)
			? 'the refresh token was not used'
			: `if Ion received the request before the connection failed, the refresh token is used up: ${FIX_HINT}`;
		throw new Error(
			`Could not reach StreamOne Ion at ${baseUrl}${TOKEN_PATH} (${problem}). Check the Base URL of the credential and the network; ${spent}`,
		);
	}

	const status = Number(response.statusCode ?? 0);
	let body: unknown = response.body;
	if (typeof body === 'string') {
		try {
			body = JSON.parse(body);
		} catch {
			// handled below
		}
	}
	if (status >= 200 && status < 300) {
		const data = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
		const accessToken = text(data.access_token);
		const newRefreshToken = text(data.refresh_token);
		if (!accessToken || !newRefreshToken) {
			throw new Error(
				`StreamOne Ion's token endpoint answered HTTP ${status} without an access token and a new refresh token. Check that the Base URL points at StreamOne Ion. ${FIX_HINT}`,
			);
		}
		const expiresIn = Number(data.expires_in);
		const lifetimeS =
			Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : DEFAULT_EXPIRES_IN_S;
		return {
			sessionToken: accessToken,
			refreshToken: newRefreshToken,
			expiresAt: new Date(Date.now() + lifetimeS * 1000).toISOString(),
		};
	}
	const reason = reasonFrom(body, [refreshToken]);
	if (status >= 400 && status < 500) {
		throw new Error(
			`StreamOne Ion refused the refresh token: ${reason}. It is expired (32 days), revoked or already used. ${FIX_HINT}`,
		);
	}
	throw new Error(
		`StreamOne Ion's token endpoint failed (HTTP ${status || 'unknown'}: ${reason}). Try again later. If it keeps failing, the refresh token may have been used up: ${FIX_HINT}`,
	);
}

/** Start (or join) the one exchange of `refreshToken`. */
function spend(
	helpers: IHttpRequestHelper['helpers'],
	baseUrl: string,
	refreshToken: string,
	now: number,
): Promise<IonTokens> {
	const key = exchangeKey(baseUrl, refreshToken);
	const running = exchanges.get(key);
	if (running && !running.failed) return running.promise;
	const entry: Exchange = {
		startedAt: now,
		promise: exchangeRefreshToken(helpers, baseUrl, refreshToken),
	};
	exchanges.set(key, entry);
	entry.promise.then(
		(result) => {
			entry.result = result;
		},
		() => {
			// Callers that joined share the error; later callers try again.
			entry.failed = true;
			if (exchanges.get(key) === entry) exchanges.delete(key);
		},
	);
	return entry.promise;
}

/**
 * The newest tokens this process knows for a chain that went through `refreshToken`, or
 * undefined if this process never spent it.
 */
async function followChain(baseUrl: string, refreshToken: string): Promise<IonTokens | undefined> {
	let current: IonTokens | undefined;
	let token = refreshToken;
	const seen = new Set<string>();
	for (;;) {
		const entry = exchanges.get(exchangeKey(baseUrl, token));
		if (!entry || seen.has(token)) return current;
		seen.add(token);
		try {
			current = await entry.promise;
		} catch (error) {
			if (current) return current;
			throw error;
		}
		token = current.refreshToken;
	}
}

async function refreshSession(
	this: IHttpRequestHelper,
	credentials: ICredentialDataDecryptedObject,
): Promise<IDataObject> {
	const accountId = text(credentials.accountId);
	if (!/^\d+$/.test(accountId)) {
		throw new Error(
			'The Account ID of the StreamOne Ion credential must contain digits only. In Ion open Account Information and copy the Account ID.',
		);
	}
	const baseUrl = normaliseBaseUrl(credentials.baseUrl || 'https://ion.tdsynnex.com');
	const refreshToken = text(credentials.refreshToken);
	const sessionToken = text(credentials.sessionToken);
	const userAccessToken = text(credentials.accessToken);
	const storedExpiresAt = text(credentials.expiresAt);
	const now = Date.now();
	prune(now);

	// 1. Somebody in this process already spent our refresh token: take the newest tokens.
	const known = refreshToken ? await followChain(baseUrl, refreshToken) : undefined;
	if (known && known.sessionToken !== sessionToken && isFresh(known, Date.now())) {
		return { ...known, accessToken: known.sessionToken };
	}

	// 2. First use with an access token pasted by the user: use it, spend nothing. Its expiry is
	//    unknown unless we minted it ourselves, so it is used until the API answers 401.
	if (!sessionToken && userAccessToken && !known) {
		const expiresAt = Date.parse(storedExpiresAt);
		if (Number.isNaN(expiresAt) || expiresAt - EXPIRY_MARGIN_MS > now) {
			return { sessionToken: userAccessToken, expiresAt: storedExpiresAt };
		}
	}

	// 3. Exchange the newest refresh token of the chain, once for all concurrent callers.
	const toSpend = known ? known.refreshToken : refreshToken;
	if (!toSpend) {
		throw new Error(`The StreamOne Ion credential has no refresh token. ${FIX_HINT}`);
	}
	const tokens = await spend(this.helpers, baseUrl, toSpend, now);
	return { ...tokens, accessToken: tokens.sessionToken };
}

/**
 * The v1 API key check (credentials/ionApiKeys.ts) runs first, before any refresh token can be
 * spent, then the token chain above.
 */
async function preAuthentication(
	this: IHttpRequestHelper,
	credentials: ICredentialDataDecryptedObject,
): Promise<IDataObject> {
	const apiKeys = await verifyApiKeys(this.helpers, credentials);
	return { ...(await refreshSession.call(this, credentials)), ...apiKeys };
}

/**
 * Puts `Authorization: Bearer <sessionToken>` on every API request.
 *
 * The same header as the generic authenticator `{ headers: { Authorization:
 * '=Bearer {{$credentials.sessionToken}}' } }`, without its cost: n8n evaluates a generic
 * authenticator with the expression engine on every request (about 0.6 ms each), and calls a
 * function directly. Like the generic one it changes `requestOptions` in place (creating
 * `headers` when missing), keeps every other header, and writes `Bearer ` when there is no token.
 */
async function authenticate(
	credentials: ICredentialDataDecryptedObject,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const token = credentials.sessionToken;
	if (!requestOptions.headers) requestOptions.headers = {};
	requestOptions.headers.Authorization = `Bearer ${token === undefined || token === null ? '' : String(token)}`;
	return requestOptions;
}

export class StreamOneIonApi implements ICredentialType {
	name = 'streamOneIonApi';

	displayName = 'TD SYNNEX StreamOne Ion API';

	icon: Icon = {
		light: 'file:../icons/streamOneIon.svg',
		dark: 'file:../icons/streamOneIon.dark.svg',
	};

	documentationUrl =
		'https://github.com/n8n-nodes-streamone-ion/n8n-nodes-streamone-ion#credentials';

	properties: INodeProperties[] = [
		{
			displayName: 'Account ID',
			name: 'accountId',
			type: 'string',
			required: true,
			default: '',
			placeholder: '1234567',
			hint: 'Digits only. In Ion open the menu > Account Information and copy the Account ID.',
		},
		{
			displayName: 'Refresh Token',
			name: 'refreshToken',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			hint: 'In Ion open Settings > Users > your integration user > Edit > Request New Credentials. Paste it as a fixed value, not an expression: Ion replaces it on every refresh and n8n saves the new one here.',
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			hint: 'Optional. The access token shown next to the refresh token (valid 2 hours). When given, n8n uses it until it expires, so saving the credential spends no refresh token.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://ion.tdsynnex.com',
			hint: 'Leave the default for StreamOne Ion. Any https address works; plain http only on localhost (local emulator).',
		},
		...apiKeyProperties,
		{
			displayName: 'Session Token',
			name: 'sessionToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
		{
			displayName: 'Session Expires At',
			name: 'expiresAt',
			type: 'hidden',
			default: '',
		},
	];

	preAuthentication = preAuthentication;

	authenticate: IAuthenticate = authenticate;

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '=/api/v3/accounts/{{$credentials.accountId}}/customers',
			qs: { pageSize: 1 },
			headers: { Accept: 'application/json' },
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message:
						'The token is valid, but this Ion user has no access to this Account ID. Check the Account ID (Ion > Account Information) and that the integration user belongs to that account.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message:
						'No StreamOne Ion account has this Account ID. Copy it from Ion > Account Information.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'StreamOne Ion did not accept the access token even after a refresh. Check the Base URL, then request new credentials in Ion and paste the new refresh token here.',
				},
			},
		],
	};
}
