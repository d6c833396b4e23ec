import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

export const ORDER_STATUS_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Canceled', value: 'CANCELED' },
	{ name: 'Completed', value: 'COMPLETED' },
	{ name: 'Confirmed', value: 'CONFIRMED' },
	{ name: 'Error', value: 'ERROR' },
	{ name: 'In Progress', value: 'IN_PROGRESS' },
	{ name: 'New', value: 'NEW' },
	{ name: 'On Hold', value: 'ON_HOLD' },
];

export const orderIdParameter: INodeProperties = {
	displayName: 'Order ID',
	name: 'orderId',
	type: 'string',
	required: true,
	default: '',
	placeholder: '123456',
	description:
		'The Ion order number, as shown in the Orders list of the portal or in the "orderId" field of an order. Cancel works only while the order status is New or On Hold.',
};
