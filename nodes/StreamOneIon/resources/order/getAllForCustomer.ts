import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import { ORDER_STATUS_OPTIONS } from './common';

const show = { resource: ['order'], operation: ['getAllForCustomer'] };

export const orderGetAllForCustomerDescription: INodeProperties[] = [
	...returnAllAndLimit(show),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show },
		options: [
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				default: 'NEW',
				options: ORDER_STATUS_OPTIONS,
				description: 'Only orders in this state',
				routing: { send: { type: 'query', property: 'status' } },
			},
		],
	},
];
