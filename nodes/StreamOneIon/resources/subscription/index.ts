import type { ResourceDefinition } from '../../../shared/description';
import { ORDER_UNKNOWN_OUTCOME_HINT } from '../../shared/orderItem';
import { accountUrl, checkIds, numericId } from '../../transport/paths';
import { ionRequest, offsetList } from '../../transport/routing';
import * as get from './get';
import * as getAll from './getAll';
import * as updateSeats from './updateSeats';

export const subscriptionResource: ResourceDefinition = {
	name: 'Subscription',
	value: 'subscription',
	operations: [
		{
			option: {
				name: 'Get',
				value: 'get',
				action: 'Get a subscription',
				description: 'Retrieve the details of one customer subscription',
				routing: {
					request: {
						method: 'GET',
						url: accountUrl('/customers/{customerId}/subscriptions/{subscriptionId}'),
					},
					send: {
						preSend: [
							checkIds({
								customerId: numericId('Customer ID'),
								subscriptionId: numericId('Subscription ID'),
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
				action: 'Get many subscriptions',
				description:
					'List the subscriptions of your account, filtered by customer, status, product and more',
				routing: {
					request: { method: 'GET', url: accountUrl('/subscriptions') },
					operations: { pagination: offsetList('items') },
				},
			},
			properties: getAll.description,
			isDefault: true,
		},
		{
			option: {
				name: 'Update Seats',
				value: 'updateSeats',
				action: 'Update the seats of a subscription',
				description: 'Set a new seat quantity with an UPDATE order and return the order',
				routing: {
					request: { method: 'POST', url: accountUrl('/customers/{customerId}/orders') },
					// checks the IDs and Quantity, reads the subscription and builds the order
					send: {
						preSend: [
							checkIds({ customerId: numericId('Customer ID') }),
							updateSeats.prepareSeatUpdate,
						],
					},
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
			properties: updateSeats.description,
		},
	],
};
