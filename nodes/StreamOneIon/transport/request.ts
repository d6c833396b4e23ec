import type { IDataObject, IHttpRequestMethods, IHttpRequestOptions } from 'n8n-workflow';

import { ION_CREDENTIAL_TYPE, ionAccountId, ionBaseUrl } from '../../../credentials/ionConstants';
import { sendAuthenticated } from '../../shared/authenticatedRequest';
import type { RequestPolicy, RetryContext, RetrySettings, ServiceInfo } from '../../shared/retry';
import { isIonTokenRefusedError } from '../../../credentials/ionTokenExchange';
import { ionApiError } from './errors';
import { accountPath } from './paths';

/** The service's name in messages. */
export const ION = 'Ion';

/** Ion for the retry policy: its name, and the credential's "refresh token refused" error (issue 13). */
export const ION_SERVICE: ServiceInfo = { service: ION, credentialRefused: isIonTokenRefusedError };

/** Largest page the node asks Ion for (pageSize / pagination.limit). Ion may return fewer. */
export const MAX_PAGE_SIZE = 100;

/** Headers of every request to Ion's JSON API. */
export const ION_HEADERS = { Accept: 'application/json', 'Content-Type': 'application/json' };

/** Every status but 401 reaches the node's error mapping; 401 makes n8n refresh and resend once. */
export const ION_STATUS_ERRORS: IHttpRequestOptions['ignoreHttpStatusErrors'] = {
	ignore: true,
	except: [401],
};

export interface IonApiRequestOptions {
	qs?: IDataObject;
	body?: IDataObject | IDataObject[];
	policy?: RequestPolicy;
	/** Overrides the node's Retry Settings (the pickers use a short budget). */
	retrySettings?: Partial<RetrySettings>;
}

/** `/api/v3/accounts/{accountId}` of the credential. */
export async function credentialAccountPath(ctx: RetryContext): Promise<string> {
	const credentials = await ctx.getCredentials(ION_CREDENTIAL_TYPE);
	return accountPath(ionAccountId(credentials.accountId));
}

/**
 * A request to Ion from code (pickers, lookups inside a preSend, the trigger), with the same
 * retry policy and error mapping as the operations. A `path` starting with `/api/` or `/oauth/`
 * is used as is; any other is relative to the account (e.g. `/customers/123`). Returns the body.
 */
export async function ionApiRequest(
	this: RetryContext,
	method: IHttpRequestMethods,
	path: string,
	{ qs, body, policy = {}, retrySettings }: IonApiRequestOptions = {},
): Promise<IDataObject> {
	const credentials = await this.getCredentials(ION_CREDENTIAL_TYPE);
	const url = /^\/(api|oauth)\//.test(path)
		? path
		: `${accountPath(ionAccountId(credentials.accountId))}${path}`;
	return await sendAuthenticated(this, {
		credentialType: ION_CREDENTIAL_TYPE,
		...ION_SERVICE,
		method,
		baseURL: ionBaseUrl(credentials.baseUrl),
		url,
		headers: ION_HEADERS,
		qs,
		body,
		policy,
		retrySettings,
		toError: ionApiError,
	});
}
