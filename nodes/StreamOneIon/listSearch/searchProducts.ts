import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { readTokenPage } from '../../shared/paging';
import { ionApiRequest } from '../transport/request';
import { LIST_SEARCH_PAGE_SIZE, LIST_SEARCH_RETRY } from '../../shared/resourceLocator';

function displayName(product: IDataObject): string {
	const marketing = (product.marketing ?? {}) as IDataObject;
	const name = marketing.displayName ?? marketing.name ?? product.displayName ?? product.name;
	return String(name ?? product.id ?? '').trim();
}

/**
 * Product picker. Pages through List Products with Ion's page token, filtered by the search
 * text with Ion's product name filter (filter.name).
 */
export async function searchProducts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const text = (filter ?? '').trim();
	const qs: IDataObject = { pageSize: LIST_SEARCH_PAGE_SIZE };
	if (paginationToken) qs.pageToken = paginationToken;
	if (text) qs['filter.name'] = text;
	const body = await ionApiRequest.call(this, 'GET', '/products', {
		qs,
		retrySettings: LIST_SEARCH_RETRY,
	});
	const page = readTokenPage(body, 'products');
	const results: INodeListSearchItems[] = [];
	for (const product of page.records) {
		const id = String(product.id ?? '').trim();
		if (!id) continue;
		const name = displayName(product);
		results.push({ name: name && name !== id ? `${name} · ${id}` : id, value: id });
	}
	return { results, paginationToken: page.nextPageToken };
}
