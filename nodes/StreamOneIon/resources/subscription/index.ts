import type { INodeProperties } from 'n8n-workflow';
import { prepareSeatUpdate } from '../../shared/commerce';
import { ACCOUNT_PATH, paramSegment } from '../../shared/descriptions';
import { ORDER_UNKNOWN_OUTCOME_HINT, ionRequest, offsetPagination } from '../../shared/transport';
import { checkNumericId } from '../../shared/validation';
import { subscriptionGetDescription } from './get';
import { subscriptionGetAllDescription } from './getAll';
import { subscriptionUpdateSeatsDescription } from './updateSeats';

const showOnlyForSubscriptions = { resource: ['subscription'] };

const ACCOUNT = `=${ACCOUNT_PATH}`;
const CUSTOMER = `${ACCOUNT}/customers/${paramSegment('customerId')}`;

/** The Operation selector (the node lists every resource's selector before the shared ID parameters). */
export const subscriptionOperation: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: showOnlyForSubscriptions },
	options: [
		{
			name: 'Get',
			value: 'get',
			action: 'Get a subscription',
			description: 'Retrieve the details of one customer subscription',
			routing: {
				request: {
					method: 'GET',
					url: `${CUSTOMER}/subscriptions/${paramSegment('subscriptionId')}`,
				},
				send: {
					preSend: [
						checkNumericId('customerId', 'Customer ID'),
						checkNumericId('subscriptionId', 'Subscription ID'),
					],
				},
			},
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many subscriptions',
			description: 'List the subscriptions of your account, filtered by customer, status, product and more',
			routing: {
				request: { method: 'GET', url: `${ACCOUNT}/subscriptions` },
				operations: { pagination: offsetPagination('items') },
			},
		},
		{
			name: 'Update Seats',
			value: 'updateSeats',
			action: 'Update the seats of a subscription',
			description: 'Set a new seat quantity with an UPDATE order and return the order',
			routing: {
				request: { method: 'POST', url: `${CUSTOMER}/orders` },
				// checks the IDs and Quantity, reads the subscription and builds the order
				send: { preSend: [prepareSeatUpdate] },
				// the subscription GET in the preSend is retried; this order POST never is
				operations: {
					pagination: ionRequest({
						idempotent: false,
						what: 'seat update order',
						unknownOutcomeHint: ORDER_UNKNOWN_OUTCOME_HINT,
					}),
				},
			},
		},
	],
	default: 'getAll',
};

/** The parameters of the operations, without the shared ID parameters (shared/idParameters.ts). */
export const subscriptionDescription: INodeProperties[] = [
	...subscriptionGetAllDescription,
	...subscriptionGetDescription,
	...subscriptionUpdateSeatsDescription,
];
