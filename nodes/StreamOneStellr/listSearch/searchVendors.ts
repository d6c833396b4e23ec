import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { matches, searchPage } from './common';

/** Vendor picker: List Vendors, filtered by the search text here. */
export async function searchVendors(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchPage(
		this,
		'/api/v1/cloud/vendors',
		(vendor) => {
			const id = String(vendor.vendorId ?? '').trim();
			if (!id || !matches(filter, vendor.vendorName, id)) return undefined;
			const name = String(vendor.vendorName ?? '').trim();
			return { name: name && name !== id ? `${name} · ${id}` : id, value: id };
		},
		{ paginationToken, everything: true },
	);
}
