import type { ResourceDefinition } from '../../../shared/description';
import { additionalBodyOnly, jsonBodyOnly } from '../../shared/body';
import { listOperation, readOperation } from '../../shared/operations';
import {
	CUSTOMER_SUBSCRIPTIONS,
	SUBSCRIPTION,
	SUBSCRIPTION_IDS,
	checkSubscriptionIds,
} from '../../transport/paths';
import { stellrRequest } from '../../transport/routing';
import * as activate from './activate';
import * as cancel from './cancel';
import * as changePlan from './changePlan';
import * as changeSeats from './changeSeats';
import { subscriptionWrite } from './common';
import * as createAddOn from './createAddOn';
import * as createSubscription from './createSubscription';
import * as downgrade from './downgrade';
import * as get from './get';
import * as getRenewalOptions from './getRenewalOptions';
import * as getSubscriptions from './getSubscriptions';
import * as getTransitionProducts from './getTransitionProducts';
import * as reactivate from './reactivate';
import * as suspend from './suspend';
import * as transfer from './transfer';
import * as updateRenewalSetting from './updateRenewalSetting';
import * as upgrade from './upgrade';

/*
 * Operation values that take the customer avoid "create" and "getAll" (Customer's, which do
 * not), so the customer picker stays one definition: see shared/locators.ts.
 */
export const subscriptionResource: ResourceDefinition = {
	name: 'Subscription',
	value: 'subscription',
	operations: [
		{
			option: subscriptionWrite({
				name: 'Activate',
				value: 'activate',
				action: 'Activate a subscription',
				description: 'Activate a suspended or pending subscription',
				path: 'activate',
				what: 'activation',
				unknownOutcomeHint: activate.UNKNOWN_OUTCOME_HINT,
				body: additionalBodyOnly,
			}),
			properties: activate.description,
		},
		{
			option: subscriptionWrite({
				name: 'Cancel',
				value: 'cancel',
				action: 'Cancel a subscription',
				description: 'Cancel a subscription and its add-ons',
				path: 'cancel',
				what: 'cancellation',
				unknownOutcomeHint: cancel.UNKNOWN_OUTCOME_HINT,
				body: additionalBodyOnly,
			}),
			properties: cancel.description,
		},
		{
			option: subscriptionWrite({
				name: 'Change Plan',
				value: 'changePlan',
				action: 'Change the plan of a subscription',
				description: 'Change the commitment term or billing frequency of a subscription',
				path: 'changePlan',
				what: 'plan change',
				unknownOutcomeHint: changePlan.UNKNOWN_OUTCOME_HINT,
				body: jsonBodyOnly,
			}),
			properties: changePlan.description,
		},
		{
			option: subscriptionWrite({
				name: 'Change Seats',
				value: 'changeSeats',
				action: 'Change the seats of a subscription',
				description: 'Set the total number of seats of a subscription',
				path: 'changeSeats',
				what: 'seat change',
				unknownOutcomeHint: changeSeats.UNKNOWN_OUTCOME_HINT,
				body: changeSeats.seatsBody,
			}),
			properties: changeSeats.description,
		},
		{
			option: subscriptionWrite({
				name: 'Create',
				value: 'createSubscription',
				action: 'Create a subscription',
				description: 'Buy one or more subscriptions for a customer',
				path: '',
				forCustomer: true,
				what: 'subscription purchase',
				unknownOutcomeHint: createSubscription.UNKNOWN_OUTCOME_HINT,
				body: jsonBodyOnly,
			}),
			properties: createSubscription.description,
		},
		{
			option: subscriptionWrite({
				name: 'Create Add-On',
				value: 'createAddOn',
				action: 'Create an add-on for a subscription',
				description: 'Buy an add-on for a subscription',
				path: 'addOn',
				what: 'add-on purchase',
				unknownOutcomeHint: createAddOn.UNKNOWN_OUTCOME_HINT,
				body: jsonBodyOnly,
			}),
			properties: createAddOn.description,
		},
		{
			option: subscriptionWrite({
				name: 'Downgrade',
				value: 'downgrade',
				action: 'Downgrade a subscription',
				description: 'Move a subscription to a lower product (from Get Transition Products)',
				path: 'downgrade',
				what: 'downgrade',
				unknownOutcomeHint: downgrade.UNKNOWN_OUTCOME_HINT,
				body: jsonBodyOnly,
			}),
			properties: downgrade.description,
		},
		{
			option: readOperation({
				name: 'Get',
				value: 'get',
				action: 'Get a subscription',
				description: 'Retrieve one subscription of a customer',
				url: SUBSCRIPTION,
				ids: SUBSCRIPTION_IDS,
			}),
			properties: get.description,
		},
		{
			option: listOperation({
				name: 'Get Many',
				value: 'getSubscriptions',
				action: 'Get many subscriptions of a customer',
				description: 'List the subscriptions of a customer, optionally by status and vendor',
				url: CUSTOMER_SUBSCRIPTIONS,
				ids: { customerNo: 'Customer' },
			}),
			properties: getSubscriptions.description,
			isDefault: true,
		},
		{
			option: readOperation({
				name: 'Get Renewal Options',
				value: 'getRenewalOptions',
				action: 'Get the renewal options of a subscription',
				description: 'The renewal date, auto-renew and the plans the subscription can renew into',
				url: `${SUBSCRIPTION}/renew/options`,
				ids: SUBSCRIPTION_IDS,
			}),
			properties: getRenewalOptions.description,
		},
		{
			option: listOperation({
				name: 'Get Transition Products',
				value: 'getTransitionProducts',
				action: 'Get the transition products of a subscription',
				description: 'List the products a subscription can be upgraded or downgraded to',
				url: `${SUBSCRIPTION}/transition/products`,
				ids: SUBSCRIPTION_IDS,
			}),
			properties: getTransitionProducts.description,
		},
		{
			option: subscriptionWrite({
				name: 'Reactivate',
				value: 'reactivate',
				action: 'Reactivate a subscription',
				description: 'Reactivate a cancelled subscription',
				path: 'reactive', // sic: the path Stellr publishes
				what: 'reactivation',
				unknownOutcomeHint: reactivate.UNKNOWN_OUTCOME_HINT,
				body: additionalBodyOnly,
			}),
			properties: reactivate.description,
		},
		{
			option: subscriptionWrite({
				name: 'Suspend',
				value: 'suspend',
				action: 'Suspend a subscription',
				description:
					"Suspend a subscription: the customer's users lose access until it is activated",
				path: 'suspend',
				what: 'suspension',
				unknownOutcomeHint: suspend.UNKNOWN_OUTCOME_HINT,
				body: additionalBodyOnly,
			}),
			properties: suspend.description,
		},
		{
			option: subscriptionWrite({
				name: 'Transfer',
				value: 'transfer',
				action: 'Transfer subscriptions to a customer',
				description:
					"Transfer a customer's Google subscriptions to your account with a transfer token",
				path: 'transfer',
				forCustomer: true,
				what: 'subscription transfer',
				unknownOutcomeHint: transfer.UNKNOWN_OUTCOME_HINT,
				body: jsonBodyOnly,
			}),
			properties: transfer.description,
		},
		{
			option: {
				name: 'Update Renewal Setting',
				value: 'updateRenewalSetting',
				action: 'Update the renewal setting of a subscription',
				description: 'Turn auto-renew on or off, optionally with the renewal quantity or product',
				routing: {
					request: { method: 'PUT', url: `${SUBSCRIPTION}/renew/setting` },
					send: { preSend: [checkSubscriptionIds, updateRenewalSetting.renewalBody] },
					// a PUT of absolute values: resent like a read after a 5xx
					operations: { pagination: stellrRequest({ what: 'renewal setting change' }) },
				},
			},
			properties: updateRenewalSetting.description,
		},
		{
			option: subscriptionWrite({
				name: 'Upgrade',
				value: 'upgrade',
				action: 'Upgrade a subscription',
				description: 'Move a subscription to a higher product (from Get Transition Products)',
				path: 'upgrade',
				what: 'upgrade',
				unknownOutcomeHint: upgrade.UNKNOWN_OUTCOME_HINT,
				body: jsonBodyOnly,
			}),
			properties: upgrade.description,
		},
	],
};
