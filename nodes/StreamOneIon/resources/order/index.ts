import type { ResourceDefinition } from '../../../shared/description';
import { ORDER_UNKNOWN_OUTCOME_HINT } from '../../shared/orderItem';
import { accountUrl, checkIds, numericId, numericIdOrAll } from '../../transport/paths';
import { ionRequest, tokenList } from '../../transport/routing';
import * as cancel from './cancel';
import * as createOrUpdate from './createOrUpdate';
import * as get from './get';
import * as getAll from './getAll';
import * as getAllForCustomer from './getAllForCustomer';

const CUSTOMER_ORDERS = '/customers/{customerId}/orders';
const ORDER = `${CUSTOMER_ORDERS}/{orderId}`;

export const orderResource: ResourceDefinition = {
	name: 'Order',
	value: 'order',
	operations: [
		{
			option: {
				name: 'Cancel',
				value: 'cancel',
				action: 'Cancel an order',
				description: 'Cancel an order that is still New or On Hold',
				routing: {
					request: { method: 'POST', url: accountUrl(`${ORDER}:cancel`) },
					send: {
						preSend: [
							checkIds({ customerId: numericId('Customer'), orderId: numericId('Order ID') }),
						],
					},
					operations: {
						pagination: ionRequest({
							idempotent: false,
							what: 'cancellation',
							unknownOutcomeHint: cancel.CANCEL_UNKNOWN_OUTCOME_HINT,
						}),
					},
				},
			},
			properties: cancel.description,
		},
		{
			option: {
				name: 'Create or Update',
				value: 'createOrUpdate',
				action: 'Create or update an order',
				description:
					'Place an order: buy new subscriptions (CREATE) or change existing ones such as seat counts (UPDATE). Sent once, never retried. For Microsoft orders Ion may return generated passwords in the output.',
				routing: {
					request: { method: 'POST', url: accountUrl(CUSTOMER_ORDERS) },
					send: {
						preSend: [
							checkIds({ customerId: numericId('Customer') }),
							createOrUpdate.buildOrderBody,
						],
					},
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
			properties: createOrUpdate.description,
		},
		{
			option: {
				name: 'Get',
				value: 'get',
				action: 'Get an order',
				description: 'Retrieve one order with its items and status',
				routing: {
					request: { method: 'GET', url: accountUrl(ORDER) },
					send: {
						preSend: [
							checkIds({
								customerId: numericIdOrAll('Customer'),
								orderId: numericId('Order ID'),
							}),
						],
					},
				},
			},
			properties: get.description,
		},
		{
			option: {
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many orders',
				description: 'List the orders of your account and its sub-accounts',
				routing: {
					request: { method: 'GET', url: accountUrl('/orders') },
					operations: { pagination: tokenList('orders') },
				},
			},
			properties: getAll.description,
			isDefault: true,
		},
		{
			option: {
				name: 'Get Many for Customer',
				value: 'getAllForCustomer',
				action: 'Get many orders of a customer',
				description: 'List the orders of one customer, or of every customer with "-"',
				routing: {
					request: { method: 'GET', url: accountUrl(CUSTOMER_ORDERS) },
					send: { preSend: [checkIds({ customerId: numericIdOrAll('Customer') })] },
					operations: { pagination: tokenList('orders') },
				},
			},
			properties: getAllForCustomer.description,
		},
	],
};
