import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { fail, scopeOf } from '../../../shared/nodeErrors';
import { preSendStep } from '../../../shared/requestFrame';
import { text } from '../../../shared/validation';
import { customerLocator } from '../../shared/customerLocator';
import {
	attributesField,
	endCustomerPoField,
	orderDisplayNameField,
	resellerPoField,
} from '../../shared/orderFields';
import { checkOrderItem, toQuantity, withOrderOptions } from '../../shared/orderItem';
import { checkId, numericId } from '../../transport/paths';
import { ionApiRequest } from '../../transport/request';
import { subscriptionIdParameter } from './common';

/** Where each ID of the UPDATE item comes from in the subscription, and its label. */
const FROM_SUBSCRIPTION = [
	['resourceId', 'Resource ID', 'subscriptionId'],
	['productId', 'Product ID', 'ccpProductId'],
	['skuId', 'SKU ID', 'ccpSkuId'],
	['planId', 'Plan ID', 'ccpPlanId'],
] as const;

/**
 * preSend: checks the input, then (unless the product, SKU, plan and resource IDs were all given)
 * reads the subscription (a GET, retried like every read) and builds a one-item UPDATE order for
 * the new quantity. The order POST itself is sent by the operation's request function, which
 * never resends it.
 */
export const prepareSeatUpdate = preSendStep(async function (
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const scope = scopeOf(this);
	const customerId = checkId(this, 'customerId', numericId('Customer ID'));
	const subscriptionId = checkId(this, 'subscriptionId', numericId('Subscription ID'));
	const quantity = toQuantity(scope, this.getNodeParameter('quantity', undefined), 'Quantity');
	const options = this.getNodeParameter('options', {}) as IDataObject & {
		attributes?: { attribute?: IDataObject[] };
	};
	const item: IDataObject = { action: 'UPDATE', quantity };
	for (const [key] of FROM_SUBSCRIPTION) item[key] = text(options[key]);
	if (FROM_SUBSCRIPTION.some(([key]) => !item[key])) {
		const path = `/customers/${encodeURIComponent(customerId)}/subscriptions/${encodeURIComponent(subscriptionId)}`;
		const subscription = await ionApiRequest.call(this, 'GET', path);
		for (const [key, label, field] of FROM_SUBSCRIPTION) {
			if (!item[key]) item[key] = text(subscription[field]);
			if (!item[key]) {
				fail(
					scope,
					`Subscription ${subscriptionId} has no ${field}, so the ${label} is unknown`,
					`Enter the ${label} under Options so the order can be placed.`,
				);
			}
		}
	}
	if (text(options.endCustomerPO)) item.endCustomerPO = text(options.endCustomerPO);
	if (text(options.resellerPO)) item.resellerPO = text(options.resellerPO);
	item.attributes = options.attributes?.attribute ?? [];
	requestOptions.body = withOrderOptions(
		{ orderItems: [checkOrderItem(scope, item, 'Seat update')] },
		options,
	);
});

/** Shown above everything else: this operation spends money. */
const seatsNotice: INodeProperties = {
	displayName:
		'This places a real UPDATE order with TD SYNNEX and may change what you are billed. It is sent once and never retried automatically. The output is the order Ion created.',
	name: 'seatsNotice',
	type: 'notice',
	default: '',
};

export const description: INodeProperties[] = [
	seatsNotice,
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
