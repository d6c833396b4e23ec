import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { preSendStep } from '../../../shared/requestFrame';
import { orderDisplayNameField } from '../../shared/orderFields';
import { checkId, numericId } from '../../transport/paths';
import { buildUpdateOrder } from './updateOrder';

/*
 * Subscription lifecycle (Set Auto-Renew, Suspend, Reactivate, Cancel) as UPDATE orders that
 * carry the subscription's current product, SKU, plan, seats and resource ID plus lifecycle
 * attributes.
 *
 * A documented guess (README, "documented guesses"): the public API description does not name
 * these attributes. The names and values come from a PowerShell module used in production
 * (BNWEIN/IONModule, Set-Subscription.ps1 and Set-Renewal.ps1) and a public Postman collection
 * (cloudmindsab/td-synnex, "Toggle Autorenewal OFF"). Every name and value is in
 * LIFECYCLE_ATTRIBUTES below and nowhere else: if Ion uses others, change them here.
 */
export const LIFECYCLE_ATTRIBUTES = {
	/** Sent with every lifecycle change (the sources use both "updateSubscription" and "updatesubscription"). */
	operation: { attribute: 'operations', value: 'updateSubscription' },
	renewal: { attribute: 'renewalSetting', on: 'auto-on', off: 'auto-off' },
	status: {
		attribute: 'statusUpdate',
		active: 'active',
		suspended: 'suspended',
		cancelled: 'deleted',
	},
} as const;

export type LifecycleChange =
	| { kind: 'autoRenew'; on: boolean }
	| { kind: 'status'; to: 'active' | 'suspended' | 'cancelled' };

/** The attributes of one lifecycle change. */
export function lifecycleAttributes(change: LifecycleChange): IDataObject[] {
	const { operation, renewal, status } = LIFECYCLE_ATTRIBUTES;
	const attribute =
		change.kind === 'autoRenew'
			? { name: renewal.attribute, value: change.on ? renewal.on : renewal.off }
			: { name: status.attribute, value: status[change.to] };
	return [{ name: operation.attribute, value: operation.value }, attribute];
}

/** How an operation names its change in messages ("Suspension" -> "outcome of the suspension order"). */
const WHAT: Record<string, string> = {
	autoRenew: 'Auto-renew change',
	active: 'Reactivation',
	suspended: 'Suspension',
	cancelled: 'Cancellation',
};

export function lifecycleWhat(change: LifecycleChange): string {
	return WHAT[change.kind === 'autoRenew' ? 'autoRenew' : change.to];
}

/**
 * preSend of a lifecycle operation: checks the IDs, reads the subscription and builds the UPDATE
 * order with its current seats and the change's attributes. `change` may read the parameters.
 */
export function prepareLifecycleOrder(change: (ctx: IExecuteSingleFunctions) => LifecycleChange) {
	return preSendStep(async function (
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	) {
		const customerId = checkId(this, 'customerId', numericId('Customer'));
		const subscriptionId = checkId(this, 'subscriptionId', numericId('Subscription'));
		const wanted = change(this);
		const options = this.getNodeParameter('lifecycleOptions', {}) as IDataObject;
		requestOptions.body = await buildUpdateOrder(this, {
			customerId,
			subscriptionId,
			attributes: lifecycleAttributes(wanted),
			options,
			what: lifecycleWhat(wanted),
		});
	});
}

/** Options of every lifecycle operation: the order's own reference and name. */
export const lifecycleOptions: INodeProperties = {
	displayName: 'Options',
	name: 'lifecycleOptions',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		orderDisplayNameField,
		{
			displayName: 'Reference ID',
			name: 'referenceId',
			type: 'string',
			default: '',
			description:
				'Your own ID for the order, for example the offboarding ticket in your PSA: it lets you find the order if its outcome is ever unknown',
		},
	],
};
