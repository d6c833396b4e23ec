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

import {
	ION_ACCOUNT_ID_EXPRESSION,
	ION_BASE_URL_EXPRESSION,
	ION_DEFAULT_BASE_URL,
} from './ionConstants';
import { apiKeyProperties, verifyApiKeys } from './ionApiKeys';
import { ionTokenChain } from './ionTokenChain';

/**
 * n8n calls `preAuthentication` when the hidden `sessionToken` is empty (first use), after a 401
 * from the API and when the credential is tested, and saves every key it returns: the access
 * token, its expiry and the rotated refresh token. The chain logic (one exchange per refresh
 * token and process, following a rotation, remembering a refusal) is in ionTokenChain.ts.
 * Optional v1 API keys are checked first, before any refresh token is spent (ionApiKeys.ts).
 */
async function preAuthentication(
	this: IHttpRequestHelper,
	credentials: ICredentialDataDecryptedObject,
): Promise<IDataObject> {
	const apiKeys = await verifyApiKeys(this.helpers, credentials);
	return { ...(await ionTokenChain.preAuthenticate(this.helpers, credentials)), ...apiKeys };
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
	// ION_CREDENTIAL_TYPE; a literal, because n8n's linter and scanner read it statically
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
			default: ION_DEFAULT_BASE_URL,
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
			// the same base URL and account ID preAuthentication uses: default, trimmed
			baseURL: ION_BASE_URL_EXPRESSION,
			url: `=/api/v3/accounts/${ION_ACCOUNT_ID_EXPRESSION}/customers`,
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
