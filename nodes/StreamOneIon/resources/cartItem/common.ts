import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { fail, type InputScope } from '../../../shared/nodeErrors';
import { text } from '../../../shared/validation';
import { toQuantity } from '../../shared/orderItem';
import { PAYMENT_TYPE_OPTIONS, paymentOf } from '../cart/common';

/*
 * Cart items: a plan of a catalogue product with a quantity (Ion's CartItemRequest). What they
 * share: the item ID, the fields, and the request body built from them.
 */

export const cartItemIdParameter: INodeProperties = {
	displayName: 'Cart Item ID',
	name: 'cartItemId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 12',
	description:
		'The item\'s ID: the "cartItemId" field the node adds to every cart item (the last part of its name)',
};

/** A documented guess: Ion's planName takes the plan ID; the node sends what the user enters. */
export const planNameDescription =
	'The plan to buy: its ID as in the product (Product > Get: definition.skus[].plans[].id), e.g. MS-M365-E3-P1Y-MONTHLY. Ion calls this field planName.';

export const quantityDescription = 'How many seats or units; 1 or more';

/** Fields of a cart item other than plan and quantity (Add: Options; Update: Update Fields). */
export const cartItemFields: INodeProperties[] = [
	{
		displayName: 'Add-On Display Name',
		name: 'addOnDisplayName',
		type: 'string',
		default: '',
		description: 'Name of the add-on to add with the item; required with Add-On Plan',
	},
	{
		displayName: 'Add-On Parent',
		name: 'addOnParent',
		type: 'string',
		default: '',
		description: "The add-on's parent, as Ion names it (optional)",
	},
	{
		displayName: 'Add-On Parent Identifier',
		name: 'addOnParentIdentifier',
		type: 'string',
		default: '',
		description: "The add-on's parent identifier, as Ion names it (optional)",
	},
	{
		displayName: 'Add-On Plan',
		name: 'addOnPlanId',
		type: 'string',
		default: '',
		description: 'Plan of an add-on to add with the item; required with Add-On Display Name',
	},
	{
		displayName: 'Payment Type',
		name: 'paymentType',
		type: 'options',
		options: PAYMENT_TYPE_OPTIONS,
		default: 'OFFLINE',
		description: 'How the item is paid; by default as the cart',
	},
];

/** A cart item's fields as the editor names them. */
export interface CartItemFields {
	planName?: unknown;
	quantity?: unknown;
	paymentType?: unknown;
	addOnPlanId?: unknown;
	addOnDisplayName?: unknown;
	addOnParent?: unknown;
	addOnParentIdentifier?: unknown;
}

/** Ion's CartItemRequest from the editor's fields, checked before anything is sent. */
export function cartItemRequestBody(scope: InputScope, fields: CartItemFields): IDataObject {
	const planName = text(fields.planName);
	if (planName === '') fail(scope, 'Plan is required', planNameDescription);
	const quantity = toQuantity(scope, fields.quantity, 'Quantity');
	if (quantity < 1) fail(scope, `Quantity must be at least 1, got ${quantity}`);
	const body: IDataObject = { planName, quantity };
	const payment = paymentOf(fields.paymentType, undefined);
	if (payment) body.payment = payment;
	const addOnPlanId = text(fields.addOnPlanId);
	const addOnDisplayName = text(fields.addOnDisplayName);
	if (
		addOnPlanId ||
		addOnDisplayName ||
		text(fields.addOnParent) ||
		text(fields.addOnParentIdentifier)
	) {
		// Ion: "If this object is included then planId and displayName is required"
		if (!addOnPlanId) fail(scope, 'Add-On Plan is required when an add-on is set');
		if (!addOnDisplayName) fail(scope, 'Add-On Display Name is required when an add-on is set');
		const addOns: IDataObject = { planId: addOnPlanId, displayName: addOnDisplayName };
		if (text(fields.addOnParent)) addOns.parent = text(fields.addOnParent);
		if (text(fields.addOnParentIdentifier))
			addOns.parentIdentifier = text(fields.addOnParentIdentifier);
		body.addOns = addOns;
	}
	return body;
}

/** A cart item as Ion returns it, in the editor's field names (for Update: read, change, write). */
export function cartItemFieldsOf(item: IDataObject): CartItemFields {
	const payment = (item.payment ?? {}) as IDataObject;
	const addOns = (item.addOns ?? {}) as IDataObject;
	return {
		planName: item.planName,
		quantity: item.quantity,
		paymentType: payment.paymentType,
		addOnPlanId: addOns.planId,
		addOnDisplayName: addOns.displayName,
		addOnParent: addOns.parent,
		addOnParentIdentifier: addOns.parentIdentifier,
	};
}
