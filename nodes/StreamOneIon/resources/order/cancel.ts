import type { INodeProperties } from 'n8n-workflow';
import { checkNumericId } from '../../shared/validation';
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
				preSend: [checkNumericId('customerId', 'Customer ID'), checkNumericId('orderId', 'Order ID')],
			},
		},
	},
];
