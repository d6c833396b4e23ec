// Benchmark-only (never published): what RoutingNode evaluates, counted the same way by every bench script.
import {
	Expression,
	NodeHelpers,
	type INodeParameters,
	type INodeProperties,
	type INodeTypeDescription,
} from 'n8n-workflow';

/** How many n8n expressions (`Expression.resolveSimpleParameterValue` with a `=` string) `fn` evaluates. */
export async function countEvaluations(fn: () => Promise<unknown>): Promise<number> {
	const proto = Expression.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
	const original = proto.resolveSimpleParameterValue;
	let n = 0;
	proto.resolveSimpleParameterValue = function (this: unknown, ...args: unknown[]) {
		if (typeof args[0] === 'string' && args[0].startsWith('=')) n++;
		return original.apply(this, args);
	};
	try {
		await fn();
	} finally {
		proto.resolveSimpleParameterValue = original;
	}
	return n;
}

/** Whether the editor shows a property of `description` when the node has these parameters. */
export function shownWith(
	description: INodeTypeDescription,
	parameters: INodeParameters,
): (property: INodeProperties) => boolean {
	const node = {
		id: '1',
		name: 'n',
		type: 't',
		typeVersion: 1,
		position: [0, 0] as [number, number],
		parameters,
	};
	return (property) => NodeHelpers.displayParameter(parameters, property, node, description);
}
