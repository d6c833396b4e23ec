import type { IDisplayOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { makeCustomerLocator } from '../../shared/descriptions';

export const ORDER_STATUS_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Canceled', value: 'CANCELED' },
	{ name: 'Completed', value: 'COMPLETED' },
	{ name: 'Confirmed', value: 'CONFIRMED' },
	{ name: 'Error', value: 'ERROR' },
	{ name: 'In Progress', value: 'IN_PROGRESS' },
	{ name: 'New', value: 'NEW' },
	{ name: 'On Hold', value: 'ON_HOLD' },
];

type Show = NonNullable<IDisplayOptions['show']>;

/** Customer picker for order operations; `allowAll` accepts "-" (every customer under the account). */
export function orderCustomerLocator(show: Show, allowAll: boolean): INodeProperties {
	return {
		...makeCustomerLocator({
			allowAll,
			description: allowAll
				? 'The Ion customer the order belongs to. Pick from the list or enter the numeric Customer ID shown in Ion under Customers. By ID also accepts "-" to look across every customer under your account, including customers of your sub-resellers.'
				: 'The Ion customer the order is for. Pick from the list or enter the numeric Customer ID shown in Ion under Customers.',
		}),
		displayOptions: { show },
	};
}
