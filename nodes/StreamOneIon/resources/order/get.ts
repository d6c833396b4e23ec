import type { INodeProperties } from 'n8n-workflow';
import { checkNumericId } from '../../shared/validation';
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
					checkNumericId('customerId', 'Customer ID', { allowDash: true }),
					checkNumericId('orderId', 'Order ID'),
				],
			},
		},
	},
];
