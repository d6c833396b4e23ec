import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { fail } from '../../shared/nodeErrors';
import { isSafePathSegment, text } from '../../shared/validation';
import { CUSTOMER_SUBSCRIPTIONS } from '../transport/paths';
import { matches, searchPage } from './common';

/**
 * Subscription picker: the subscriptions of the customer chosen above, filtered by the search
 * text (product name, SKU, status or ID) here, since Stellr has no text filter for them.
 */
export async function searchSubscriptions(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const customerNo = text(this.getCurrentNodeParameter('customerNo', { extractValue: true }));
	if (!isSafePathSegment(customerNo)) {
		fail(
			{ node: this.getNode() },
			'Choose the Customer first',
			'The list shows the subscriptions of that customer.',
		);
	}
	return await searchPage(
		this,
		CUSTOMER_SUBSCRIPTIONS.replace('{customerNo}', encodeURIComponent(customerNo)),
		(s) => {
			const id = String(s.subscriptionId ?? '').trim();
			if (!id || !matches(filter, s.productName, s.skuNo, s.status, id)) return undefined;
			const seats = s.quantity === undefined ? '' : `, ${String(s.quantity)} seats`;
			return {
				name: `${String(s.productName ?? 'Subscription')} (${String(s.status ?? '')}${seats}) · ${id}`,
				value: id,
			};
		},
		{ paginationToken, everything: true },
	);
}
