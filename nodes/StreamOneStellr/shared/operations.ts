import type { INodePropertyOptions } from 'n8n-workflow';

import type { PreSend } from '../../shared/requestFrame';
import { checkIds } from '../transport/paths';
import { stellrList } from '../transport/routing';
import { listQuery } from './query';

/*
 * The Operation options of reads: a GET of one record, and a list (page-number loop, filters
 * and Additional Query Parameters). Writes set their routing themselves (their policy and body
 * differ): see the resources' index.ts, and subscription/common.ts for the subscription writes.
 */

export interface ReadOperation {
	name: string;
	value: string;
	action: string;
	description: string;
	/** The path, with `{parameter}` placeholders for the IDs. */
	url: string;
	/** The ID parameters of the path and their labels (checked before sending). */
	ids?: Record<string, string>;
	/** Further preSend steps, after the ID checks (and after the query of a list). */
	preSend?: PreSend[];
}

function idChecks(ids?: Record<string, string>): PreSend[] {
	return ids ? [checkIds(ids)] : [];
}

/** GET one record; the output is `data` of the answer. */
export function readOperation(read: ReadOperation): INodePropertyOptions {
	const { name, value, action, description, url } = read;
	return {
		name,
		value,
		action,
		description,
		routing: {
			request: { method: 'GET', url },
			send: { preSend: [...idChecks(read.ids), ...(read.preSend ?? [])] },
		},
	};
}

/** GET a list with Return All / Limit; one item per record. */
export function listOperation(read: ReadOperation): INodePropertyOptions {
	const option = readOperation(read);
	option.routing = {
		request: { method: 'GET', url: read.url },
		send: { preSend: [...idChecks(read.ids), listQuery, ...(read.preSend ?? [])] },
		operations: { pagination: stellrList() },
	};
	return option;
}
