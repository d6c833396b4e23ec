import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { LIST_SEARCH_PAGE_SIZE, LIST_SEARCH_RETRY } from '../../shared/resourceLocator';
import { MAX_PAGE_SIZE, PAGE_NO, PAGE_SIZE, listPage } from '../shared/guesses';
import { stellrApiRequest } from '../transport/request';

/**
 * One page of a picker: the list at `path` (page number = the picker's pagination token), each
 * record turned into an entry by `toEntry` (undefined: left out). `everything` reads the largest
 * page at once and lets `toEntry` filter (for lists Stellr cannot search).
 */
export async function searchPage(
	ctx: ILoadOptionsFunctions,
	path: string,
	toEntry: (record: IDataObject) => { name: string; value: string } | undefined,
	{
		qs = {},
		paginationToken,
		everything = false,
	}: { qs?: IDataObject; paginationToken?: string; everything?: boolean },
): Promise<INodeListSearchResult> {
	const pageNo = Number(paginationToken) >= 1 ? Number(paginationToken) : 1;
	const pageSize = everything ? MAX_PAGE_SIZE : LIST_SEARCH_PAGE_SIZE;
	const body = await stellrApiRequest.call(ctx, 'GET', path, {
		qs: { ...qs, [PAGE_NO]: pageNo, [PAGE_SIZE]: pageSize },
		retrySettings: LIST_SEARCH_RETRY,
	});
	const page = listPage(body) ?? { records: [] };
	const results = page.records
		.map(toEntry)
		.filter((entry): entry is { name: string; value: string } => entry !== undefined);
	const more =
		page.records.length === pageSize &&
		(page.total === undefined || pageNo * pageSize < page.total);
	return { results, paginationToken: more ? String(pageNo + 1) : undefined };
}

/** Whether a record's text matches what the user typed (case-insensitive; empty matches all). */
export function matches(filter: string | undefined, ...texts: unknown[]): boolean {
	const wanted = (filter ?? '').trim().toLowerCase();
	return (
		wanted === '' ||
		texts.some((t) =>
			String(t ?? '')
				.toLowerCase()
				.includes(wanted),
		)
	);
}
