import { createHash } from 'crypto';
import type { IHttpRequestOptions } from 'n8n-workflow';

import { NETWORK_WORDS, parseJsonBody, redact } from './shared';

/**
 * The StreamOne Stellr access token: fetched with client credentials, kept in this process,
 * shared by every caller with the same credential and renewed before it expires.
 *
 * - One token per client: the cache key is a hash of token URL, client ID, secret, scope and
 *   client authentication, so a changed secret gets its own token and no secret is kept as a key.
 * - Single flight: callers that need a token while one is being fetched wait for that fetch.
 * - Renewed before expiry: a token is handed out until `renewAt` (its lifetime minus 20%, at most
 *   5 minutes before `expires_in` runs out). If renewing fails while the old token still lives,
 *   the old token is used and the next caller tries again.
 * - A token the API refused (401) is dropped, and a new one is fetched once for all callers
 *   that saw the same refusal.
 * - Errors never contain the secret, the client ID or a token.
 */

export interface StellrTokenSettings {
	tokenUrl: string;
	clientId: string;
	clientSecret: string;
	scope: string;
	/** where the client ID and secret go: form body (default) or HTTP Basic header */
	clientAuthentication: 'body' | 'header';
}

export interface StellrToken {
	accessToken: string;
	/** epoch ms: the API refuses the token from then on */
	expiresAt: number;
	/** epoch ms: hand it out until then, renew afterwards */
	renewAt: number;
}

export type HttpRequest = (options: IHttpRequestOptions) => Promise<unknown>;

/** Lifetime assumed when the token answer has no `expires_in` (a guess: one hour). */
export const DEFAULT_LIFETIME_S = 3600;
const MAX_MARGIN_MS = 5 * 60_000;
const TOKEN_TIMEOUT_MS = 30_000;
const FIX_HINT =
	'Client credentials come from ECexpress > StreamOne Stellr > Integration > Developer Portal > My Account > Client Credentials; sandbox and production have separate ones, and new ones take up to 10 minutes to start working.';

interface Entry {
	token?: StellrToken;
	inFlight?: Promise<StellrToken>;
}

/** Tokens by client. Module scope = one per n8n process. */
const cache = new Map<string, Entry>();

export function cacheKey(s: StellrTokenSettings): string {
	return createHash('sha256')
		.update([s.tokenUrl, s.clientId, s.clientSecret, s.scope, s.clientAuthentication].join('\n'))
		.digest('hex');
}

/** How long before expiry a token is renewed: 20% of its lifetime, at most 5 minutes. */
export function renewalMargin(lifetimeMs: number): number {
	return Math.min(MAX_MARGIN_MS, Math.floor(lifetimeMs / 5));
}

/** Forget every token (tests). */
export function clearStellrTokens(): void {
	cache.clear();
}

/** The cached token for these settings, fresh or not, without fetching. */
export function peekStellrToken(s: StellrTokenSettings): StellrToken | undefined {
	return cache.get(cacheKey(s))?.token;
}

function clean(text: string, s: StellrTokenSettings): string {
	return redact(text, [s.clientSecret, s.clientId]);
}

/** The token endpoint's reason for an error answer, without secrets. */
function reasonOf(body: unknown, s: StellrTokenSettings): string {
	const data = parseJsonBody(body);
	if (data && typeof data === 'object') {
		const record = data as Record<string, unknown>;
		const code = typeof record.error === 'string' ? record.error : '';
		const detail = [record.error_description, record.message].find((v) => typeof v === 'string') as
			| string
			| undefined;
		return clean(detail && code ? `${code}: ${detail}` : detail || code || 'no reason given', s);
	}
	return clean(typeof data === 'string' && data.trim() ? data.trim() : 'no reason given', s);
}

function networkProblem(error: unknown): string {
	const code = String((error as { code?: unknown } | undefined)?.code ?? '').toUpperCase();
	return NETWORK_WORDS[code] ?? 'network error';
}

/** One call of the token endpoint. */
export async function fetchStellrToken(
	http: HttpRequest,
	s: StellrTokenSettings,
	now: () => number = Date.now,
): Promise<StellrToken> {
	const form = new URLSearchParams({ grant_type: 'client_credentials' });
	const headers: Record<string, string> = {
		'Content-Type': 'application/x-www-form-urlencoded',
		Accept: 'application/json',
	};
	if (s.clientAuthentication === 'header') {
		const pair = `${encodeURIComponent(s.clientId)}:${encodeURIComponent(s.clientSecret)}`;
		headers.Authorization = `Basic ${Buffer.from(pair).toString('base64')}`;
	} else {
		form.set('client_id', s.clientId);
		form.set('client_secret', s.clientSecret);
	}
	if (s.scope) form.set('scope', s.scope);
	// The original error is never passed on: it carries the request, and so the secret.
	const outcome = (await http({
		method: 'POST',
		url: s.tokenUrl,
		headers,
		body: form.toString(),
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: TOKEN_TIMEOUT_MS,
	}).then(
		(response) => ({ response: response as { statusCode?: number; body?: unknown } }),
		(error: unknown) => ({ failure: networkProblem(error) }),
	)) as { response?: { statusCode?: number; body?: unknown }; failure?: string };
	if (outcome.failure !== undefined) {
		throw new Error(
			`Could not reach the StreamOne Stellr token URL ${s.tokenUrl} (${outcome.failure}). Check the Token URL of the credential and the network.`,
		);
	}
	const status = Number(outcome.response?.statusCode ?? 0);
	const body = parseJsonBody(outcome.response?.body);
	if (status >= 200 && status < 300) {
		const data = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
		const accessToken = typeof data.access_token === 'string' ? data.access_token.trim() : '';
		if (!accessToken) {
			throw new Error(
				`The StreamOne Stellr token URL ${s.tokenUrl} answered HTTP ${status} without an access token. Check the Token URL of the credential.`,
			);
		}
		const expiresIn = Number(data.expires_in);
		const lifetimeMs =
			(Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : DEFAULT_LIFETIME_S) * 1000;
		const at = now();
		return {
			accessToken,
			expiresAt: at + lifetimeMs,
			renewAt: at + lifetimeMs - renewalMargin(lifetimeMs),
		};
	}
	const reason = reasonOf(body, s);
	if (status === 400 || status === 401 || status === 403) {
		throw new Error(
			`StreamOne Stellr refused the client ID or secret (HTTP ${status}, ${reason}). Check that they belong to the Environment chosen in the credential. ${FIX_HINT}`,
		);
	}
	if (status >= 500) {
		throw new Error(
			`The StreamOne Stellr token URL failed (HTTP ${status}, ${reason}). Try again later.`,
		);
	}
	throw new Error(
		`The StreamOne Stellr token URL ${s.tokenUrl} answered HTTP ${status} (${reason}). Check the Token URL of the credential.`,
	);
}

/**
 * A usable access token for these settings: the cached one while it is fresh, else one fetch
 * shared by every concurrent caller. `rejected` is a token the API just refused with 401.
 */
export async function getStellrToken(
	http: HttpRequest,
	s: StellrTokenSettings,
	options: { rejected?: string; now?: () => number } = {},
): Promise<string> {
	const now = options.now ?? Date.now;
	const key = cacheKey(s);
	let entry = cache.get(key);
	if (!entry) {
		entry = {};
		cache.set(key, entry);
	}
	if (options.rejected && entry.token?.accessToken === options.rejected) entry.token = undefined;
	if (entry.token && now() < entry.token.renewAt) return entry.token.accessToken;

	const current = entry;
	if (!current.inFlight) {
		const flight = fetchStellrToken(http, s, now);
		current.inFlight = flight;
		flight.then(
			(token) => {
				current.token = token;
				if (current.inFlight === flight) current.inFlight = undefined;
			},
			() => {
				if (current.inFlight === flight) current.inFlight = undefined;
			},
		);
	}
	const outcome = await current.inFlight.then(
		(token) => ({ token, error: undefined }),
		(error: unknown) => ({ token: undefined, error }),
	);
	if (outcome.token) return outcome.token.accessToken;
	// Renewal failed: a token that still lives (and was not refused) keeps working meanwhile.
	const old = current.token;
	if (old && old.accessToken !== options.rejected && now() < old.expiresAt) return old.accessToken;
	throw outcome.error;
}
