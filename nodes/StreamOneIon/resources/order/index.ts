import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT_PATH } from '../../shared/descriptions';
import { ORDER_UNKNOWN_OUTCOME_HINT, ionRequest, tokenPagination } from '../../shared/transport';
import { orderCancelDescription } from './cancel';
import { orderCreateOrUpdateDescription } from './createOrUpdate';
import { orderGetDescription } from './get';
import { orderGetAllDescription } from './getAll';
import { orderGetAllForCustomerDescription } from './getAllForCustomer';

const showOnlyForOrders = { resource: ['order'] };

const ORDERS = `=${ACCOUNT_PATH}`;
const CUSTOMER = `${ORDERS}/customers/{{encodeURIComponent(String($parameter.customerId).trim())}}`;
const ORDER = `${CUSTOMER}/orders/{{encodeURIComponent(String($parameter.orderId).trim())}}`;

export const orderDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForOrders },
		options: [
			{
				name: 'Cancel',
				value: 'cancel',
				action: 'Cancel an order',
				description: 'Cancel an order that is still New or On Hold',
				routing: {
					request: { method: 'POST', url: `${ORDER}:cancel` },
					operations: {
						pagination: ionRequest({
							idempotent: false,
							what: 'cancellation',
							unknownOutcomeHint:
								'Check with Order > Get whether the order status is now CANCELED before cancelling again.',
						}),
					},
				},
			},
			{
				name: 'Create or Update',
				value: 'createOrUpdate',
				action: 'Create or update an order',
				description:
					'Place an order: buy new subscriptions (CREATE) or change existing ones such as seat counts (UPDATE). Sent once, never retried. For Microsoft orders Ion may return generated passwords in the output.',
				routing: {
					request: { method: 'POST', url: `${CUSTOMER}/orders` },
					// never resent after a 5xx or a dropped connection: it could buy twice
					operations: {
						pagination: ionRequest({
							idempotent: false,
							what: 'order',
							unknownOutcomeHint: ORDER_UNKNOWN_OUTCOME_HINT,
						}),
					},
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an order',
				description: 'Retrieve one order with its items and status',
				routing: { request: { method: 'GET', url: ORDER } },
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many orders',
				description: 'List the orders of your account and its sub-accounts',
				routing: {
					request: { method: 'GET', url: `${ORDERS}/orders` },
					operations: { pagination: tokenPagination('orders') },
				},
			},
			{
				name: 'Get Many for Customer',
				value: 'getAllForCustomer',
				action: 'Get many orders of a customer',
				description: 'List the orders of one customer, or of every customer with "-"',
				routing: {
					request: { method: 'GET', url: `${CUSTOMER}/orders` },
					operations: { pagination: tokenPagination('orders') },
				},
			},
		],
		default: 'getAll',
	},
	...orderGetAllDescription,
	...orderGetAllForCustomerDescription,
	...orderGetDescription,
	...orderCreateOrUpdateDescription,
	...orderCancelDescription,
];
