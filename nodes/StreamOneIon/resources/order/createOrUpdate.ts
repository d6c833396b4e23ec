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
import { locatorValue } from '../../loadOptions/orderItemOptions';
import { productTemplateAttributes } from '../../shared/catalogue';
import { checkOrderItem, refuseZeroSeatUpdate, withOrderOptions } from '../../shared/orderItem';
import { checkId, numericId } from '../../transport/paths';
import { orderItemsParameter } from './orderItems';

interface UiOrderItem extends IDataObject {
	attributes?: { attribute?: IDataObject[] };
	options?: IDataObject & { addOns?: { addOn?: IDataObject[] } };
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
		checkItem(ctx, item, `Order item ${i + 1}`),
	);
	return body;
}

/** The order items of "Using Fields Below", each checked. */
function itemsFromFields(ctx: IExecuteSingleFunctions): IDataObject {
	const scope = scopeOf(ctx);
	const items = (ctx.getNodeParameter('orderItems', {}) as { item?: UiOrderItem[] }).item ?? [];
	if (items.length === 0) fail(scope, 'Order Items: add at least one item');
	return {
		orderItems: items.map(({ options = {}, ...item }, i) =>
			checkItem(
				ctx,
				{
					...options,
					...item,
					productId: locatorValue(item.productId),
					addOns: options.addOns?.addOn,
					attributes: item.attributes?.attribute ?? [],
				},
				`Order item ${i + 1}`,
			),
		),
	};
}

function checkItem(ctx: IExecuteSingleFunctions, item: IDataObject, where: string): IDataObject {
	const checked = checkOrderItem(scopeOf(ctx), item, where);
	refuseZeroSeatUpdate(scopeOf(ctx), checked, where);
	return checked;
}

/**
 * Refuses an item that lacks an attribute its provisioning template requires (catalogue.ts),
 * before anything is sent: one product and one template read per product and action (cached).
 */
async function checkRequiredAttributes(ctx: IExecuteSingleFunctions, items: IDataObject[]) {
	for (const [i, item] of items.entries()) {
		const where = `Order item ${i + 1}`;
		const productId = String(item.productId);
		const template = await productTemplateAttributes(ctx, productId, String(item.action));
		if (!template.found) {
			fail(
				scopeOf(ctx),
				`${where}: Product ${productId} is not in the catalogue`,
				'Pick the product from the list, or check its ID with Product > Get.',
			);
		}
		const given = new Set((item.attributes as IDataObject[]).map((a) => String(a.name)));
		const missing = template.required.filter((name) => !given.has(name));
		if (missing.length) {
			fail(
				scopeOf(ctx),
				`${where}: the ${template.provider} ${String(item.action)} template requires the attribute ${missing.join(', ')}`,
				`Add ${missing.map((m) => `"${m}"`).join(', ')} under the item's Attributes (in JSON: "attributes": [{"name": "${missing[0]}", "value": "..."}]). Nothing was sent.`,
			);
		}
	}
}

/**
 * preSend: checks the customer, builds the OrderRequest body from the fields or from the JSON,
 * checks every item (its template's required attributes too), and adds the optional reference ID
 * and display name.
 */
export const buildOrderBody = preSendStep(async function (
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	checkId(this, 'customerId', numericId('Customer'));
	const mode = this.getNodeParameter('inputMode', 'fields') as string;
	const body = mode === 'json' ? itemsFromJson(this) : itemsFromFields(this);
	await checkRequiredAttributes(this, body.orderItems as IDataObject[]);
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
