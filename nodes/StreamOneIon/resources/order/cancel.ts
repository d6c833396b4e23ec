import type { INodeProperties } from 'n8n-workflow';
import { validateIds } from '../../shared/commerce';
import { orderCustomerLocator } from './common';

const show = { resource: ['order'], operation: ['cancel'] };

export const orderCancelDescription: INodeProperties[] = [
	orderCustomerLocator(show, false),
	{
		displayName: 'Order ID',
		name: 'orderId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '123456',
		displayOptions: { show },
		description:
			'The Ion order number to cancel. Ion only cancels orders whose status is still New or On Hold.',
		routing: {
			send: {
				preSend: [
					validateIds({ name: 'customerId', label: 'Customer ID' }, { name: 'orderId', label: 'Order ID' }),
				],
			},
		},
	},
];
