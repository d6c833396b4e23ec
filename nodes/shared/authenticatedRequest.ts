import type {
	IDataObject,
	IHttpRequestMethods,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
} from 'n8n-workflow';

import type { ErrorBuilder } from './apiErrors';
import { itemIndexOf } from './failures';
import {
	getRetrySettings,
	withRetry,
	type RequestPolicy,
	type RetryContext,
	type RetrySettings,
	type ServiceInfo,
} from './retry';

/*
 * A request from code (pickers, lookups inside a preSend, polling, the trigger), vendor-neutral:
 * through the credential, under the retry policy, with the service's error mapping. Each node's
 * transport wraps it with its host, headers and error mapping (e.g. ionApiRequest).
 */

export interface AuthenticatedRequest extends ServiceInfo {
	credentialType: string;
	method: IHttpRequestMethods;
	baseURL: string;
	/** The path, used in messages as it is. */
	url: string;
	headers: IDataObject;
	qs?: IDataObject;
	body?: IDataObject | IDataObject[];
	policy?: RequestPolicy;
	/** Overrides the node's Retry Settings (the pickers use a short budget). */
	retrySettings?: Partial<RetrySettings>;
	/** The service's error for an answer of status 400 or more. */
	toError: ErrorBuilder;
}

/** Sends the request and returns the answer's body (an object; anything else gives `{}`). */
export async function sendAuthenticated(
	ctx: RetryContext,
	request: AuthenticatedRequest,
): Promise<IDataObject> {
	const { method, url, service, credentialRefused, qs, body, policy = {} } = request;
	const settings = { ...getRetrySettings(ctx), ...(request.retrySettings ?? {}) };
	const node = ctx.getNode();
	const itemIndex = itemIndexOf(ctx);
	const options: IHttpRequestOptions = {
		method,
		baseURL: request.baseURL,
		url,
		json: true,
		returnFullResponse: true,
		// 401 still throws inside n8n, which renews the credential and resends once
		ignoreHttpStatusErrors: { ignore: true, except: [401] },
	};
	if (qs && Object.keys(qs).length) options.qs = qs;
	if (body !== undefined) options.body = body;
	const send = async () => {
		const response = (await ctx.helpers.httpRequestWithAuthentication.call(
			ctx,
			request.credentialType,
			{ ...options, headers: { ...request.headers } },
		)) as IN8nHttpFullResponse;
		if (response.statusCode >= 400) {
			throw request.toError(
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
	return await withRetry(ctx, { method, url, service, credentialRefused }, policy, send, settings);
}
