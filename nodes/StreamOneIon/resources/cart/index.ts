import type { ResourceDefinition } from '../../../shared/description';
import { apiUrl, checkIds, numericId } from '../../transport/paths';
import { ionRequest, mapRecords, offsetList } from '../../transport/routing';
import * as checkout from './checkout';
import { checkCart, deletedOutput, withCartId } from './common';
import * as createCart from './createCart';
import * as deleteCart from './delete';
import * as get from './get';
import * as getCarts from './getCarts';
import * as update from './update';

/*
 * Carts live under /api/v3/customers/{customerId}/carts, not under the account. The operation
 * values avoid `create` and `getAll`: the customer picker is one definition for the whole node,
 * and Customer > Create / Get Many do not take a customer (nodes/shared/description.ts).
 */
const CARTS = '/customers/{customerId}/carts';
const CART = `${CARTS}/{cartId}`;

export const cartResource: ResourceDefinition = {
	name: 'Cart',
	value: 'cart',
	operations: [
		{
			option: {
				name: 'Checkout',
				value: 'checkout',
				action: 'Check out a cart',
				description:
					'Check the cart out: Ion places a billed order for its items. Sent once, never retried.',
				routing: {
					request: { method: 'POST', url: apiUrl(`${CART}:checkout`) },
					send: { preSend: [checkCart, checkout.buildCheckoutBody] },
					output: { postReceive: [mapRecords(checkout.withOrderIds)] },
					// never resent after a 5xx or a dropped connection: it could buy twice
					operations: {
						pagination: ionRequest({
							idempotent: false,
							what: 'checkout',
							unknownOutcomeHint: checkout.CHECKOUT_UNKNOWN_OUTCOME_HINT,
						}),
					},
				},
			},
			properties: checkout.description,
		},
		{
			option: {
				name: 'Create',
				value: 'createCart',
				action: 'Create a cart',
				description: 'Create an empty cart for a customer. Buys nothing.',
				routing: {
					request: { method: 'POST', url: apiUrl(CARTS) },
					send: {
						preSend: [
							checkIds({ customerId: numericId('Customer') }),
							createCart.buildCreateCartBody,
						],
					},
					output: { postReceive: [mapRecords(withCartId)] },
					operations: {
						pagination: ionRequest({
							what: 'cart creation',
							unknownOutcomeHint: createCart.CREATE_CART_UNKNOWN_OUTCOME_HINT,
						}),
					},
				},
			},
			properties: createCart.description,
		},
		{
			option: {
				name: 'Delete',
				value: 'delete',
				action: 'Delete a cart',
				description: 'Clear and delete a cart. Buys and cancels nothing.',
				routing: {
					request: { method: 'DELETE', url: apiUrl(CART) },
					send: { preSend: [checkCart] },
					output: { postReceive: [deletedOutput(['customerId', 'cartId'])] },
					operations: {
						pagination: ionRequest({
							what: 'cart deletion',
							unknownOutcomeHint: deleteCart.DELETE_CART_UNKNOWN_OUTCOME_HINT,
						}),
					},
				},
			},
			properties: deleteCart.description,
		},
		{
			option: {
				name: 'Get',
				value: 'get',
				action: 'Get a cart',
				description: 'Retrieve one cart with its status and number of items',
				routing: {
					request: { method: 'GET', url: apiUrl(CART) },
					send: { preSend: [checkCart] },
					output: { postReceive: [mapRecords(withCartId)] },
				},
			},
			properties: get.description,
		},
		{
			option: {
				name: 'Get Many',
				value: 'getCarts',
				action: 'Get many carts',
				description: "List a customer's carts of one status",
				routing: {
					request: { method: 'GET', url: apiUrl(CARTS) },
					send: { preSend: [checkIds({ customerId: numericId('Customer') })] },
					operations: { pagination: offsetList('carts', { mapRecord: withCartId }) },
				},
			},
			properties: getCarts.description,
			isDefault: true,
		},
		{
			option: {
				name: 'Update',
				value: 'update',
				action: 'Update a cart',
				description: 'Change the display name, status, payment, currency or user of a cart',
				routing: {
					request: { method: 'PUT', url: apiUrl(CART) },
					send: { preSend: [checkCart, update.buildUpdateCartBody] },
					output: { postReceive: [mapRecords(withCartId)] },
				},
			},
			properties: update.description,
		},
	],
};
