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
