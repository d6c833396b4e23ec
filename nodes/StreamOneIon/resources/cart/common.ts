import type {
	IDataObject,
	IExecuteSingleFunctions,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

import { fail, type InputScope } from '../../../shared/nodeErrors';
import { getParam, text } from '../../../shared/validation';
import { checkIds, numericId, pathId } from '../../transport/paths';

/*
 * What the Cart and Cart Item operations share. Carts live under
 * `/api/v3/customers/{customerId}/carts` (not under the account). Ion names a cart only by its
 * resource name `customers/{customerId}/carts/{cartId}`, so every cart the node outputs gets a
 * leading `cartId`, and every cart item a `cartItemId` and its `cartId`.
 */

export const cartDisplayNameField: INodeProperties = {
	displayName: 'Display Name',
	name: 'cartDisplayName',
	type: 'string',
	default: '',
	placeholder: 'e.g. Onboarding Harbor Vet',
	description: 'A name for the cart, shown in the Ion portal',
};

export const cartIdParameter: INodeProperties = {
	displayName: 'Cart ID',
	name: 'cartId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 3001',
	description:
		'The cart\'s ID: the "cartId" field the node adds to every cart (the last part of its name customers/{customerId}/carts/{cartId})',
};

/** preSend of every operation on one cart (and its items): checks and fills `{customerId}` and `{cartId}`. */
export const checkCart = checkIds({ customerId: numericId('Customer'), cartId: pathId('Cart ID') });

/** The cart statuses a user may set (CHECKED_OUT is set by Checkout only). */
export const CART_STATUS_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Open', value: 'OPEN' },
	{ name: 'Quote', value: 'QUOTE' },
	{ name: 'Saved for Later', value: 'SAVED_FOR_LATER' },
];

export const PAYMENT_TYPE_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Credit Card', value: 'CREDIT_CARD' },
	{ name: 'Offline', value: 'OFFLINE' },
];

/** The segment after `/{collection}/` in a resource name, or ''. */
export function idAfter(name: unknown, collection: string): string {
	const match = new RegExp(`/${collection}/([^/]+)`).exec(typeof name === 'string' ? name : '');
	return match ? match[1] : '';
}

/**
 * A record with leading IDs read from its name, e.g. `{ cartId: 'carts' }`: the segment after
 * `/carts/` as `cartId`. An ID Ion sent itself is never overwritten.
 */
export function idsFromName(collections: Record<string, string>) {
	return function (record: IDataObject): IDataObject {
		const ids: IDataObject = {};
		for (const [key, collection] of Object.entries(collections)) {
			const id = idAfter(record.name, collection);
			if (record[key] === undefined && id) ids[key] = id;
		}
		return { ...ids, ...record };
	};
}

/** A cart with a leading `cartId` (from its name). */
export const withCartId = idsFromName({ cartId: 'carts' });

/** A cart item with a leading `cartItemId` and `cartId` (from its name). */
export const withCartItemId = idsFromName({ cartItemId: 'cartItems', cartId: 'carts' });

/** A currency code as Ion uses them (ISO 4217, three letters), upper-cased. */
export function checkCurrencyCode(scope: InputScope, value: unknown, field: string): string {
	const code = text(value).toUpperCase();
	if (!/^[A-Z]{3}$/.test(code)) {
		fail(scope, `${field} must be a three-letter currency code such as USD, got "${text(value)}"`);
	}
	return code;
}

/** Ion's Payment object from a payment type and an optional credit card name. */
export function paymentOf(paymentType: unknown, creditCardName: unknown): IDataObject | undefined {
	const payment: IDataObject = {};
	if (text(paymentType)) payment.paymentType = text(paymentType);
	if (text(creditCardName)) payment.creditCardName = text(creditCardName);
	return Object.keys(payment).length ? payment : undefined;
}

/** The fields a cart has besides its status (Create: Additional Fields; Update: Update Fields). */
export const cartFields: INodeProperties[] = [
	{
		displayName: 'Credit Card Name',
		name: 'creditCardName',
		type: 'string',
		default: '',
		description: 'The name of the stored credit card to pay with, when Payment Type is Credit Card',
	},
	{
		displayName: 'Currency Code',
		name: 'currencyCode',
		type: 'string',
		default: '',
		placeholder: 'e.g. USD',
		description: "Three-letter currency code of the cart; by default the account's currency",
	},
	{
		displayName: 'Payment Type',
		name: 'paymentType',
		type: 'options',
		options: PAYMENT_TYPE_OPTIONS,
		default: 'OFFLINE',
		description: 'How the cart is paid',
	},
	{
		displayName: 'User Name',
		name: 'userName',
		type: 'string',
		default: '',
		description: 'The Ion user the cart belongs to; by default the integration user',
	},
];

/** The cart's fields as the editor names them (Create's parameters, Update Fields). */
export interface CartFields {
	cartDisplayName?: unknown;
	status?: unknown;
	paymentType?: unknown;
	creditCardName?: unknown;
	currencyCode?: unknown;
	userName?: unknown;
}

/** Ion's CartRequest / CartUpdateRequest from the editor's fields, checked; empty ones left out. */
export function cartRequestBody(scope: InputScope, fields: CartFields): IDataObject {
	const body: IDataObject = {};
	if (text(fields.cartDisplayName)) body.cartDisplayName = text(fields.cartDisplayName);
	if (text(fields.userName)) body.userName = text(fields.userName);
	const payment = paymentOf(fields.paymentType, fields.creditCardName);
	if (payment) body.payment = payment;
	if (text(fields.status)) body.status = text(fields.status);
	if (text(fields.currencyCode)) {
		body.currencyCode = checkCurrencyCode(scope, fields.currencyCode, 'Currency Code');
	}
	return body;
}

/** A cart as Ion returns it, in the editor's field names (for Update: read, change, write). */
export function cartFieldsOf(cart: IDataObject): CartFields {
	const payment = (cart.payment ?? {}) as IDataObject;
	return {
		cartDisplayName: cart.cartDisplayName,
		status: cart.status,
		paymentType: payment.paymentType,
		creditCardName: payment.creditCardName,
		currencyCode: cart.currencyCode,
		userName: cart.userName,
	};
}

/**
 * postReceive of a delete: Ion answers 204 without a body, so the node outputs what it deleted
 * (`{ deleted: true, customerId, cartId, ... }` with the IDs of `idNames`), one item per input item.
 */
export function deletedOutput(idNames: string[]) {
	return async function (this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
		const json: IDataObject = { deleted: true };
		for (const name of idNames) json[name] = text(getParam(this, name, ''));
		return [{ json }];
	};
}
