/**
 * StreamOne Stellr hosts and token URL: the credential's guesses, defined once.
 *
 * Stellr publishes no API description. Each value below is a documented guess (README,
 * "documented guesses"; docs/stellr-design.md) that a user can override in the credential:
 * - Hosts: the regional API hosts Nango and Halo list for TD SYNNEX's Developer Portal APIs
 *   (api.us / api.ca / api-br.lac / api-mx.lac). Sandbox hosts contain `-uat` (Nango); only the
 *   US sandbox host (api-uat.us) is named in public sources, the others follow the same
 *   pattern and are unconfirmed. Rewst's docs name `https://us.tdsynnex.com`: use
 *   Custom URL for that.
 * - Token URL: TD SYNNEX's Developer Portal SSO endpoint, the one independent integrations use
 *   with client credentials (form body `grant_type=client_credentials`, `client_id`,
 *   `client_secret`), for sandbox and production alike.
 */

import { isHttpsOrLocal, text } from './shared';

/** The credential type name (`name` of StreamOneStellrApi). */
export const STELLR_CREDENTIAL_TYPE = 'streamOneStellrApi';

export const STELLR_DEFAULT_TOKEN_URL = 'https://sso.us.tdsynnex.com/oauth2/v1/token';

export type StellrEnvironment = 'production' | 'sandbox';
export type StellrRegion = 'us' | 'ca' | 'br' | 'mx';

/** API host per `region:environment`. */
export const STELLR_HOSTS: Record<`${StellrRegion}:${StellrEnvironment}`, string> = {
	'us:production': 'https://api.us.tdsynnex.com',
	'us:sandbox': 'https://api-uat.us.tdsynnex.com',
	'ca:production': 'https://api.ca.tdsynnex.com',
	'ca:sandbox': 'https://api-uat.ca.tdsynnex.com',
	'br:production': 'https://api-br.lac.tdsynnex.com',
	'br:sandbox': 'https://api-br-uat.lac.tdsynnex.com',
	'mx:production': 'https://api-mx.lac.tdsynnex.com',
	'mx:sandbox': 'https://api-mx-uat.lac.tdsynnex.com',
};

/**
 * The API base URL as an n8n expression over `$credentials`, for the places n8n evaluates
 * (a node's `requestDefaults.baseURL`, the credential test). Same result as `stellrBaseUrl`
 * for valid input; `preAuthentication` refuses invalid input before any request is sent.
 */
export const STELLR_BASE_URL_EXPRESSION = `={{ $credentials.region === "custom" ? String($credentials.customBaseUrl || "").trim().replace(/\\/+$/, "") : ${JSON.stringify(STELLR_HOSTS)}[($credentials.region || "us") + ":" + ($credentials.environment || "production")] }}`;

/** `https://...`, or plain http on localhost only (a local emulator); no trailing slash. */
export function checkUrl(value: unknown, field: string): string {
	const raw = text(value).replace(/\/+$/, '');
	let url: URL | undefined;
	try {
		url = new URL(raw);
	} catch {
		url = undefined;
	}
	if (!url || !isHttpsOrLocal(url)) {
		throw new Error(
			`The ${field} of the StreamOne Stellr credential must be an https:// address (plain http only for localhost, e.g. a local emulator), got "${raw.slice(0, 100)}".`,
		);
	}
	return raw;
}

/** The API base URL the credential points at: a regional host, or the custom URL checked. */
export function stellrBaseUrl(credentials: {
	region?: unknown;
	environment?: unknown;
	customBaseUrl?: unknown;
}): string {
	const region = text(credentials.region) || 'us';
	if (region === 'custom') return checkUrl(credentials.customBaseUrl, 'Custom Base URL');
	const environment = text(credentials.environment) || 'production';
	const host = STELLR_HOSTS[`${region}:${environment}` as keyof typeof STELLR_HOSTS];
	if (!host) {
		throw new Error(
			`The StreamOne Stellr credential has an unknown Region or Environment ("${region}", "${environment}"). Open the credential and choose them again.`,
		);
	}
	return host;
}
