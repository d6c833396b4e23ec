import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/commonParameters';
import { customerLocator } from '../../shared/locators';
import { additionalQuery } from '../../shared/parameters';

/** Subscription statuses (G11); any other can be sent under Additional Query Parameters. */
export const STATUS_OPTIONS = [
	{ name: 'Active', value: 'ACTIVE' },
	{ name: 'Cancelled', value: 'CANCELLED' },
	{ name: 'Expired', value: 'EXPIRED' },
	{ name: 'Pending', value: 'PENDING' },
	{ name: 'Suspended', value: 'SUSPENDED' },
];

export const description: INodeProperties[] = [
	customerLocator,
	...returnAllAndLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: STATUS_OPTIONS,
				default: 'ACTIVE',
				description: 'Only subscriptions with this status',
				routing: { send: { type: 'query', property: 'status' } },
			},
			{
				displayName: 'Vendor ID',
				name: 'vendorId',
				type: 'string',
				default: '',
				placeholder: 'e.g. Microsoft',
				description: 'Only subscriptions of this vendor',
				routing: { send: { type: 'query', property: 'vendorId' } },
			},
		],
	},
	additionalQuery,
];
