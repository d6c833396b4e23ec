import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { fail, scopeOf } from '../../../shared/nodeErrors';
import { text } from '../../../shared/validation';
import { checkOrderItem, toQuantity, withOrderOptions } from '../../shared/orderItem';
import { ionApiRequest } from '../../transport/request';

/*
 * A one-item UPDATE order built from a subscription as Ion holds it: what Update Seats and the
 * lifecycle operations (Set Auto-Renew, Suspend, Reactivate, Cancel) send. The order POST itself
 * is sent by the operation's request function, which never resends it.
 */

/** Where each ID of the UPDATE item comes from in the subscription, and its label. */
const FROM_SUBSCRIPTION = [
	['resourceId', 'Resource ID', 'subscriptionId'],
	['productId', 'Product ID', 'ccpProductId'],
	['skuId', 'SKU ID', 'ccpSkuId'],
	['planId', 'Plan ID', 'ccpPlanId'],
] as const;

export interface UpdateOrderInput {
	customerId: string;
	subscriptionId: string;
	/** The subscription as Ion holds it, when the caller has read it already (else it is read here). */
	subscription?: IDataObject;
	/** The new total of seats; undefined = the subscription's current seats. */
	quantity?: number;
	attributes: IDataObject[];
	/** Order and item options: Reference ID, Display Name, End-Customer PO, Reseller PO. */
	options: IDataObject;
	/** The item in messages, e.g. "Seat update". */
	what: string;
}

/** Reads the subscription (a GET, retried like every read). */
export async function readSubscription(
	ctx: IExecuteSingleFunctions,
	customerId: string,
	subscriptionId: string,
): Promise<IDataObject> {
	const path = `/customers/${encodeURIComponent(customerId)}/subscriptions/${encodeURIComponent(subscriptionId)}`;
	return await ionApiRequest.call(ctx, 'GET', path);
}

/**
 * The checked order body `{ orderItems: [item], referenceId?, displayName? }`, the item's IDs and
 * (unless given) its quantity taken from the subscription.
 */
export async function buildUpdateOrder(
	ctx: IExecuteSingleFunctions,
	input: UpdateOrderInput,
): Promise<IDataObject> {
	const scope = scopeOf(ctx);
	const subscription =
		input.subscription ?? (await readSubscription(ctx, input.customerId, input.subscriptionId));
	const item: IDataObject = { action: 'UPDATE' };
	for (const [key, label, field] of FROM_SUBSCRIPTION) {
		item[key] = text(subscription[field]);
		if (!item[key]) {
			fail(
				scope,
				`Subscription ${input.subscriptionId} has no ${field}, so the ${label} is unknown`,
				`Ion's subscription record lacks "${field}"; the order cannot be placed without it.`,
			);
		}
	}
	item.quantity =
		input.quantity ??
		toQuantity(
			scope,
			subscription.subscriptionTotalLicenses,
			`The current seats of subscription ${input.subscriptionId} ("subscriptionTotalLicenses")`,
		);
	if (text(input.options.endCustomerPO)) item.endCustomerPO = text(input.options.endCustomerPO);
	if (text(input.options.resellerPO)) item.resellerPO = text(input.options.resellerPO);
	item.attributes = input.attributes;
	return withOrderOptions({ orderItems: [checkOrderItem(scope, item, input.what)] }, input.options);
}

/** Shown above everything else on operations that change what is billed. */
export const updateOrderNotice: INodeProperties = {
	displayName:
		'This places a real UPDATE order with TD SYNNEX and may change what you are billed. It is sent once and never retried automatically. The output is the order Ion created.',
	name: 'seatsNotice',
	type: 'notice',
	default: '',
};
