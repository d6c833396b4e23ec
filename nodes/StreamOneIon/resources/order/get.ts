import type { INodeProperties } from 'n8n-workflow';
import { validateIds } from '../../shared/commerce';
import { orderCustomerLocator } from './common';

const show = { resource: ['order'], operation: ['get'] };

export const orderGetDescription: INodeProperties[] = [
	orderCustomerLocator(show, true),
	{
		displayName: 'Order ID',
		name: 'orderId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '123456',
		displayOptions: { show },
		description:
			'The Ion order number, as shown in the Orders list of the portal or in the "orderId" field of an order',
		routing: {
			send: {
				preSend: [
					validateIds(
						{ name: 'customerId', label: 'Customer ID', allowDash: true },
						{ name: 'orderId', label: 'Order ID' },
					),
				],
			},
		},
	},
];
