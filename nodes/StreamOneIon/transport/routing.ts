import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	INodeExecutionData,
	INodePropertyRouting,
	INodeTypeDescription,
} from 'n8n-workflow';

import { ION_DEFAULT_BASE_URL } from '../../../credentials/ionConstants';
import {
	collectOffsetPages,
	collectTokenPages,
	readTokenPage,
	recordsOf,
	totalOf,
} from '../../shared/paging';
import { runOperation } from '../../shared/requestFrame';
import type { RequestPolicy } from '../../shared/retry';
import {
	queryWithout,
	readLimit,
	sendRouted,
	singleRequest,
	toItems,
	type RequestFunction,
} from '../../shared/routing';
import { throwIonError } from './errors';
import { ION, ION_HEADERS, ION_SERVICE, ION_STATUS_ERRORS, MAX_PAGE_SIZE } from './request';

export { readLimit };

/*
 * How every operation's request is sent: a request function installed as
 * `requestOperations.pagination`. It is the one hook of a declarative node that gets the fully
 * built request (`requestData`) together with `this.makeRoutingRequest`, which sends it through
 * the credential (n8n's 401 refresh included) and runs the postReceive chain. Wrapping that call
 * gives the retry policy, page-by-page Return All and pairedItem in one place, and the node
 * stays declarative. It relies on three things RoutingNode (n8n-core 2.41) does, each pinned by
 * test/node/transport/routingContract.test.ts:
 *  1. the first property that sets `send.paginate` decides it for the request, and RoutingNode
 *     calls `requestOperations.pagination` only when it is true: the Resource selector sets it,
 *     so every operation goes through a request function;
 *  2. the node-level `requestOperations` is the default, and an operation's
 *     `routing.operations` replaces its `pagination` (merged with Object.assign);
 *  3. `makeRoutingRequest` runs the postReceive chain, so `throwIonError` has already turned an
 *     error answer into an error when the request function sees the result.
 */

/** routing of the Resource selector: see point 1 above; Ion's errors are mapped first. */
export const ionResourceRouting: INodePropertyRouting = {
	send: { paginate: true },
	output: { postReceive: [throwIonError] },
};

/**
 * requestDefaults of the node: JSON, every status but 401 to us. The credential's host is in each
 * operation's URL (transport/paths.ts); baseURL is the constant host the node is made for, which
 * costs no expression per item and is what n8n's credential domain check treats as the node's own.
 */
export const ionRequestDefaults: INodeTypeDescription['requestDefaults'] = {
	baseURL: ION_DEFAULT_BASE_URL,
	headers: ION_HEADERS,
	ignoreHttpStatusErrors: ION_STATUS_ERRORS,
};

/**
 * Sends the built request once more, with `qs` instead of its query when given, under the policy.
 * Exported for request functions that decide first whether to send at all (Update Seats).
 */
export function send(
	ctx: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
	policy: RequestPolicy,
	qs?: IDataObject,
): Promise<INodeExecutionData[]> {
	return sendRouted(ctx, requestData, ION_SERVICE, policy, qs);
}

/**
 * Request function for one request per input item, with the retry policy. For order POSTs:
 * `ionRequest({ idempotent: false, what: 'order', unknownOutcomeHint: ORDER_UNKNOWN_OUTCOME_HINT })`.
 */
export function ionRequest(policy: RequestPolicy = {}): RequestFunction {
	return singleRequest(ION_SERVICE, policy);
}

/** The node-level default: one request, the default policy by method. */
export const ionSingleRequest = ionRequest();

export interface ListOptions extends RequestPolicy {
	/** Changes each record before it is output (e.g. adds a convenience `customerId`). */
	mapRecord?: (record: IDataObject) => IDataObject;
}

/**
 * Lists paged with `pageSize` + `pageToken` -> `nextPageToken` (customers, orders, products):
 * Return All / Limit, min(100, still missing) records per page, every filter on every page,
 * one item per record, each page retried by itself. List operations must not add a rootProperty
 * postReceive: this reads `body[itemsKey]` and `body.nextPageToken` itself.
 */
export function tokenList(itemsKey: string, options: ListOptions = {}): RequestFunction {
	return async function (this: IExecutePaginationFunctions, requestData) {
		return await runOperation(this, requestData, async () => {
			const baseQs = queryWithout(requestData, ['pageToken', 'pageSize']);
			const scope = { node: this.getNode(), itemIndex: this.getItemIndex(), service: ION };
			const records = await collectTokenPages(
				scope,
				readLimit(this),
				async (pageToken, missing) => {
					const qs: IDataObject = { ...baseQs, pageSize: Math.min(MAX_PAGE_SIZE, missing) };
					if (pageToken !== undefined) qs.pageToken = pageToken;
					const items = await send(this, requestData, options, qs);
					return readTokenPage(items[0]?.json, itemsKey);
				},
			);
			return toItems(records, options.mapRecord);
		});
	};
}

/** `pagination` as nested object or as dotted keys, without limit and offset (they are set per page). */
function offsetBaseQuery(requestData: DeclarativeRestApiSettings.ResultOptions): IDataObject {
	const qs = queryWithout(requestData, ['pagination.limit', 'pagination.offset']);
	if (qs.pagination !== null && typeof qs.pagination === 'object') {
		for (const [key, value] of Object.entries(qs.pagination as IDataObject)) {
			if (key !== 'limit' && key !== 'offset') qs[`pagination.${key}`] = value;
		}
		delete qs.pagination;
	}
	return qs;
}

/**
 * Lists paged with `pagination.limit` + `pagination.offset` and a `totalCount` (subscriptions).
 * Same guarantees as tokenList; stops at `totalCount`, or on an empty page when Ion sends none.
 */
export function offsetList(itemsKey: string, options: ListOptions = {}): RequestFunction {
	return async function (this: IExecutePaginationFunctions, requestData) {
		return await runOperation(this, requestData, async () => {
			const baseQs = offsetBaseQuery(requestData);
			const records = await collectOffsetPages(readLimit(this), async (offset, missing) => {
				const qs = {
					...baseQs,
					'pagination.limit': Math.min(MAX_PAGE_SIZE, missing),
					'pagination.offset': offset,
				};
				const body = (await send(this, requestData, options, qs))[0]?.json;
				return {
					records: recordsOf(body, itemsKey),
					total: totalOf((body as IDataObject)?.totalCount),
				};
			});
			return toItems(records, options.mapRecord);
		});
	};
}

/**
 * postReceive for lists Ion returns in one answer (verticals, categories, charges, pricing
 * plans): one item per record of `body[itemsKey]`, cut to Limit unless Return All is on
 * (without those parameters, everything). A missing key gives no items, never an empty item.
 */
export function splitRecords(itemsKey: string, mapRecord?: (record: IDataObject) => IDataObject) {
	return async function (
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
	): Promise<INodeExecutionData[]> {
		const limit = (this.getNodeParameter('returnAll', true) as boolean)
			? Infinity
			: readLimit(this);
		return toItems(
			items.flatMap((item) => recordsOf(item.json, itemsKey)).slice(0, limit),
			mapRecord,
		);
	};
}

/** postReceive for single records: each item's JSON changed by `mapRecord` (e.g. adds a convenience ID). */
export function mapRecords(mapRecord: (record: IDataObject) => IDataObject) {
	return async function (
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
	): Promise<INodeExecutionData[]> {
		return items.map((item) => ({ ...item, json: mapRecord(item.json) }));
	};
}
