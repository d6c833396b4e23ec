import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	INodePropertyRouting,
	INodeTypeDescription,
} from 'n8n-workflow';

import { STELLR_BASE_URL_EXPRESSION } from '../../../credentials/stellrConstants';
import { apiError } from '../../shared/nodeErrors';
import { collectNumberedPages, type NumberedPage } from '../../shared/paging';
import { runOperation } from '../../shared/requestFrame';
import type { RequestPolicy } from '../../shared/retry';
import {
	queryWithout,
	readLimit,
	sendRouted,
	toItems,
	type RequestFunction,
} from '../../shared/routing';
import {
	MAX_PAGE_SIZE,
	PAGE_NO,
	PAGE_SIZE,
	listPage,
	nestedFailure,
	recordOf,
} from '../shared/guesses';
import { STELLR, explainRefusedToken, refusedError, throwStellrError } from './errors';
import { STELLR_HEADERS } from './request';
import { completeOperation } from './wait';

/*
 * How every operation's request is sent: a request function installed as
 * `requestOperations.pagination`, as in the Ion node (nodes/StreamOneIon/transport/routing.ts
 * explains the three things RoutingNode must keep doing for it; the contract test pins them).
 * The Stellr parts: the page-number loop with the `{requestId, data: {total, records}}`
 * wrapper, a 200 that carries a failure, and Wait for Completion.
 */

/** routing of the Resource selector: every operation goes through a request function; errors first. */
export const stellrResourceRouting: INodePropertyRouting = {
	send: { paginate: true },
	output: { postReceive: [throwStellrError] },
};

/**
 * requestDefaults of the node: the credential's host (region and environment, or the custom
 * URL), JSON, and every status but 401 to the node's error mapping. 401 must still throw inside
 * n8n: that is what makes the credential replace a refused token and n8n resend once.
 */
export const stellrRequestDefaults: INodeTypeDescription['requestDefaults'] = {
	baseURL: STELLR_BASE_URL_EXPRESSION,
	headers: STELLR_HEADERS,
	ignoreHttpStatusErrors: { ignore: true, except: [401] },
};

/** Sends the built request under the policy (`qs` instead of its query when given); returns the body. */
export async function sendStellr(
	ctx: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
	policy: RequestPolicy,
	qs?: IDataObject,
): Promise<IDataObject | undefined> {
	try {
		return (await sendRouted(ctx, requestData, { service: STELLR }, policy, qs))[0]?.json;
	} catch (error) {
		throw explainRefusedToken(ctx.getNode(), error, ctx.getItemIndex());
	}
}

/** A write (any method but GET) that answered 200 with a failure inside fails with Stellr's reason. */
export function throwIfRefused(
	ctx: IExecutePaginationFunctions,
	method: string | undefined,
	body: unknown,
	what: string,
	money: boolean,
): void {
	if ((method ?? 'GET').toUpperCase() === 'GET') return;
	const refusal = nestedFailure(body);
	if (refusal) throw refusedError(ctx.getNode(), refusal, what, money, ctx.getItemIndex());
}

export interface StellrRequestOptions extends RequestPolicy {
	/** What the request is, for messages: "seat change". Default "request". */
	what?: string;
	/** It changes what is billed: a refusal says that nothing was changed. */
	money?: boolean;
	/** It answers an operation: Wait for Completion polls it. */
	async?: boolean;
	/** The answer is an operation already (Operation > Get): Wait for Completion polls it. */
	operationRead?: boolean;
}

/**
 * One request per input item under the retry policy. Writes (any method but GET) that answer 200
 * with a failure inside fail with Stellr's reason and are not resent. The output is `data` of the
 * answer (or the whole body without `data`), or with Wait for Completion the final operation.
 * Money writes: `stellrRequest({ idempotent: false, money: true, async: true, what, unknownOutcomeHint })`.
 */
export function stellrRequest(options: StellrRequestOptions = {}): RequestFunction {
	const what = options.what ?? 'request';
	return async function (this: IExecutePaginationFunctions, requestData) {
		return await runOperation(this, requestData, async () => {
			const body = await sendStellr(this, requestData, options);
			throwIfRefused(this, requestData.options.method, body, what, options.money === true);
			let record = recordOf(body);
			if (options.async || options.operationRead) {
				record = await completeOperation(this, record, what, options.operationRead === true);
			}
			return [{ json: record }];
		});
	};
}

/** The node-level default: one request, the default policy by method. */
export const stellrSingleRequest = stellrRequest();

function notAList(ctx: IExecutePaginationFunctions, body: unknown) {
	const fields =
		body !== null && typeof body === 'object'
			? Object.keys(body as object).join(', ')
			: typeof body;
	const message = `${STELLR} answered this list in a shape the node does not know`;
	return apiError(
		ctx.getNode(),
		{ message },
		{
			message,
			description: `Expected {requestId, data: {total, records}}; the answer has: ${fields || 'nothing'}. Use API Request to see the whole answer, and report the shape (see the README, "documented guesses").`,
			itemIndex: ctx.getItemIndex(),
		},
	);
}

/**
 * Lists paged with `pageNo` + `pageSize`: Return All / Limit (pages of at most 200, see
 * nodes/shared/paging.ts), every filter on every page, one item per record of `data.records`
 * (the wrapper and `total` dropped), each page retried by itself.
 */
export function stellrList(): RequestFunction {
	return async function (this: IExecutePaginationFunctions, requestData) {
		return await runOperation(this, requestData, async () => {
			const baseQs = queryWithout(requestData, [PAGE_NO, PAGE_SIZE]);
			const scope = { node: this.getNode(), itemIndex: this.getItemIndex(), service: STELLR };
			const records = await collectNumberedPages(
				scope,
				readLimit(this),
				MAX_PAGE_SIZE,
				async (pageNo, pageSize): Promise<NumberedPage> => {
					const qs = { ...baseQs, [PAGE_NO]: pageNo, [PAGE_SIZE]: pageSize };
					const body = await sendStellr(this, requestData, {}, qs);
					const page = listPage(body);
					if (!page) throw notAList(this, body);
					return page;
				},
			);
			return toItems(records);
		});
	};
}
