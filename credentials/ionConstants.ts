/**
 * Values the StreamOne Ion credential and the nodes that use it share, defined once.
 */

import { text } from './shared';

/** The credential type name (`name` of StreamOneIonApi). */
export const ION_CREDENTIAL_TYPE = 'streamOneIonApi';

/** Ion's public host, the default of the credential's Base URL. */
export const ION_DEFAULT_BASE_URL = 'https://ion.tdsynnex.com';

/** Ion's token endpoint (refresh-token exchange), relative to the base URL. */
export const ION_TOKEN_PATH = '/oauth/token';

/**
 * The same base URL as an n8n expression over `$credentials`, for the places n8n evaluates
 * (routing, the credential test request): the Base URL without trailing slashes, or the default.
 */
export const ION_BASE_URL_EXPRESSION = `={{String($credentials.baseUrl || "${ION_DEFAULT_BASE_URL}").trim().replace(/\\/+$/, "")}}`;

/** The Base URL of a credential without trailing slashes, or the default when it is empty. */
export function ionBaseUrl(value: unknown): string {
	return (text(value) || ION_DEFAULT_BASE_URL).replace(/\/+$/, '');
}

/** The account ID of a credential as Ion paths use it: trimmed. */
export function ionAccountId(value: unknown): string {
	return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

/**
 * The account ID as a fragment of an n8n expression over `$credentials`, trimmed like
 * `ionAccountId`: `'=/api/v3/accounts/' + ION_ACCOUNT_ID_EXPRESSION + '/customers'`.
 */
export const ION_ACCOUNT_ID_EXPRESSION = '{{String($credentials.accountId ?? "").trim()}}';
