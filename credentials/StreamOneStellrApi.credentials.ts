import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import {
	STELLR_BASE_URL_EXPRESSION,
	STELLR_DEFAULT_TOKEN_URL,
	checkUrl,
	stellrBaseUrl,
} from './stellrConstants';
import { text } from './shared';
import { getStellrToken, peekStellrToken } from './stellrToken';
import type { StellrTokenSettings } from './stellrToken';

/**
 * TD SYNNEX StreamOne Stellr: OAuth2 client credentials.
 *
 * The access token lives in this n8n process only (`stellrToken.ts`), never in the saved
 * credential. How n8n is made to ask for it before every request:
 * - n8n calls `preAuthentication` before a request whenever the hidden expirable field
 *   `sessionToken` is empty. We never fill it (we return no `sessionToken`, so n8n saves
 *   nothing), so it runs before every request, and answers from the cache in microseconds.
 * - That gives renewal before expiry (the cache renews ahead of `expires_in`) and one token call
 *   for all concurrent items and executions of this process (single flight), with no database
 *   write at all. Each queue-mode worker fetches its own token.
 * - After a 401, n8n calls `preAuthentication` again with the same credentials object and resends
 *   once. `authenticate` remembers which token it put on that object, so the second call knows
 *   the token was refused and fetches a new one (once, for every caller that saw the refusal).
 */

/** Which token `preAuthentication` chose for a credentials object; read by `authenticate`. */
const chosen = new WeakMap<object, string>();
/** Which token `authenticate` sent with a credentials object; a second `preAuthentication` means 401. */
const sent = new WeakMap<object, string>();

/** The token settings of a credential, checked: every message names the field to fix. */
export function stellrTokenSettings(
	credentials: ICredentialDataDecryptedObject,
): StellrTokenSettings {
	const clientId = text(credentials.clientId);
	const clientSecret = text(credentials.clientSecret);
	if (!clientId || !clientSecret) {
		throw new Error(
			`The StreamOne Stellr credential needs a Client ID and a Client Secret (${clientId ? 'Client Secret' : 'Client ID'} is empty).`,
		);
	}
	return {
		tokenUrl: checkUrl(credentials.tokenUrl || STELLR_DEFAULT_TOKEN_URL, 'Token URL'),
		clientId,
		clientSecret,
		scope: text(credentials.scope),
		clientAuthentication: credentials.clientAuthentication === 'header' ? 'header' : 'body',
	};
}

async function preAuthentication(
	this: IHttpRequestHelper,
	credentials: ICredentialDataDecryptedObject,
): Promise<IDataObject> {
	const settings = stellrTokenSettings(credentials);
	stellrBaseUrl(credentials);
	const token = await getStellrToken(
		async (options) => await this.helpers.httpRequest(options),
		settings,
		{
			rejected: sent.get(credentials),
		},
	);
	chosen.set(credentials, token);
	return {};
}

/** Puts `Authorization: Bearer <token>` on every API request (the token `preAuthentication` chose). */
async function authenticate(
	credentials: ICredentialDataDecryptedObject,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	let token = chosen.get(credentials);
	if (token === undefined) {
		// preAuthentication did not run for this object: use what the cache has; a 401 then fetches
		const settings =
			text(credentials.clientId) && text(credentials.clientSecret)
				? stellrTokenSettings(credentials)
				: undefined;
		token = settings ? (peekStellrToken(settings)?.accessToken ?? '') : '';
	}
	sent.set(credentials, token);
	if (!requestOptions.headers) requestOptions.headers = {};
	requestOptions.headers.Authorization = `Bearer ${token}`;
	return requestOptions;
}

export class StreamOneStellrApi implements ICredentialType {
	name = 'streamOneStellrApi';

	displayName = 'TD SYNNEX StreamOne Stellr API';

	icon: Icon = {
		light: 'file:../icons/streamOneStellr.svg',
		dark: 'file:../icons/streamOneStellr.dark.svg',
	};

	documentationUrl =
		'https://github.com/n8n-nodes-streamone-ion/n8n-nodes-streamone-ion#streamone-stellr-credential';

	properties: INodeProperties[] = [
		{
			displayName: 'Environment',
			name: 'environment',
			type: 'options',
			options: [
				{ name: 'Production', value: 'production' },
				{ name: 'Sandbox', value: 'sandbox' },
			],
			default: 'production',
			hint: 'Sandbox and production have separate client credentials: use the pair that matches.',
		},
		{
			displayName: 'Region',
			name: 'region',
			type: 'options',
			options: [
				{ name: 'Brazil', value: 'br' },
				{ name: 'Canada', value: 'ca' },
				{ name: 'Custom URL', value: 'custom' },
				{ name: 'Mexico', value: 'mx' },
				{ name: 'United States', value: 'us' },
			],
			default: 'us',
			hint: 'The TD SYNNEX API host of your country, e.g. api.us.tdsynnex.com (sandbox: api-uat.us.tdsynnex.com).',
		},
		{
			displayName: 'Custom Base URL',
			name: 'customBaseUrl',
			type: 'string',
			default: '',
			placeholder: 'https://api.us.tdsynnex.com',
			displayOptions: { show: { region: ['custom'] } },
			hint: 'The https address in front of /api/v1/... Plain http only for localhost (a local emulator).',
		},
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			required: true,
			default: '',
			hint: 'ECexpress > StreamOne Stellr > Integration > Developer Portal > My Account > Client Credentials.',
		},
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			hint: 'Shown next to the Client ID. New client credentials take up to 10 minutes to start working.',
		},
		{
			displayName: 'Token URL',
			name: 'tokenUrl',
			type: 'string',
			default: STELLR_DEFAULT_TOKEN_URL,
			hint: 'TD SYNNEX does not publish it for Stellr; the default is its Developer Portal sign-in service. Change it if TD SYNNEX gave you another one.',
		},
		{
			displayName: 'Client Authentication',
			name: 'clientAuthentication',
			type: 'options',
			options: [
				{ name: 'Send in Body', value: 'body' },
				{ name: 'Send as Basic Auth Header', value: 'header' },
			],
			default: 'body',
			hint: 'How the client ID and secret reach the token URL. Keep the default unless TD SYNNEX says otherwise.',
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'string',
			default: '',
			hint: 'Optional. Leave empty unless TD SYNNEX gave you a scope.',
		},
		{
			// Never filled in (see the top of this file): an empty value makes n8n call
			// preAuthentication before every request.
			displayName: 'Session Token',
			name: 'sessionToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
	];

	preAuthentication = preAuthentication;

	authenticate = authenticate;

	test: ICredentialTestRequest = {
		request: {
			baseURL: STELLR_BASE_URL_EXPRESSION,
			url: '/api/v1/cloud/customers',
			qs: { pageNo: 1, pageSize: 1 },
			headers: { Accept: 'application/json' },
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'StreamOne Stellr did not accept the access token. Check that Region and Environment match the client credentials.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message:
						'The client credentials work, but may not list customers. Ask TD SYNNEX to grant the API permission "End Customers - List" to this client.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message:
						'No StreamOne Stellr API at this address. Check Region, Environment and the Custom Base URL.',
				},
			},
		],
	};
}
