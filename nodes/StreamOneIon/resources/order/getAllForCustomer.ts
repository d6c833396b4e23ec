import type { INodeProperties } from 'n8n-workflow';
import { validateIds } from '../../shared/commerce';
import { ORDER_STATUS_OPTIONS, orderCustomerLocator, orderLimitFields } from './common';

const show = { resource: ['order'], operation: ['getAllForCustomer'] };

export const orderGetAllForCustomerDescription: INodeProperties[] = [
	{
		...orderCustomerLocator(show, true),
		routing: {
			send: { preSend: [validateIds({ name: 'customerId', label: 'Customer ID', allowDash: true })] },
		},
	},
	...orderLimitFields(show),
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
