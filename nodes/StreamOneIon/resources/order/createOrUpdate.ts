import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { fail, scopeOf } from '../../../shared/nodeErrors';
import { preSendStep } from '../../../shared/requestFrame';
import { parseJsonField } from '../../../shared/validation';
import { customerLocator } from '../../shared/customerLocator';
import { orderDisplayNameField } from '../../shared/orderFields';
import { checkOrderItem, withOrderOptions } from '../../shared/orderItem';
import { checkId, numericId } from '../../transport/paths';
import { orderItemsParameter } from './orderItems';

interface UiOrderItem extends IDataObject {
	addOns?: { addOn?: IDataObject[] };
	attributes?: { attribute?: IDataObject[] };
}

/** The order items of "Using JSON": a non-empty `orderItems` list, each item checked. */
function itemsFromJson(ctx: IExecuteSingleFunctions): IDataObject {
	const scope = scopeOf(ctx);
	const body = {
		...(parseJsonField(scope, ctx.getNodeParameter('orderJson', ''), 'Order (JSON)', {
			expect: 'object',
		}) as IDataObject),
	};
	if (!Array.isArray(body.orderItems) || body.orderItems.length === 0) {
		fail(scope, 'Order (JSON) needs a non-empty "orderItems" list');
	}
	body.orderItems = (body.orderItems as IDataObject[]).map((item, i) =>
		checkOrderItem(scope, item, `Order item ${i + 1}`),
	);
	return body;
}

/** The order items of "Using Fields Below", each checked. */
function itemsFromFields(ctx: IExecuteSingleFunctions): IDataObject {
	const scope = scopeOf(ctx);
	const items = (ctx.getNodeParameter('orderItems', {}) as { item?: UiOrderItem[] }).item ?? [];
	if (items.length === 0) fail(scope, 'Order Items: add at least one item');
	return {
		orderItems: items.map((item, i) =>
			checkOrderItem(
				scope,
				{ ...item, addOns: item.addOns?.addOn, attributes: item.attributes?.attribute ?? [] },
				`Order item ${i + 1}`,
			),
		),
	};
}

/**
 * preSend: checks the customer, builds the OrderRequest body from the fields or from the JSON,
 * checks every item, and adds the optional reference ID and display name.
 */
export const buildOrderBody = preSendStep(function (
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	checkId(this, 'customerId', numericId('Customer ID'));
	const mode = this.getNodeParameter('inputMode', 'fields') as string;
	const body = mode === 'json' ? itemsFromJson(this) : itemsFromFields(this);
	requestOptions.body = withOrderOptions(
		body,
		this.getNodeParameter('additionalFields', {}) as IDataObject,
	);
});

/** Shown above everything else: this operation spends money. */
const orderNotice: INodeProperties = {
	displayName:
		'This places a real order with TD SYNNEX and may be billed. It is sent once and never retried automatically. For Microsoft orders, Ion may return generated passwords (for example the new tenant admin password) in the output: treat the output as sensitive.',
	name: 'orderNotice',
	type: 'notice',
	default: '',
};

export const description: INodeProperties[] = [
	orderNotice,
	customerLocator,
	{
		displayName: 'Define Order',
		name: 'inputMode',
		type: 'options',
		default: 'fields',
		options: [
			{
				name: 'Using Fields Below',
				value: 'fields',
				description: 'Build the order items one by one',
			},
			{
				name: 'Using JSON',
				value: 'json',
				description: 'Send the whole order body as JSON, as documented for Create or Update Order',
			},
		],
		description: 'How to enter the order',
	},
	orderItemsParameter,
	{
		displayName: 'Order (JSON)',
		name: 'orderJson',
		type: 'json',
		default:
			'{\n  "orderItems": [\n    {\n      "action": "CREATE",\n      "productId": "",\n      "skuId": "",\n      "planId": "",\n      "quantity": 1,\n      "attributes": []\n    }\n  ]\n}',
		required: true,
		displayOptions: { show: { inputMode: ['json'] } },
		description:
			'The order body: an object with "orderItems" (each with action, productId, skuId, planId, quantity, attributes, and resourceId for UPDATE) and optional "referenceId" and "displayName". It is checked before sending.',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			orderDisplayNameField,
			{
				displayName: 'Reference ID',
				name: 'referenceId',
				type: 'string',
				default: '',
				description:
					'Your own ID for the order, for example the ticket or quote number in your PSA. Overrides "referenceId" in the JSON.',
			},
		],
	},
];
