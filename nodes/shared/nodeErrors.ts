import { NodeApiError, NodeOperationError, type INode, type JsonObject } from 'n8n-workflow';

/** Strings that look like credentials never reach an error message. */
export function redactSecrets(text: string): string {
	return text
		.replace(/(bearer\s+)[A-Za-z0-9._~+/=-]+/gi, '$1[redacted]')
		.replace(
			/((?:access|refresh)[_ ]?token["']?\s*[:=]\s*["']?)[A-Za-z0-9._~+/=-]+/gi,
			'$1[redacted]',
		);
}

/** The error as an n8n node error: NodeApiError / NodeOperationError as they are, others wrapped. */
export function asNodeError(node: INode, error: unknown): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	if (error instanceof Error) return new NodeApiError(node, error as unknown as JsonObject);
	return new NodeApiError(node, { message: String(error) });
}

/**
 * A NodeApiError whose message stays as given: NodeApiError replaces a message that mentions
 * ECONNRESET & co. with its generic text, which would hide what happened.
 */
export function apiError(
	node: INode,
	body: JsonObject,
	options: { message: string; description?: string; httpCode?: string; itemIndex?: number },
): NodeApiError {
	const error = new NodeApiError(node, body, options);
	error.message = options.message;
	return error;
}

/**
 * An input error (a NodeOperationError) on its way out of a declarative node's request.
 *
 * n8n-core 2.41's RoutingNode runs preSend steps and the request function inside its request
 * promise; when that promise fails it passes a NodeApiError through unchanged and re-wraps
 * anything else, a NodeOperationError included, into a NodeApiError with httpCode 'none'. The
 * editor (NodeErrorView in n8n-editor-ui 2.41) shows every error that has an httpCode, raw
 * messages, `context.data` or `extra` under "Error details > From <node>" with "Error code
 * none", as if Ion had answered. So an input error leaves as this NodeApiError subclass that
 * carries none of those; its name stays NodeOperationError, which is what the editor, the
 * execution data and error workflows read. Message, description and item are the input error's.
 */
export class NodeInputError extends NodeApiError {
	constructor(error: NodeOperationError) {
		super(error.node, {} as JsonObject, {
			message: error.message,
			description: error.description ?? undefined,
			itemIndex: error.context.itemIndex as number | undefined,
		});
		this.message = error.message;
		this.description = error.description;
		this.httpCode = null;
		this.messages = [];
		this.name = 'NodeOperationError';
		this.stack = error.stack;
	}
}

/** The error as it may leave a preSend step or request function (see NodeInputError). */
export function leavingRequest(error: NodeApiError | NodeOperationError): NodeApiError {
	return error instanceof NodeOperationError ? new NodeInputError(error) : error;
}

/** Where a bad input was found: the node, and the input item when there is one. */
export interface InputScope {
	node: INode;
	itemIndex?: number;
}

/** The scope of the current item of an item-level context (preSend, postReceive, request function). */
export function scopeOf(ctx: { getNode(): INode; getItemIndex?: () => number }): InputScope {
	return { node: ctx.getNode(), itemIndex: ctx.getItemIndex?.() };
}

/** Refuses bad input: a NodeOperationError that names the field (in `message`) and what to do. */
export function fail(scope: InputScope, message: string, description?: string): never {
	throw new NodeOperationError(scope.node, message, { itemIndex: scope.itemIndex, description });
}
