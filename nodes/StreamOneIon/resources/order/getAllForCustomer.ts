import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import { checkNumericId } from '../../shared/validation';
import { ORDER_STATUS_OPTIONS, orderCustomerLocator } from './common';

const show = { resource: ['order'], operation: ['getAllForCustomer'] };

export const orderGetAllForCustomerDescription: INodeProperties[] = [
	{
		...orderCustomerLocator(show, true),
		routing: {
			send: { preSend: [checkNumericId('customerId', 'Customer ID', { allowDash: true })] },
		},
	},
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
