import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { searchPage } from './common';

/** Customer picker: List Customers with the search text as `keyword` (name or e-mail, G13). */
export async function searchCustomers(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const keyword = (filter ?? '').trim();
	return await searchPage(
		this,
		'/api/v1/cloud/customers',
		(customer) => {
			const id = String(customer.customerNo ?? '').trim();
			if (!id) return undefined;
			const name = String(customer.customerName ?? '').trim() || `Customer ${id}`;
			const email = String(customer.email ?? '').trim();
			return { name: `${name}${email ? ` (${email})` : ''} · ${id}`, value: id };
		},
		{ qs: keyword ? { keyword } : {}, paginationToken },
	);
}
