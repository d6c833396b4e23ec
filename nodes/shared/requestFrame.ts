import type {
	DeclarativeRestApiSettings,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
} from 'n8n-workflow';

import { asNodeError, leavingRequest } from './nodeErrors';

/*
 * The frame every request of a declarative node runs in.
 *
 * - preSend steps are wrapped with `preSendStep`: they check input and build bodies before
 *   anything is sent. Outside Continue On Fail a failure is thrown at once. With Continue On Fail
 *   RoutingNode would turn it into an error item WITHOUT pairedItem, so the failure is parked
 *   (keyed by the request options object) and `runOperation` emits it, paired, without sending.
 * - `runOperation` wraps the request function: it emits parked errors, sets pairedItem on every
 *   output item, and with Continue On Fail turns a failure into one error item paired with its
 *   input item (a list that fails halfway gives only that error item, never a partial list).
 * - Outside Continue On Fail an input error leaves as a NodeInputError (nodeErrors.ts), so that
 *   RoutingNode does not re-wrap it into what the editor shows as an answer from the service.
 */

const deferredErrors = new WeakMap<object, Error>();

/** A preSend step of a declarative operation's routing. */
export type PreSend = (
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) => Promise<IHttpRequestOptions>;

/** Wraps a preSend step that may validate and change the request options (see above). */
export function preSendStep(
	fn: (
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	) => void | IHttpRequestOptions | Promise<void | IHttpRequestOptions>,
): PreSend {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		if (deferredErrors.has(requestOptions)) return requestOptions;
		try {
			const result = await fn.call(this, requestOptions);
			// keep the same object, so a parked error stays attached to it
			if (result && result !== requestOptions) Object.assign(requestOptions, result);
			return requestOptions;
		} catch (error) {
			if (this.continueOnFail()) {
				deferredErrors.set(requestOptions, error as Error);
				return requestOptions;
			}
			throw leavingRequest(asNodeError(this.getNode(), error));
		}
	};
}

function takeDeferredError(options: object): Error | undefined {
	const error = deferredErrors.get(options);
	if (error) deferredErrors.delete(options);
	return error;
}

function paired(ctx: IExecuteSingleFunctions, items: INodeExecutionData[]): INodeExecutionData[] {
	const item = ctx.getItemIndex();
	for (const entry of items) entry.pairedItem = { item };
	return items;
}

/** Runs one operation's requests for one input item inside the frame described above. */
export async function runOperation(
	ctx: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
	run: () => Promise<INodeExecutionData[]>,
): Promise<INodeExecutionData[]> {
	try {
		const deferred = takeDeferredError(requestData.options);
		if (deferred) throw deferred;
		return paired(ctx, await run());
	} catch (error) {
		const nodeError = asNodeError(ctx.getNode(), error);
		if (ctx.continueOnFail())
			return paired(ctx, [{ json: { error: nodeError.message }, error: nodeError }]);
		throw leavingRequest(nodeError);
	}
}
