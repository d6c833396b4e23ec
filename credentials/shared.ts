/**
 * Small helpers the StreamOne Ion and StreamOne Stellr credentials share, defined once.
 */

/** A string field, trimmed; anything else is empty. */
export function text(value: unknown): string {
	return typeof value === 'string' ? value.trim() : '';
}

/** Where a credential's secrets may go: https, or plain http to localhost only (a local emulator). */
export function isHttpsOrLocal(url: URL): boolean {
	const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
	return url.protocol === 'https:' || (url.protocol === 'http:' && local);
}

/** A response body: parsed when it is JSON text, else as it is. */
export function parseJsonBody(body: unknown): unknown {
	if (typeof body !== 'string') return body;
	try {
		return JSON.parse(body);
	} catch {
		return body;
	}
}

/** `value` with the secrets (4 characters or more) and every token-looking string replaced, at most 200 characters. */
export function redact(value: string, secrets: string[]): string {
	let out = value;
	for (const secret of secrets) {
		if (secret.length >= 4) out = out.split(secret).join('***');
	}
	return out.replace(/[A-Za-z0-9._~+/=-]{32,}/g, '***').slice(0, 200);
}

/** Network error codes in words: n8n replaces a message that contains e.g. ECONNREFUSED. */
export const NETWORK_WORDS: Readonly<Record<string, string>> = {
	ECONNREFUSED: 'connection refused',
	ECONNRESET: 'connection closed unexpectedly',
	ENOTFOUND: 'host not found',
	EAI_AGAIN: 'DNS lookup failed',
	ETIMEDOUT: 'timed out',
	ECONNABORTED: 'timed out',
	EHOSTUNREACH: 'host unreachable',
};
