import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import {
	ION_CREDENTIAL_TYPE,
	ionAccountId,
	ionBaseUrl,
} from '../../../../credentials/ionConstants';
import { apiError, redactSecrets } from '../../../shared/nodeErrors';
import { runOperation } from '../../../shared/requestFrame';
import { withRetry } from '../../../shared/retry';
import { text } from '../../../shared/validation';
import { ionApiError } from '../../transport/errors';
import { ION, ionApiRequest } from '../../transport/request';
import { lifetimesOf, tokenStatusOutput, type TokenLifetimes } from './tokenStatus';

/*
 * Credential > Get Token Status: how long the credential's access token and refresh token have
 * left, from Ion's `POST /oauth/validateAccess` (form `access_token=...`), which spends nothing.
 *
 * It needs the access token n8n stored in the credential (the hidden `sessionToken`), read with
 * `getCredentials` and sent only in the form body to Ion: never in output, errors or logs (the
 * original error of a failed request, which carries the body, is never passed on).
 * - Stored token alive: one validateAccess call, nothing else.
 * - No stored token, or expired (it lives 2 hours): the node first sends the same small read as
 *   the credential test (one customer), through the credential like every operation. n8n then
 *   gets a new access token, which rotates the refresh token and saves the new one: this is what
 *   keeps the 32-day chain alive when a workflow runs this weekly. Then it asks validateAccess.
 */

/*
 * A documented guess (README): validateAccess needs no bearer token, answers 400 for an expired or
 * unknown access token (the spec's only error example is a 400), and refresh_expires_in is the life
 * left of the refresh token issued with that access token.
 */
export const VALIDATE_ACCESS_PATH = '/oauth/validateAccess';

type Check = { lifetimes: TokenLifetimes } | { refused: string };

function parse(body: unknown): unknown {
	if (typeof body !== 'string') return body;
	try {
		return JSON.parse(body);
	} catch {
		return { message: body.slice(0, 200) };
	}
}

/** Ion's reason for refusing a token, with the token and anything token-like removed. */
function reasonOf(body: unknown, token: string): string {
	const data = (body !== null && typeof body === 'object' ? body : {}) as IDataObject;
	const reason = text(data.error_description) || text(data.message) || text(data.error);
	return redactSecrets(reason.split(token).join('***'))
		.replace(/[A-Za-z0-9._~+/=-]{32,}/g, '***')
		.slice(0, 200);
}

/** One validateAccess call (retried like a read): the lifetimes, or Ion's reason for a 400/401. */
async function validateAccess(
	ctx: IExecutePaginationFunctions,
	baseUrl: string,
	accessToken: string,
): Promise<Check> {
	const node = ctx.getNode();
	const itemIndex = ctx.getItemIndex();
	const send = async (): Promise<IN8nHttpFullResponse> => {
		let response: IN8nHttpFullResponse;
		try {
			response = (await ctx.helpers.httpRequest({
				method: 'POST',
				url: `${baseUrl}${VALIDATE_ACCESS_PATH}`,
				headers: {
					'Content-Type': 'application/x-www-form-urlencoded',
					Accept: 'application/json',
				},
				body: `access_token=${encodeURIComponent(accessToken)}`,
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
			})) as IN8nHttpFullResponse;
		} catch (error) {
			// A fresh error with only the code (for the retry policy): the original carries the token.
			const code = (error as { code?: unknown } | undefined)?.code;
			const message = `Could not reach StreamOne Ion at ${baseUrl}${VALIDATE_ACCESS_PATH}`;
			if (typeof code === 'string') throw Object.assign(new Error(message), { code });
			throw apiError(node, { message }, { message, itemIndex });
		}
		const status = Number(response.statusCode);
		if (status === 429 || status >= 500) {
			throw ionApiError(
				node,
				status,
				parse(response.body),
				response.headers as IDataObject,
				itemIndex,
			);
		}
		return response;
	};
	const response = await withRetry(
		ctx,
		{ method: 'POST', url: VALIDATE_ACCESS_PATH, service: ION },
		{ idempotent: true, what: 'token status check' },
		send,
	);
	const status = Number(response.statusCode);
	const body = parse(response.body);
	if (status === 400 || status === 401) return { refused: reasonOf(body, accessToken) };
	if (status < 200 || status >= 300) {
		throw ionApiError(node, status, body, response.headers as IDataObject, itemIndex);
	}
	const lifetimes = lifetimesOf(body);
	if (!lifetimes) {
		const message = `StreamOne Ion's token check answered without "access_expires_in" and "refresh_expires_in"`;
		throw apiError(
			node,
			{ message },
			{
				message,
				description: `Check that the credential's Base URL points at StreamOne Ion (it is ${baseUrl}).`,
				itemIndex,
			},
		);
	}
	return { lifetimes };
}

async function readTokenStatus(ctx: IExecutePaginationFunctions): Promise<IDataObject> {
	const credentials = await ctx.getCredentials(ION_CREDENTIAL_TYPE);
	const baseUrl = ionBaseUrl(credentials.baseUrl);
	const accountId = ionAccountId(credentials.accountId);
	const stored = text(credentials.sessionToken);
	const expiresAt = Date.parse(text(credentials.expiresAt));
	const knownExpired = !Number.isNaN(expiresAt) && expiresAt <= Date.now();
	if (stored && !knownExpired) {
		const check = await validateAccess(ctx, baseUrl, stored);
		if ('lifetimes' in check && check.lifetimes.accessExpiresIn > 0) {
			return tokenStatusOutput(check.lifetimes, {
				accountId,
				refreshTokenRotated: false,
				now: Date.now(),
			});
		}
	}
	// No live access token: one small read through the credential makes n8n get a new one.
	await ionApiRequest.call(ctx, 'GET', '/customers', { qs: { pageSize: 1 } });
	const renewed = await ctx.getCredentials(ION_CREDENTIAL_TYPE);
	const check = await validateAccess(ctx, baseUrl, text(renewed.sessionToken));
	if ('refused' in check) {
		const message = `StreamOne Ion's token check refused the credential's access token: ${check.refused}`;
		throw apiError(
			ctx.getNode(),
			{ message },
			{
				message,
				description:
					'Ion accepted the same access token for a data request a moment ago. Run the check again; if it keeps failing, report it to TD SYNNEX support.',
				itemIndex: ctx.getItemIndex(),
			},
		);
	}
	return tokenStatusOutput(check.lifetimes, {
		accountId,
		refreshTokenRotated: text(renewed.refreshToken) !== text(credentials.refreshToken),
		now: Date.now(),
	});
}

/** The operation's request function (instead of the routed request, which is never sent). */
export async function tokenStatusRequest(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	return await runOperation(this, requestData, async () => [{ json: await readTokenStatus(this) }]);
}

const tokenStatusNotice: INodeProperties = {
	displayName:
		'Reports the seconds left on the access token and on the refresh token. While the access token is valid this spends nothing; when it has expired (after 2 hours) the node first gets a new one, which rotates the refresh token and starts its 32 days again. Run it weekly to keep the credential alive.',
	name: 'tokenStatusNotice',
	type: 'notice',
	default: '',
};

export const description: INodeProperties[] = [tokenStatusNotice];
