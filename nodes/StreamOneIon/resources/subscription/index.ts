import type { ResourceDefinition } from '../../../shared/description';
import { accountUrl, checkIds, numericId } from '../../transport/paths';
import { offsetList } from '../../transport/routing';
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
								customerId: numericId('Customer'),
								subscriptionId: numericId('Subscription'),
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
				description:
					'Set a new seat total with an UPDATE order and return it, with the seats before and after; no order when the subscription already has that total',
				routing: {
					request: { method: 'POST', url: accountUrl('/customers/{customerId}/orders') },
					// checks the IDs and Quantity before anything is sent
					send: {
						preSend: [checkIds({ customerId: numericId('Customer') }), updateSeats.checkSeatUpdate],
					},
					// reads the subscription (retried), then places at most one order (never resent)
					operations: { pagination: updateSeats.placeSeatUpdate },
				},
			},
			properties: updateSeats.description,
		},
	],
};
