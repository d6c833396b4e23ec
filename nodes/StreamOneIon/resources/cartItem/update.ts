import type { INodeProperties } from 'n8n-workflow';

import { scopeOf } from '../../../shared/nodeErrors';
import { preSendStep } from '../../../shared/requestFrame';
import { updateFieldsSet } from '../../../shared/validation';
import { customerLocator } from '../../shared/customerLocator';
import { checkId, numericId, pathId } from '../../transport/paths';
import { ionApiRequest } from '../../transport/request';
import { cartIdParameter } from '../cart/common';
import {
	cartItemFields,
	cartItemFieldsOf,
	cartItemIdParameter,
	cartItemRequestBody,
	planNameDescription,
	quantityDescription,
} from './common';

/**
 * preSend: Update Cart Item is a PUT of a CartItemRequest. As for carts, the node reads the item
 * first and sends it back with only the fields the user set changed (right whether Ion merges or
 * replaces, a documented guess).
 */
export const buildUpdateItemBody = preSendStep(async function (requestOptions) {
	const scope = scopeOf(this);
	const customerId = checkId(this, 'customerId', numericId('Customer'));
	const cartId = checkId(this, 'cartId', pathId('Cart ID'));
	const cartItemId = checkId(this, 'cartItemId', pathId('Cart Item ID'));
	const changes = updateFieldsSet(
		this,
		'Click Add Field under Update Fields and enter the new value, for example Quantity.',
	);
	const path = [customerId, cartId, cartItemId].map((id) => encodeURIComponent(id));
	const current = await ionApiRequest.call(
		this,
		'GET',
		`/api/v3/customers/${path[0]}/carts/${path[1]}/cartItems/${path[2]}`,
	);
	requestOptions.body = cartItemRequestBody(scope, {
		...cartItemFieldsOf(current),
		...Object.fromEntries(changes),
	});
});

/** Cart Item > Update: plan, quantity, payment or add-on of an item; the rest is kept. */
export const description: INodeProperties[] = [
	customerLocator,
	cartIdParameter,
	cartItemIdParameter,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description:
			'Only the fields you add are changed; the node keeps every other field as it is in Ion',
		options: [
			...cartItemFields,
			{
				displayName: 'Plan',
				name: 'planName',
				type: 'string',
				default: '',
				description: planNameDescription,
			},
			{
				displayName: 'Quantity',
				name: 'quantity',
				type: 'number',
				default: 1,
				typeOptions: { minValue: 1, numberPrecision: 0 },
				description: quantityDescription,
			},
		],
	},
];
