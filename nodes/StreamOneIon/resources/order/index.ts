import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT_PATH, paramSegment } from '../../shared/descriptions';
import { buildOrderBody } from '../../shared/commerce';
import { ORDER_UNKNOWN_OUTCOME_HINT, ionRequest, tokenPagination } from '../../shared/transport';
import { checkNumericId } from '../../shared/validation';
import { orderCreateOrUpdateDescription } from './createOrUpdate';
import { orderGetAllDescription } from './getAll';
import { orderGetAllForCustomerDescription } from './getAllForCustomer';

const showOnlyForOrders = { resource: ['order'] };

const ORDERS = `=${ACCOUNT_PATH}`;
const CUSTOMER = `${ORDERS}/customers/${paramSegment('customerId')}`;
const ORDER = `${CUSTOMER}/orders/${paramSegment('orderId')}`;

const checkCustomerId = checkNumericId('customerId', 'Customer ID');
const checkCustomerIdOrAll = checkNumericId('customerId', 'Customer ID', { allowDash: true });
const checkOrderId = checkNumericId('orderId', 'Order ID');

/** The Operation selector (the node lists every resource's selector before the shared ID parameters). */
export const orderOperation: INodeProperties = {
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
				send: { preSend: [checkCustomerId, checkOrderId] },
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
				send: { preSend: [buildOrderBody] },
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
			routing: {
				request: { method: 'GET', url: ORDER },
				send: { preSend: [checkCustomerIdOrAll, checkOrderId] },
			},
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
				send: { preSend: [checkCustomerIdOrAll] },
				operations: { pagination: tokenPagination('orders') },
			},
		},
	],
	default: 'getAll',
};

/** The parameters of the operations, without the shared ID parameters (shared/idParameters.ts). */
export const orderDescription: INodeProperties[] = [
	...orderGetAllDescription,
	...orderGetAllForCustomerDescription,
	...orderCreateOrUpdateDescription,
];
