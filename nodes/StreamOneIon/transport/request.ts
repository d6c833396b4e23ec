import type {
	IDataObject,
	IHttpRequestMethods,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
} from 'n8n-workflow';

import { ION_CREDENTIAL_TYPE, ionAccountId, ionBaseUrl } from '../../../credentials/ionConstants';
import { isIonTokenRefusedError } from '../../../credentials/ionTokenExchange';
import {
	getRetrySettings,
	withRetry,
	type RequestPolicy,
	type RequestTarget,
	type RetryContext,
	type RetrySettings,
} from '../../shared/retry';
import { ionApiError } from './errors';
import { accountPath } from './paths';

/** The service's name in messages. */
export const ION = 'Ion';

/** What the retry policy needs to know about every request to Ion (nodes/shared/retry.ts). */
export function ionTarget(method: string | undefined, url: string | undefined): RequestTarget {
	return { method, url, service: ION, credentialRefused: isIonTokenRefusedError };
}

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
	const settings = { ...getRetrySettings(this), ...(retrySettings ?? {}) };
	const node = this.getNode();
	const itemIndex = 'getItemIndex' in this ? this.getItemIndex() : undefined;
	const options: IHttpRequestOptions = {
		method,
		baseURL: ionBaseUrl(credentials.baseUrl),
		url,
		headers: ION_HEADERS,
		json: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: ION_STATUS_ERRORS,
	};
	if (qs && Object.keys(qs).length) options.qs = qs;
	if (body !== undefined) options.body = body;
	const send = async () => {
		const response = (await this.helpers.httpRequestWithAuthentication.call(
			this,
			ION_CREDENTIAL_TYPE,
			{
				...options,
				headers: { ...ION_HEADERS },
			},
		)) as IN8nHttpFullResponse;
		if (response.statusCode >= 400) {
			throw ionApiError(
				node,
				response.statusCode,
				response.body,
				response.headers as IDataObject,
				itemIndex,
			);
		}
		const result = response.body;
		return result !== null && typeof result === 'object' ? (result as IDataObject) : {};
	};
	return await withRetry(this, ionTarget(method, url), policy, send, settings);
}
