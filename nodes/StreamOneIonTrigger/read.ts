import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import {
	collectOffsetPages,
	collectTokenPages,
	readTokenPage,
	recordsOf,
	totalOf,
} from '../shared/paging';
import { ION, ionApiRequest, MAX_PAGE_SIZE } from '../StreamOneIon/transport/request';

/*
 * How the trigger reads Ion: the Ion node's request function (`ionApiRequest`: credential, retry
 * policy, error mapping) and the shared paging loops, at the largest page size. A page that fails
 * is retried by itself; when it fails for good the poll throws and the state stays as it was.
 */

/**
 * Reads a page-token list (`pageSize` + `pageToken`) page by page. `more(records)` sees each page
 * and says whether to read the next one (orders stop at the cursor); without it, every page.
 */
export async function readTokenList(
	ctx: IPollFunctions,
	path: string,
	itemsKey: string,
	qs: IDataObject,
	more: (page: IDataObject[]) => boolean = () => true,
	pageSize = MAX_PAGE_SIZE,
): Promise<IDataObject[]> {
	const scope = { node: ctx.getNode(), service: ION };
	return await collectTokenPages(scope, Infinity, async (pageToken) => {
		const query: IDataObject = { ...qs, pageSize };
		if (pageToken !== undefined) query.pageToken = pageToken;
		const page = readTokenPage(await ionApiRequest.call(ctx, 'GET', path, { qs: query }), itemsKey);
		return more(page.records) ? page : { records: page.records };
	});
}

/**
 * Reads every page of the subscription list (`pagination.limit` + `pagination.offset`) with the
 * given filters, sorted by ID so that subscriptions created meanwhile land on the last page
 * instead of shifting the pages not read yet (a documented guess: Ion sorts `id` as a number).
 * With `onePage`, only the first page (manual runs).
 */
export async function readSubscriptionPages(
	ctx: IPollFunctions,
	qs: IDataObject,
	onePage = false,
): Promise<IDataObject[]> {
	return await collectOffsetPages(Infinity, async (offset) => {
		const body = await ionApiRequest.call(ctx, 'GET', '/subscriptions', {
			qs: {
				'pagination.sortBy': 'id',
				'pagination.sortOrder': 'ASC',
				...qs,
				'pagination.limit': MAX_PAGE_SIZE,
				'pagination.offset': offset,
			},
		});
		const records = recordsOf(body, 'items');
		return { records, total: onePage ? offset + records.length : totalOf(body.totalCount) };
	});
}

/** Records by ID, the last one read winning (a record read twice while pages shifted counts once). */
export function byId(
	records: IDataObject[],
	idOf: (r: IDataObject) => string,
): Map<string, IDataObject> {
	const out = new Map<string, IDataObject>();
	for (const record of records) {
		const id = idOf(record);
		if (id !== '') out.set(id, record);
	}
	return out;
}
