import {
	NodeOperationError,
	type IDataObject,
	type ILoadOptionsFunctions,
	type INodeListSearchItems,
	type INodeListSearchResult,
} from 'n8n-workflow';

import { recordsOf, totalOf } from '../../shared/paging';
import { text } from '../../shared/validation';
import { locatorValue } from '../loadOptions/orderItemOptions';
import { ionApiRequest, MAX_PAGE_SIZE } from '../transport/request';
import { LIST_SEARCH_RETRY } from '../../shared/resourceLocator';

/** Pages read for one search with text (100 subscriptions each): a customer rarely has more. */
const MAX_SEARCH_PAGES = 10;

function seats(value: unknown): string {
	const n = Number(value);
	return Number.isFinite(n) && text(value) !== ''
		? `${n} seat${n === 1 ? '' : 's'}`
		: 'seats unknown';
}

function status(value: unknown): string {
	const s = text(value);
	return s ? s.charAt(0) + s.slice(1).toLowerCase().replace(/_/g, ' ') : 'status unknown';
}

/** "Microsoft 365 E5 · 95 seats · Active · 500008": product, seats, status and Ion's ID. */
function toItem(subscription: IDataObject): INodeListSearchItems | undefined {
	const id = text(subscription.id);
	if (!id) return undefined;
	const name =
		text(subscription.subscriptionName) || text(subscription.ccpProductId) || 'Subscription';
	return {
		name: `${name} · ${seats(subscription.subscriptionTotalLicenses)} · ${status(subscription.subscriptionStatus)} · ${id}`,
		value: id,
	};
}

const fold = (value: string) => value.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Subscription picker: the subscriptions of the customer chosen in the Customer parameter, by
 * List Customer Subscriptions (`customerId` filter, offset pages of 100). With search text,
 * the customer's subscriptions (up to MAX_SEARCH_PAGES pages) whose label contains it.
 */
export async function searchSubscriptions(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const customerId = locatorValue(this.getCurrentNodeParameter('customerId'));
	if (!/^\d+$/.test(customerId)) {
		throw new NodeOperationError(
			this.getNode(),
			customerId.startsWith('=')
				? 'The Customer comes from an expression, so there is no list to show'
				: 'Choose the Customer first',
			{
				description:
					'The list shows the subscriptions of the customer chosen above. You can also enter the subscription By ID.',
			},
		);
	}
	const search = fold(filter ?? '');
	let offset = Number(paginationToken ?? 0) || 0;
	const results: INodeListSearchItems[] = [];
	for (let page = 0; page < (search ? MAX_SEARCH_PAGES : 1); page++) {
		const body = await ionApiRequest.call(this, 'GET', '/subscriptions', {
			qs: { customerId, 'pagination.limit': MAX_PAGE_SIZE, 'pagination.offset': offset },
			retrySettings: LIST_SEARCH_RETRY,
		});
		const records = recordsOf(body, 'items');
		for (const item of records.map(toItem)) {
			if (item && (!search || fold(item.name).includes(search))) results.push(item);
		}
		offset += records.length;
		const total = totalOf(body.totalCount);
		if (records.length === 0 || (total !== undefined && offset >= total)) {
			return { results };
		}
	}
	return { results, paginationToken: String(offset) };
}
