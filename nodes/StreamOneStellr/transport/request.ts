import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';

import { STELLR_CREDENTIAL_TYPE, stellrBaseUrl } from '../../../credentials/stellrConstants';
import { sendAuthenticated } from '../../shared/authenticatedRequest';
import type { RequestPolicy, RetryContext, RetrySettings } from '../../shared/retry';
import { STELLR, stellrApiError } from './errors';

/** Headers of every request to StreamOne Stellr. */
export const STELLR_HEADERS = { Accept: 'application/json', 'Content-Type': 'application/json' };

export interface StellrApiRequestOptions {
	qs?: IDataObject;
	body?: IDataObject;
	policy?: RequestPolicy;
	/** Overrides the node's Retry Settings (the pickers use a short budget). */
	retrySettings?: Partial<RetrySettings>;
}

/**
 * A request to StreamOne Stellr from code (pickers, polling an operation), with the same retry
 * policy and error mapping as the operations. `path` starts with `/api/`. Returns the body.
 */
export async function stellrApiRequest(
	this: RetryContext,
	method: IHttpRequestMethods,
	path: string,
	{ qs, body, policy = {}, retrySettings }: StellrApiRequestOptions = {},
): Promise<IDataObject> {
	const credentials = await this.getCredentials(STELLR_CREDENTIAL_TYPE);
	return await sendAuthenticated(this, {
		credentialType: STELLR_CREDENTIAL_TYPE,
		service: STELLR,
		method,
		baseURL: stellrBaseUrl(credentials),
		url: path,
		headers: STELLR_HEADERS,
		qs,
		body,
		policy,
		retrySettings,
		toError: stellrApiError,
	});
}
