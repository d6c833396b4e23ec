import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { scopeOf } from '../../../shared/nodeErrors';
import { preSendStep } from '../../../shared/requestFrame';
import { customerLocator } from '../../shared/customerLocator';
import {
	attributesField,
	endCustomerPoField,
	orderDisplayNameField,
	resellerPoField,
} from '../../shared/orderFields';
import { toQuantity } from '../../shared/orderItem';
import { checkId, numericId } from '../../transport/paths';
import { subscriptionIdParameter } from './common';
import { buildUpdateOrder, updateOrderNotice } from './updateOrder';

/**
 * preSend: checks the input, then builds a one-item UPDATE order for the new quantity; the
 * subscription is read unless the product, SKU, plan and resource IDs were all given.
 */
export const prepareSeatUpdate = preSendStep(async function (
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const customerId = checkId(this, 'customerId', numericId('Customer ID'));
	const subscriptionId = checkId(this, 'subscriptionId', numericId('Subscription ID'));
	const quantity = toQuantity(
		scopeOf(this),
		this.getNodeParameter('quantity', undefined),
		'Quantity',
	);
	const options = this.getNodeParameter('options', {}) as IDataObject & {
		attributes?: { attribute?: IDataObject[] };
	};
	requestOptions.body = await buildUpdateOrder(this, {
		customerId,
		subscriptionId,
		quantity,
		ids: options,
		attributes: options.attributes?.attribute ?? [],
		options,
		what: 'Seat update',
		missingIdHint: (label) => `Enter the ${label} under Options so the order can be placed.`,
	});
});

export const description: INodeProperties[] = [
	updateOrderNotice,
	customerLocator,
	subscriptionIdParameter,
	{
		displayName: 'Quantity',
		name: 'quantity',
		type: 'number',
		required: true,
		default: 1,
		typeOptions: { minValue: 0, numberPrecision: 0 },
		description:
			'The new total number of seats (not the difference). Vendors may refuse decreases outside their cancellation window.',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		description:
			'Product, SKU, plan and resource IDs are read from the subscription unless you set all four here (which saves one request)',
		options: [
			attributesField(
				'Provisioning attributes the vendor needs for an update, by name as in the UPDATE provisioning template (Provisioning Template > Get Many)',
			),
			orderDisplayNameField,
			endCustomerPoField,
			{
				displayName: 'Plan ID',
				name: 'planId',
				type: 'string',
				default: '',
				description: 'Ion plan ID; by default the subscription\'s "ccpPlanId"',
			},
			{
				displayName: 'Product ID',
				name: 'productId',
				type: 'string',
				default: '',
				description: 'Ion product ID; by default the subscription\'s "ccpProductId"',
			},
			{
				displayName: 'Reference ID',
				name: 'referenceId',
				type: 'string',
				default: '',
				description: 'Your own ID for the order, for example the ticket number in your PSA',
			},
			resellerPoField,
			{
				displayName: 'Resource ID',
				name: 'resourceId',
				type: 'string',
				default: '',
				description:
					'The vendor\'s subscription ID; by default the subscription\'s "subscriptionId"',
			},
			{
				displayName: 'SKU ID',
				name: 'skuId',
				type: 'string',
				default: '',
				description: 'Ion SKU ID; by default the subscription\'s "ccpSkuId"',
			},
		],
	},
];
