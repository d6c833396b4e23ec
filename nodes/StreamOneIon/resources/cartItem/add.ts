import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { scopeOf } from '../../../shared/nodeErrors';
import { preSendStep } from '../../../shared/requestFrame';
import { customerLocator } from '../../shared/customerLocator';
import { cartIdParameter } from '../cart/common';
import {
	cartItemFields,
	cartItemRequestBody,
	planNameDescription,
	quantityDescription,
} from './common';

/** How to find out whether an add whose outcome is unknown put the item into the cart. */
export const ADD_ITEM_UNKNOWN_OUTCOME_HINT =
	'Check with Cart Item > Get Many whether the item is in the cart before adding it again: a second add puts it in twice, and Checkout would buy both.';

/** preSend: Ion's CartItemRequest from the plan, the quantity and the options. */
export const buildAddItemBody = preSendStep(async function (requestOptions) {
	requestOptions.body = cartItemRequestBody(scopeOf(this), {
		...(this.getNodeParameter('options', {}) as IDataObject),
		planName: this.getNodeParameter('planName', ''),
		quantity: this.getNodeParameter('quantity', undefined),
	});
});

/** Cart Item > Add: puts a plan into the cart. Buys nothing until Cart > Checkout. */
export const description: INodeProperties[] = [
	customerLocator,
	cartIdParameter,
	{
		displayName: 'Plan',
		name: 'planName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. MS-M365-E3-P1Y-MONTHLY',
		description: planNameDescription,
	},
	{
		displayName: 'Quantity',
		name: 'quantity',
		type: 'number',
		required: true,
		default: 1,
		typeOptions: { minValue: 1, numberPrecision: 0 },
		description: quantityDescription,
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: cartItemFields,
	},
];
