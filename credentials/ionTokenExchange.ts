import type { IHttpRequestHelper } from 'n8n-workflow';

import { ION_DEFAULT_BASE_URL, ION_TOKEN_PATH, ionAccountId, ionBaseUrl } from './ionConstants';
import { NETWORK_WORDS, isHttpsOrLocal, parseJsonBody, redact } from './shared';

/**
 * One refresh-token exchange at Ion's `POST /oauth/token`, the credential's field checks, and the
 * errors both give. No memory here: ionTokenChain.ts decides when to exchange.
 */

export interface IonTokens {
	sessionToken: string;
	refreshToken: string;
	expiresAt: string;
}

export const FIX_HINT =
	'In Ion open Settings > Users > your integration user > Edit > Request New Credentials, then paste the new refresh token here.';

/** Ion's documented access-token lifetime, used when the token response has no `expires_in`. */
const DEFAULT_EXPIRES_IN_S = 7200;

/**
 * Marks an error meaning "this request never got a valid access token, so Ion did not process
 * it, and the credential n8n holds may be out of date". A symbol survives n8n's wrapping (the
 * error becomes the `cause` of a NodeApiError) and never appears in the error's JSON.
 * `Symbol.for` keeps it the same symbol if the package is loaded twice.
 */
const TOKEN_REFUSED = Symbol.for('n8n-nodes-streamone-ion.tokenRefused');

export function tokenRefusedError(message: string): Error {
	const error = new Error(message);
	Object.defineProperty(error, TOKEN_REFUSED, { value: true, enumerable: false });
	return error;
}

/**
 * True when `error` (or one of its causes) is a refused refresh-token exchange, however n8n
 * wrapped it. The node resends such a request after a short wait (twice at most): n8n then reads the
 * credential again and finds the tokens another process saved, or the same dead token, which
 * fails again at once without a token call (see ionTokenChain.ts).
 */
export function isIonTokenRefusedError(error: unknown): boolean {
	let current = error;
	for (let depth = 0; depth < 6 && current !== null && typeof current === 'object'; depth++) {
		if ((current as Record<symbol, unknown>)[TOKEN_REFUSED] === true) return true;
		current = (current as { cause?: unknown }).cause;
	}
	return false;
}

export function text(value: unknown): string {
	return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

/** The credential's fields as preAuthentication needs them, checked before anything is sent. */
export function readCredential(credentials: Record<string, unknown>) {
	const accountId = ionAccountId(credentials.accountId);
	if (!/^\d+$/.test(accountId)) {
		throw new Error(
			'The Account ID of the StreamOne Ion credential must contain digits only. In Ion open Account Information and copy the Account ID.',
		);
	}
	const baseUrl = ionBaseUrl(credentials.baseUrl);
	const url = URL.canParse(baseUrl) ? new URL(baseUrl) : undefined;
	if (!url) {
		throw new Error(
			`The Base URL of the StreamOne Ion credential is not a valid URL. Use ${ION_DEFAULT_BASE_URL} (the default) or the https address of your Ion host.`,
		);
	}
	if (!isHttpsOrLocal(url)) {
		throw new Error(
			'The Base URL of the StreamOne Ion credential must start with https:// (plain http is only allowed for localhost, e.g. a local emulator).',
		);
	}
	return {
		accountId,
		baseUrl,
		refreshToken: text(credentials.refreshToken),
		sessionToken: text(credentials.sessionToken),
		pastedAccessToken: text(credentials.accessToken),
		expiresAt: text(credentials.expiresAt),
	};
}

/** Ion's reason for refusing a token, with every token-looking string removed. */
function reasonFrom(body: unknown, secrets: string[]): string {
	let reason = '';
	if (body && typeof body === 'object') {
		const record = body as Record<string, unknown>;
		const detail = text(record.error_description) || text(record.message);
		const code = text(record.error);
		reason = detail && code && detail !== code ? `${detail} (${code})` : detail || code;
	} else {
		reason = text(body);
	}
	return redact(reason, secrets) || 'no reason given';
}

const ION_NETWORK_WORDS: Record<string, string> = {
	...NETWORK_WORDS,
	CERT_HAS_EXPIRED: 'TLS certificate expired',
	DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed TLS certificate',
};
/** Failures that happen before the request leaves: the refresh token was not spent. */
const NOT_SENT = ['connection refused', 'host not found', 'DNS lookup failed', 'host unreachable'];

/** Spends `refreshToken` once. Resolves the new tokens; every error is free of secrets. */
export async function exchangeRefreshToken(
	helpers: IHttpRequestHelper['helpers'],
	baseUrl: string,
	refreshToken: string,
	now: () => number = Date.now,
): Promise<IonTokens> {
	const tokenUrl = `${baseUrl}${ION_TOKEN_PATH}`;
	let response: { statusCode?: number; body?: unknown } | undefined;
	let problem = '';
	try {
		response = (await helpers.httpRequest({
			method: 'POST',
			url: tokenUrl,
			headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
			body: `grant_type=refresh_token&refresh_token=${encodeURIComponent(refreshToken)}`,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: 60_000,
		})) as { statusCode?: number; body?: unknown };
	} catch (error) {
		// Never pass the original error on: it carries the request, and so the refresh token.
		// Codes are put in words: n8n replaces a message that contains e.g. ECONNREFUSED.
		const code = text((error as { code?: unknown } | undefined)?.code).toUpperCase();
		problem = ION_NETWORK_WORDS[code] ?? 'network error';
	}
	if (!response) {
		const spent = NOT_SENT.includes(problem)
			? 'the refresh token was not used'
			: `if Ion received the request before the connection failed, the refresh token is used up: ${FIX_HINT}`;
		throw new Error(
			`Could not reach StreamOne Ion at ${tokenUrl} (${problem}). Check the Base URL of the credential and the network; ${spent}`,
		);
	}

	const status = Number(response.statusCode ?? 0);
	// a text body that is not JSON is used as the reason below
	const body = parseJsonBody(response.body);
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
			expiresAt: new Date(now() + lifetimeS * 1000).toISOString(),
		};
	}
	const reason = reasonFrom(body, [refreshToken]);
	if (status >= 400 && status < 500) {
		// Documented guess: Ion's description shows one 400 body for every refusal
		// (`{"error": "cannot validate token: redis: nil"}`), so "already used by another n8n
		// process" cannot be told apart from "expired" or "revoked". Every 4xx is marked, and the
		// node's resend after re-reading the credential decides which it was.
		throw tokenRefusedError(
			`StreamOne Ion refused the refresh token: ${reason}. It is expired (32 days), revoked or already used. ${FIX_HINT}`,
		);
	}
	throw new Error(
		`StreamOne Ion's token endpoint failed (HTTP ${status || 'unknown'}: ${reason}). Try again later. If it keeps failing, the refresh token may have been used up: ${FIX_HINT}`,
	);
}
