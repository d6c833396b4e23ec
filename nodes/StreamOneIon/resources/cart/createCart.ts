import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { scopeOf } from '../../../shared/nodeErrors';
import { preSendStep } from '../../../shared/requestFrame';
import { customerLocator } from '../../shared/customerLocator';
import {
	CART_STATUS_OPTIONS,
	cartDisplayNameField,
	cartFields,
	cartRequestBody,
	type CartFields,
} from './common';

/** How to find out whether a cart whose creation had an unknown outcome exists. */
export const CREATE_CART_UNKNOWN_OUTCOME_HINT =
	'Check with Cart > Get Many (Status: the one you chose) whether the cart was created before creating it again.';

/** preSend: Ion's CartRequest (status required) from the fields. */
export const buildCreateCartBody = preSendStep(function (
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const fields: CartFields = {
		...(this.getNodeParameter('additionalFields', {}) as CartFields),
		cartDisplayName: this.getNodeParameter('cartDisplayName', ''),
		status: this.getNodeParameter('status', 'OPEN'),
	};
	requestOptions.body = cartRequestBody(scopeOf(this), fields);
});

/** Cart > Create: a new, empty cart for the customer. Buys nothing. */
export const description: INodeProperties[] = [
	customerLocator,
	cartDisplayNameField,
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: CART_STATUS_OPTIONS,
		default: 'OPEN',
		description: 'Open: being filled. Quote: a quote for the customer. Saved for Later: parked.',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: cartFields,
	},
];
