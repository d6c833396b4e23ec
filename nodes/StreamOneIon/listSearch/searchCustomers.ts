import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { readTokenPage } from '../../shared/paging';
import { ionApiRequest } from '../transport/request';
import { LIST_SEARCH_PAGE_SIZE, LIST_SEARCH_RETRY } from '../../shared/resourceLocator';
import { growCustomerIndex, matches, toIndexed, type IndexedCustomer } from './customerIndex';

function toItem(customer: IndexedCustomer): INodeListSearchItems {
	const { id, company, contact } = customer;
	const label = company || contact || `Customer ${id}`;
	return { name: `${label}${contact && company ? ` (${contact})` : ''} · ${id}`, value: id };
}

function toItems(records: IDataObject[]): INodeListSearchItems[] {
	return records
		.map(toIndexed)
		.filter((c): c is IndexedCustomer => c !== undefined)
		.map(toItem);
}

/** Ion's own filter for the text: the e-mail filter when it contains @, else the contact name. */
async function searchIon(ctx: ILoadOptionsFunctions, text: string): Promise<IDataObject[]> {
	const qs: IDataObject = { pageSize: LIST_SEARCH_PAGE_SIZE };
	qs[text.includes('@') ? 'filter.customerEmail' : 'filter.customerName'] = text;
	const body = await ionApiRequest.call(ctx, 'GET', '/customers', {
		qs,
		retrySettings: LIST_SEARCH_RETRY,
	});
	return readTokenPage(body, 'customers').records;
}

/**
 * Customer picker: finds a customer by company name, contact name, e-mail or ID.
 * - No text: pages through List Customers with Ion's page token.
 * - All digits: Get Customer with that ID.
 * - Other text: Ion's contact-name (or e-mail) filter, plus the customers of the credential's
 *   customer index (customerIndex.ts) whose company, contact, e-mail or ID contains the text.
 *   Ion's answer comes first; each customer is listed once.
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
			return { results: toItems([customer]) };
		} catch {
			return { results: [] };
		}
	}
	if (text === '') {
		const qs: IDataObject = { pageSize: LIST_SEARCH_PAGE_SIZE };
		if (paginationToken) qs.pageToken = paginationToken;
		const body = await ionApiRequest.call(this, 'GET', '/customers', {
			qs,
			retrySettings: LIST_SEARCH_RETRY,
		});
		const page = readTokenPage(body, 'customers');
		return { results: toItems(page.records), paginationToken: page.nextPageToken };
	}
	const fromIon = toItems(await searchIon(this, text));
	const index = await growCustomerIndex(this);
	const listed = new Set(fromIon.map((item) => item.value));
	const fromIndex = index.customers
		.filter((customer) => !listed.has(customer.id) && matches(customer, text))
		.map(toItem);
	return { results: [...fromIon, ...fromIndex] };
}
