import type { INodeProperties, PreSendAction } from 'n8n-workflow';

import type { OperationDefinition, ResourceDefinition } from '../../../shared/description';
import { ORDER_UNKNOWN_OUTCOME_HINT } from '../../shared/orderItem';
import { accountUrl, checkIds, numericId } from '../../transport/paths';
import { ionRequest, offsetList } from '../../transport/routing';
import * as cancel from './cancel';
import * as get from './get';
import * as getAll from './getAll';
import * as reactivate from './reactivate';
import * as setAutoRenew from './setAutoRenew';
import * as suspend from './suspend';
import * as updateSeats from './updateSeats';

/**
 * A lifecycle operation: an UPDATE order POST built by `prepare` (lifecycle.ts). The subscription
 * GET in the preSend is retried; the order POST never is.
 */
function lifecycleOperation(
	name: string,
	value: string,
	action: string,
	description: string,
	what: string,
	prepare: PreSendAction,
	properties: INodeProperties[],
): OperationDefinition {
	return {
		option: {
			name,
			value,
			action,
			description,
			routing: {
				request: { method: 'POST', url: accountUrl('/customers/{customerId}/orders') },
				send: { preSend: [checkIds({ customerId: numericId('Customer') }), prepare] },
				operations: {
					pagination: ionRequest({
						idempotent: false,
						what,
						unknownOutcomeHint: ORDER_UNKNOWN_OUTCOME_HINT,
					}),
				},
			},
		},
		properties,
	};
}

export const subscriptionResource: ResourceDefinition = {
	name: 'Subscription',
	value: 'subscription',
	operations: [
		lifecycleOperation(
			'Cancel',
			'cancel',
			'Cancel a subscription',
			'Cancel a subscription with an UPDATE order (status "deleted") and return the order. Vendors may refuse it outside their cancellation window.',
			'cancellation order',
			cancel.prepareCancel,
			cancel.description,
		),
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
		lifecycleOperation(
			'Reactivate',
			'reactivate',
			'Reactivate a subscription',
			'Reactivate a suspended subscription with an UPDATE order (status "active") and return the order',
			'reactivation order',
			reactivate.prepareReactivate,
			reactivate.description,
		),
		lifecycleOperation(
			'Set Auto-Renew',
			'setAutoRenew',
			'Set auto-renew of a subscription',
			'Turn automatic renewal on or off with an UPDATE order and return the order',
			'auto-renew order',
			setAutoRenew.prepareAutoRenew,
			setAutoRenew.description,
		),
		lifecycleOperation(
			'Suspend',
			'suspend',
			'Suspend a subscription',
			'Suspend a subscription with an UPDATE order (status "suspended") and return the order',
			'suspension order',
			suspend.prepareSuspend,
			suspend.description,
		),
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
