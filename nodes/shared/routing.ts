import {
	NodeOperationError,
	type DeclarativeRestApiSettings,
	type IDataObject,
	type IExecutePaginationFunctions,
	type IExecuteSingleFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import { runOperation } from './requestFrame';
import { withRetry, type RequestPolicy, type ServiceInfo } from './retry';

/*
 * The request functions of a declarative node, vendor-neutral. Every operation's request goes
 * through one of them, installed as `requestOperations.pagination` (nodes/StreamOneIon/transport/
 * routing.ts explains why and what RoutingNode must keep doing for it): they wrap
 * `this.makeRoutingRequest` with the retry policy, the request frame (pairedItem, Continue On
 * Fail) and page-by-page lists.
 */

export type RequestFunction = (
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
) => Promise<INodeExecutionData[]>;

/**
 * Sends the built request once more under the policy, with `qs` instead of its query when
 * given. Refuses a path whose `{name}` placeholder no ID check filled in (a programming error).
 */
export async function sendRouted(
	ctx: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
	service: ServiceInfo,
	policy: RequestPolicy,
	qs?: IDataObject,
): Promise<INodeExecutionData[]> {
	const { method, url } = requestData.options;
	const unfilled = /\{\w+\}/.exec(url ?? '');
	if (unfilled) {
		// a programming error: the operation's routing lacks the ID check for this placeholder
		throw new NodeOperationError(
			ctx.getNode(),
			`The path placeholder ${unfilled[0]} was not filled in`,
		);
	}
	const options = { ...requestData.options, qs: qs ?? requestData.options.qs };
	return await withRetry(
		ctx,
		{ ...service, method, url },
		policy,
		async () => await ctx.makeRoutingRequest({ ...requestData, options }),
	);
}

/** One request per input item under the policy, inside the request frame. */
export function singleRequest(service: ServiceInfo, policy: RequestPolicy = {}): RequestFunction {
	return async function (this: IExecutePaginationFunctions, requestData) {
		return await runOperation(
			this,
			requestData,
			async () => await sendRouted(this, requestData, service, policy),
		);
	};
}

/** Return All / Limit of a list operation: Infinity for all, else Limit (at least 1). */
export function readLimit(ctx: IExecuteSingleFunctions): number {
	if (ctx.getNodeParameter('returnAll', false) as boolean) return Infinity;
	const raw = Number(ctx.getNodeParameter('limit', 50));
	const limit = Math.floor(Number.isFinite(raw) ? raw : 50);
	return limit >= 1 ? limit : 1;
}

/** Records as output items, each changed by `mapRecord` when given. */
export function toItems(
	records: IDataObject[],
	mapRecord?: (record: IDataObject) => IDataObject,
): INodeExecutionData[] {
	return records.map((record) => ({ json: mapRecord ? mapRecord(record) : record }));
}

/** The query of the built request without the paging parameters a list sets itself. */
export function queryWithout(
	requestData: DeclarativeRestApiSettings.ResultOptions,
	keys: string[],
): IDataObject {
	const qs: IDataObject = { ...(requestData.options.qs ?? {}) };
	for (const key of keys) delete qs[key];
	return qs;
}
