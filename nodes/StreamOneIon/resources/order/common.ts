import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { makeCustomerLocator } from '../../shared/customerLocator';

export const ORDER_STATUS_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Canceled', value: 'CANCELED' },
	{ name: 'Completed', value: 'COMPLETED' },
	{ name: 'Confirmed', value: 'CONFIRMED' },
	{ name: 'Error', value: 'ERROR' },
	{ name: 'In Progress', value: 'IN_PROGRESS' },
	{ name: 'New', value: 'NEW' },
	{ name: 'On Hold', value: 'ON_HOLD' },
];

/** The customer an order is placed or cancelled for. */
export const orderCustomer = makeCustomerLocator({
	description:
		'The Ion customer the order is for. Pick from the list or enter the numeric Customer ID shown in Ion under Customers.',
});

/** The customer whose orders are read; By ID also accepts "-" for every customer. */
export const orderCustomerOrAll = makeCustomerLocator({
	allowAll: true,
	description:
		'The Ion customer the order belongs to. Pick from the list or enter the numeric Customer ID shown in Ion under Customers. By ID also accepts "-" to look across every customer under your account, including customers of your sub-resellers.',
});

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
