import type { IDataObject } from 'n8n-workflow';

import { fail, type InputScope } from '../../shared/nodeErrors';
import { requireWholeNumber, text } from '../../shared/validation';

/*
 * Ion's rules for an order item (OrderItemRequest), checked before an order is sent by every
 * operation that places one (Order > Create or Update, Subscription > Update Seats).
 */

/** How to find out whether an order whose outcome is unknown went through. */
export const ORDER_UNKNOWN_OUTCOME_HINT =
	'Before placing it again, check whether Ion created it: use Order > Get with the order ID if you have one, or Order > Get Many for Customer and look for the order\'s Reference ID (the "referenceId" you gave the order) or its items. Only submit again if it is not there.';

/** A whole number of seats or units, 0 or more. */
export function toQuantity(scope: InputScope, raw: unknown, label: string): number {
	return requireWholeNumber(scope, raw, label, 0);
}

function checkAction(scope: InputScope, raw: unknown, where: string, fallback?: string): string {
	const action = (text(raw) || fallback || '').toUpperCase();
	if (action !== 'CREATE' && action !== 'UPDATE') {
		fail(
			scope,
			`${where}: Action must be CREATE or UPDATE${fallback ? '' : `, got "${text(raw)}"`}`,
		);
	}
	return action;
}

function checkAddOns(scope: InputScope, raw: unknown, where: string): IDataObject[] | undefined {
	if (raw === undefined || raw === null) return undefined;
	if (!Array.isArray(raw)) fail(scope, `${where}: Add-Ons must be a list`);
	if (raw.length === 0) return undefined;
	return (raw as IDataObject[]).map((addOn, i) => {
		const at = `${where}, add-on ${i + 1}`;
		const addOnId = text(addOn?.addOnId) || text(addOn?.id);
		if (addOnId === '') fail(scope, `${at}: Add-On is required`);
		const planId = text(addOn.planId);
		if (planId === '') fail(scope, `${at}: Plan is required`);
		return {
			id: text(addOn.id) || addOnId,
			addOnId,
			planId,
			action: checkAction(scope, addOn.action, at, 'CREATE'),
			quantity: toQuantity(scope, addOn.quantity, `${at}: Quantity`),
		};
	});
}

function checkAttributes(scope: InputScope, raw: unknown, where: string): IDataObject[] {
	if (!Array.isArray(raw)) fail(scope, `${where}: Attributes must be a list of {name, value}`);
	return (raw as IDataObject[]).map((attribute, i) => {
		const name = text(attribute?.name);
		if (name === '') fail(scope, `${where}, attribute ${i + 1}: Name is required`);
		return {
			name,
			value:
				attribute.value === undefined || attribute.value === null ? '' : String(attribute.value),
		};
	});
}

/**
 * Checks one order item and returns it with only the fields Ion knows. `where` names the item in
 * messages, e.g. "Order item 2".
 */
export function checkOrderItem(scope: InputScope, item: IDataObject, where: string): IDataObject {
	if (typeof item !== 'object' || item === null || Array.isArray(item))
		fail(scope, `${where} must be an object`);
	const action = checkAction(scope, item.action, where);
	const out: IDataObject = { action };
	if (text(item.referenceId)) out.referenceId = text(item.referenceId);
	const resourceId = text(item.resourceId);
	if (action === 'UPDATE' && resourceId === '') {
		fail(
			scope,
			`${where}: Resource ID is required for an UPDATE item`,
			'The Resource ID is the provider\'s subscription ID (the "subscriptionId" field of the subscription in Ion). Subscription > Update Seats looks it up for you.',
		);
	}
	if (resourceId) out.resourceId = resourceId;
	for (const [key, label] of [
		['productId', 'Product'],
		['skuId', 'SKU'],
		['planId', 'Plan'],
	] as const) {
		const value = text(item[key]);
		if (value === '') fail(scope, `${where}: ${label} is required`);
		out[key] = value;
	}
	out.quantity = toQuantity(scope, item.quantity, `${where}: Quantity`);
	if (action === 'CREATE' && out.quantity === 0) {
		fail(scope, `${where}: Quantity must be at least 1 for a CREATE item, got 0`);
	}
	if (text(item.endCustomerPO)) out.endCustomerPO = text(item.endCustomerPO);
	if (text(item.resellerPO)) out.resellerPO = text(item.resellerPO);
	const addOns = checkAddOns(scope, item.addOns, where);
	if (addOns) out.addOns = addOns;
	out.attributes = checkAttributes(scope, item.attributes ?? [], where);
	return out;
}

/**
 * Seat changes (Order > Create or Update, Subscription > Update Seats): an UPDATE to 0 seats is
 * refused. Ion's public sources end a subscription with an UPDATE that sets its status, not its
 * seats to 0 (the statusUpdate attribute in BNWEIN/IONModule), so 0 is most likely a mistake.
 */
export function refuseZeroSeatUpdate(scope: InputScope, item: IDataObject, where: string): void {
	if (item.action !== 'UPDATE' || item.quantity !== 0) return;
	fail(
		scope,
		`${where}: Quantity 0 is not allowed for an UPDATE`,
		'To end a subscription, cancel it instead of setting its seats to 0. To lower the seats, enter the new total (at least 1).',
	);
}

/** The order with the optional Reference ID and Display Name of `options` added (trimmed). */
export function withOrderOptions(order: IDataObject, options: IDataObject): IDataObject {
	if (text(options.referenceId)) order.referenceId = text(options.referenceId);
	if (text(options.displayName)) order.displayName = text(options.displayName);
	return order;
}
