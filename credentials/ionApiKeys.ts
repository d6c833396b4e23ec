import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IHttpRequestHelper,
	INodeProperties,
} from 'n8n-workflow';

import { ionBaseUrl } from './ionConstants';
import { isHttpsOrLocal, text } from './shared';

/*
 * Ion's v1 billing API (invoices) takes an API key and secret instead of the token chain:
 * `Authorization: Basic base64(apiKey:apiSecret)` (TD SYNNEX's own SDK, StreamOneIONSDK/v1/billing;
 * there is no v3 alternative for invoices). Both fields are optional: only the Invoice operations
 * need them. The node sends v1 requests itself with this header (nodes/StreamOneIon/transport/v1.ts);
 * they never touch the refresh token.
 *
 * The credential test checks them: `verifyApiKeys` runs first in preAuthentication (which n8n
 * forces on every credential test), BEFORE any refresh token is spent, and fails with a clear
 * message when Ion refuses them. Keys Ion accepted once are remembered by a fingerprint in a hidden
 * field and not checked again until they change, so a key regenerated later in Ion never stops the
 * v3 operations; the Invoice operations report it instead.
 */

export const ION_V1_PREFIX = '/api/v1';

/** The path the key check reads: one invoice of the account. */
const CHECK_PATH = `${ION_V1_PREFIX}/invoices/myinvoices`;

const KEYS_HINT =
	'In Ion open the menu > Account Information > Generate New API Keys, then enter both here, or clear both fields if you do not use the Invoice operations.';

/** The credential's fields for the v1 API, and the hidden fingerprint of the keys Ion accepted. */
export const apiKeyProperties: INodeProperties[] = [
	{
		displayName: 'API Key',
		name: 'apiKey',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		hint: 'Optional: only the Invoice operations need it. In Ion open the menu > Account Information > Generate New API Keys.',
	},
	{
		displayName: 'API Secret',
		name: 'apiSecret',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		hint: 'Optional: the secret shown with the API Key (Account Information > Generate New API Keys).',
	},
	{
		displayName: 'API Keys Verified',
		name: 'apiKeysVerified',
		type: 'hidden',
		default: '',
	},
];

/** The keys only travel over https (plain http only to localhost, the rule of the Base URL). */
export function ionV1BaseUrl(value: unknown): string | undefined {
	const base = ionBaseUrl(value);
	try {
		return isHttpsOrLocal(new URL(base)) ? base : undefined;
	} catch {
		return undefined;
	}
}

/** `Basic base64(apiKey:apiSecret)`. */
export function ionBasicAuthorization(apiKey: string, apiSecret: string): string {
	return `Basic ${Buffer.from(`${apiKey}:${apiSecret}`, 'utf8').toString('base64')}`;
}

/** A short, non-reversible mark of the key pair (FNV-1a): "these keys were accepted". */
export function apiKeysFingerprint(apiKey: string, apiSecret: string): string {
	let hash = 0x811c9dc5;
	for (const char of `${apiKey}\n${apiSecret}`) {
		hash ^= char.codePointAt(0) as number;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return `fnv1a:${hash.toString(16).padStart(8, '0')}`;
}

/**
 * Checks the API key and secret when both are filled in and not yet accepted; returns the fields
 * to store (the fingerprint once Ion accepted them). Throws when Ion refuses them (401/403). Any
 * other outcome (Ion unreachable, a 5xx, no v1 API) leaves them unchecked for next time.
 */
export async function verifyApiKeys(
	helpers: IHttpRequestHelper['helpers'],
	credentials: ICredentialDataDecryptedObject,
): Promise<IDataObject> {
	const apiKey = text(credentials.apiKey);
	const apiSecret = text(credentials.apiSecret);
	if (!apiKey || !apiSecret) return {};
	const fingerprint = apiKeysFingerprint(apiKey, apiSecret);
	const baseUrl = ionV1BaseUrl(credentials.baseUrl);
	// a Base URL the token chain refuses anyway (it says why): the keys are not sent there
	if (credentials.apiKeysVerified === fingerprint || !baseUrl) return {};
	let status = 0;
	try {
		const response = (await helpers.httpRequest({
			method: 'GET',
			url: `${baseUrl}${CHECK_PATH}`,
			qs: { limit: 1, offset: 0 },
			headers: {
				Accept: 'application/json',
				Authorization: ionBasicAuthorization(apiKey, apiSecret),
			},
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: 30_000,
		})) as { statusCode?: number };
		status = Number(response.statusCode ?? 0);
	} catch {
		// unreachable: not a verdict on the keys; the Invoice operations will tell
		return {};
	}
	if (status === 401 || status === 403) {
		throw new Error(
			`StreamOne Ion refused the API Key and API Secret (HTTP ${status}). ${KEYS_HINT} The refresh token was not used.`,
		);
	}
	return status >= 200 && status < 300 ? { apiKeysVerified: fingerprint } : {};
}
