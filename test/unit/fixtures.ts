// Plain objects the pure functions need: a node and an input scope (no n8n run, no HTTP).
import type { INode } from 'n8n-workflow';

import type { InputScope } from '../../nodes/shared/nodeErrors';

export const node: INode = {
	id: 'unit',
	name: 'StreamOne Ion',
	type: 'n8n-nodes-streamone-ion.streamOneIon',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

export const scope: InputScope = { node, itemIndex: 2 };

/** The error `fn` throws (fails the test when it throws nothing). */
export function thrown(
	fn: () => unknown,
): Error & { description?: string; context?: { itemIndex?: number } } {
	try {
		fn();
	} catch (error) {
		return error as Error;
	}
	throw new Error('expected an error, none was thrown');
}
