import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { customerIdOf } from '../resources/customer/common';
import { readTokenPage } from '../../shared/paging';
import { ionApiRequest } from '../transport/request';
import { LIST_SEARCH_PAGE_SIZE, LIST_SEARCH_RETRY } from './common';

function toItem(customer: IDataObject): INodeListSearchItems | undefined {
	const id = customerIdOf(customer);
	if (!id) return undefined;
	const org = String(customer.customerOrganization ?? '').trim();
	const contact = String(customer.customerName ?? '').trim();
	const label = org || contact || `Customer ${id}`;
	return { name: `${label}${contact && org ? ` (${contact})` : ''} · ${id}`, value: id };
}

/**
 * Customer picker. Pages through List Customers with Ion's page token. Ion can only filter by
 * the contact name (filter.customerName) or e-mail, so the search text goes to the e-mail filter
 * when it contains @, to Get Customer when it is a customer ID, and to the name filter otherwise.
 */
export async function searchCustomers(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const text = (filter ?? '').trim();
	if (/^\d+$/.test(text) && !paginationToken) {
		try {
			const customer = await ionApiRequest.call(
				this,
				'GET',
				`/customers/${encodeURIComponent(text)}`,
				{
					retrySettings: LIST_SEARCH_RETRY,
				},
			);
			const item = toItem(customer);
			return { results: item ? [item] : [] };
		} catch {
			return { results: [] };
		}
	}
	const qs: IDataObject = { pageSize: LIST_SEARCH_PAGE_SIZE };
	if (paginationToken) qs.pageToken = paginationToken;
	if (text) qs[text.includes('@') ? 'filter.customerEmail' : 'filter.customerName'] = text;
	const body = await ionApiRequest.call(this, 'GET', '/customers', {
		qs,
		retrySettings: LIST_SEARCH_RETRY,
	});
	const page = readTokenPage(body, 'customers');
	const results = page.records
		.map(toItem)
		.filter((i): i is INodeListSearchItems => i !== undefined);
	return { results, paginationToken: page.nextPageToken };
}
