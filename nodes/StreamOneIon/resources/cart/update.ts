import type { INodeProperties } from 'n8n-workflow';

import { scopeOf } from '../../../shared/nodeErrors';
import { preSendStep } from '../../../shared/requestFrame';
import { updateFieldsSet } from '../../../shared/validation';
import { customerLocator } from '../../shared/customerLocator';
import { checkId, numericId, pathId } from '../../transport/paths';
import { ionApiRequest } from '../../transport/request';
import {
	CART_STATUS_OPTIONS,
	cartDisplayNameField,
	cartFields,
	cartFieldsOf,
	cartIdParameter,
	cartRequestBody,
	type CartFields,
} from './common';

/**
 * preSend: Update Cart is a PUT. The spec does not say whether Ion keeps the fields a PUT leaves
 * out (a documented guess either way), so the node reads the cart first and sends every field
 * back with only the fields the user set changed: right whether Ion merges or replaces.
 */
export const buildUpdateCartBody = preSendStep(async function (requestOptions) {
	const scope = scopeOf(this);
	const customerId = checkId(this, 'customerId', numericId('Customer'));
	const cartId = checkId(this, 'cartId', pathId('Cart ID'));
	const changes = updateFieldsSet(this);
	const current = await ionApiRequest.call(
		this,
		'GET',
		`/api/v3/customers/${encodeURIComponent(customerId)}/carts/${encodeURIComponent(cartId)}`,
	);
	const fields: CartFields = { ...cartFieldsOf(current), ...Object.fromEntries(changes) };
	requestOptions.body = cartRequestBody(scope, fields);
});

/** Cart > Update: display name, status, payment, currency or user; every other field is kept. */
export const description: INodeProperties[] = [
	customerLocator,
	cartIdParameter,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description:
			'Only the fields you add are changed; the node keeps every other field as it is in Ion',
		options: [
			...cartFields.slice(0, 2),
			cartDisplayNameField,
			cartFields[2],
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: CART_STATUS_OPTIONS,
				default: 'OPEN',
				description: 'Checkout sets Checked Out; a cart cannot be set to it here',
			},
			cartFields[3],
		],
	},
];
