import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { fail, scopeOf, type InputScope } from '../../../shared/nodeErrors';
import { preSendStep } from '../../../shared/requestFrame';
import { text } from '../../../shared/validation';
import { customerLocator } from '../../shared/customerLocator';
import { attributeNameField, attributeValueField } from '../../shared/orderFields';
import { cartIdParameter, idsFromName } from './common';

/** How to find out whether a checkout whose outcome is unknown placed the order. */
export const CHECKOUT_UNKNOWN_OUTCOME_HINT =
	'Before checking out again, check whether Ion placed the order: Cart > Get shows the status CHECKED_OUT once the cart is checked out, and Order > Get Many for Customer lists the order (its reference ID is customers/{customerId}/carts/{cartId}). Only check out again if neither shows it.';

interface AttributeRow {
	cartItemId?: unknown;
	name?: unknown;
	value?: unknown;
}

/**
 * Ion's `provisionData` from the editor's attribute rows (one row per cart item and attribute):
 * one entry per cart item, in the order the items first appear, with its name/value pairs.
 */
export function provisionDataFrom(scope: InputScope, rows: AttributeRow[]): IDataObject[] {
	const byItem = new Map<string, IDataObject[]>();
	rows.forEach((row, i) => {
		const where = `Provisioning Attributes, row ${i + 1}`;
		const cartItemId = text(row.cartItemId);
		if (!/^\d+$/.test(cartItemId)) {
			fail(
				scope,
				`${where}: Cart Item ID must be a number, got "${cartItemId}"`,
				'Use the "cartItemId" of the item (Cart Item > Get Many lists them).',
			);
		}
		const name = text(row.name);
		if (name === '') {
			fail(
				scope,
				`${where}: Name is required`,
				"Attribute names come from the provisioning template of the product's vendor and action CREATE (Provisioning Template > Get Many).",
			);
		}
		const attributes = byItem.get(cartItemId) ?? [];
		attributes.push({ name, value: text(row.value) });
		byItem.set(cartItemId, attributes);
	});
	return [...byItem].map(([cartItemId, attributes]) => ({
		cartItemId: Number(cartItemId),
		attributes,
	}));
}

/** preSend: Ion's CheckoutCartRequest from the attribute rows and options. */
export const buildCheckoutBody = preSendStep(function (
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const scope = scopeOf(this);
	const rows =
		(this.getNodeParameter('provisioningAttributes', {}) as { attribute?: AttributeRow[] })
			.attribute ?? [];
	const body: IDataObject = {};
	const provisionData = provisionDataFrom(scope, rows);
	if (provisionData.length) body.provisionData = provisionData;
	const options = this.getNodeParameter('options', {}) as IDataObject;
	if (options.totalCalculatedValue !== undefined && options.totalCalculatedValue !== '') {
		const total = Number(options.totalCalculatedValue);
		if (!Number.isInteger(total) || total < 0) {
			fail(
				scope,
				`Total Calculated Value must be a whole number of 0 or more, got "${text(options.totalCalculatedValue)}"`,
			);
		}
		body.totalCalculatedValue = total;
	}
	requestOptions.body = body;
});

/** The order Ion created, with `orderId` and `customerId` from its name. */
export const withOrderIds = idsFromName({ orderId: 'orders', customerId: 'customers' });

/** Shown above everything else: this operation spends money. */
const checkoutNotice: INodeProperties = {
	displayName:
		'This checks the cart out: Ion places a real order with TD SYNNEX for every item in it, and it may be billed. It is sent once and never retried automatically.',
	name: 'checkoutNotice',
	type: 'notice',
	default: '',
};

export const description: INodeProperties[] = [
	checkoutNotice,
	customerLocator,
	cartIdParameter,
	{
		displayName: 'Provisioning Attributes',
		name: 'provisioningAttributes',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Attribute',
		default: {},
		description:
			"Provider-specific data the cart's items need (for Microsoft, e.g. domainName), one row per cart item and attribute. The names come from the CREATE provisioning template of each item's vendor (Provisioning Template > Get Many).",
		options: [
			{
				displayName: 'Attribute',
				name: 'attribute',
				values: [
					{
						displayName: 'Cart Item ID',
						name: 'cartItemId',
						type: 'string',
						default: '',
						description: 'The "cartItemId" of the item the attribute is for',
					},
					attributeNameField,
					attributeValueField,
				],
			},
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Total Calculated Value',
				name: 'totalCalculatedValue',
				type: 'number',
				typeOptions: { minValue: 0, numberPrecision: 0 },
				default: 0,
				description:
					"The cart total as your side calculated it, sent to Ion with the checkout (Ion's CheckoutCartRequest field of that name)",
			},
		],
	},
];
