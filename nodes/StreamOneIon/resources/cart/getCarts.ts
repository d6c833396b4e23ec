import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/commonParameters';
import { customerLocator } from '../../shared/customerLocator';

/**
 * Cart > Get Many: the customer's carts of one status (Ion requires the status), paged with
 * `pagination.limit` / `pagination.offset` (transport/routing.ts offsetList). Ion's answer has no
 * total, so Return All stops at the first empty page.
 */
export const description: INodeProperties[] = [
	customerLocator,
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: [
			// a documented guess: Ion's "unspecified" status lists carts of every status
			{ name: 'Any', value: 'CART_STATUS_UNSPECIFIED' },
			{ name: 'Checked Out', value: 'CHECKED_OUT' },
			{ name: 'Open', value: 'OPEN' },
			{ name: 'Quote', value: 'QUOTE' },
			{ name: 'Saved for Later', value: 'SAVED_FOR_LATER' },
		],
		default: 'OPEN',
		description: 'Which carts to list (Ion lists carts by status)',
		routing: { send: { type: 'query', property: 'status' } },
	},
	...returnAllAndLimit,
];
