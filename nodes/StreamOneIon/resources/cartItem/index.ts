import type { ResourceDefinition } from '../../../shared/description';
import { apiUrl, checkIds, numericId, pathId } from '../../transport/paths';
import { ionRequest, mapRecords, splitRecords } from '../../transport/routing';
import { checkCart, deletedOutput, withCartItemId } from '../cart/common';
import * as add from './add';
import * as get from './get';
import * as getCartItems from './getCartItems';
import * as remove from './remove';
import * as update from './update';

/*
 * The items of a cart, under /api/v3/customers/{customerId}/carts/{cartId}/cartItems. Adding,
 * changing or removing items buys nothing; Cart > Checkout does. The operation value
 * `getCartItems` (not `getAll`) keeps the customer picker one definition (see cart/index.ts).
 */
const ITEMS = '/customers/{customerId}/carts/{cartId}/cartItems';
const ITEM = `${ITEMS}/{cartItemId}`;
const checkItem = checkIds({
	customerId: numericId('Customer'),
	cartId: pathId('Cart ID'),
	cartItemId: pathId('Cart Item ID'),
});

export const cartItemResource: ResourceDefinition = {
	name: 'Cart Item',
	value: 'cartItem',
	operations: [
		{
			option: {
				name: 'Add',
				value: 'add',
				action: 'Add an item to a cart',
				description: 'Put a plan with a quantity into a cart. Buys nothing until Checkout.',
				routing: {
					request: { method: 'POST', url: apiUrl(ITEMS) },
					send: { preSend: [checkCart, add.buildAddItemBody] },
					output: { postReceive: [mapRecords(withCartItemId)] },
					operations: {
						pagination: ionRequest({
							what: 'cart item addition',
							unknownOutcomeHint: add.ADD_ITEM_UNKNOWN_OUTCOME_HINT,
						}),
					},
				},
			},
			properties: add.description,
		},
		{
			option: {
				name: 'Get',
				value: 'get',
				action: 'Get a cart item',
				description: 'Retrieve one item of a cart with its plan, quantity and prices',
				routing: {
					request: { method: 'GET', url: apiUrl(ITEM) },
					send: { preSend: [checkItem] },
					output: { postReceive: [mapRecords(withCartItemId)] },
				},
			},
			properties: get.description,
		},
		{
			option: {
				name: 'Get Many',
				value: 'getCartItems',
				action: 'Get many items of a cart',
				description: 'List the items of a cart',
				routing: {
					request: { method: 'GET', url: apiUrl(ITEMS) },
					send: { preSend: [checkCart] },
					output: { postReceive: [splitRecords('cartitems', withCartItemId)] },
				},
			},
			properties: getCartItems.description,
			isDefault: true,
		},
		{
			option: {
				name: 'Remove',
				value: 'remove',
				action: 'Remove an item from a cart',
				description: 'Take an item out of a cart',
				routing: {
					request: { method: 'DELETE', url: apiUrl(ITEM) },
					send: { preSend: [checkItem] },
					output: { postReceive: [deletedOutput(['customerId', 'cartId', 'cartItemId'])] },
					operations: {
						pagination: ionRequest({
							what: 'cart item removal',
							unknownOutcomeHint: remove.REMOVE_ITEM_UNKNOWN_OUTCOME_HINT,
						}),
					},
				},
			},
			properties: remove.description,
		},
		{
			option: {
				name: 'Update',
				value: 'update',
				action: 'Update a cart item',
				description: 'Change the plan, quantity, payment or add-on of an item in a cart',
				routing: {
					request: { method: 'PUT', url: apiUrl(ITEM) },
					send: { preSend: [checkItem, update.buildUpdateItemBody] },
					output: { postReceive: [mapRecords(withCartItemId)] },
				},
			},
			properties: update.description,
		},
	],
};
