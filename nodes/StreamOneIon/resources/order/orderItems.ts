import type { INodeProperties } from 'n8n-workflow';

import { attributeValueField, endCustomerPoField, resellerPoField } from '../../shared/orderFields';
import { productLocator } from '../product/common';

/*
 * Order > Create or Update, Using Fields Below: one entry per order line, in the order a user
 * decides: what to do (Action; Resource ID only when changing a subscription), what to buy
 * (Product picker, then SKU and Plan dropdowns loaded from that product), how many, the
 * provider attributes by name, and the rarely used fields under Options.
 */

const ACTION_OPTIONS = [
	{
		name: 'Create',
		value: 'CREATE',
		description: 'Buy a new subscription',
	},
	{
		name: 'Update',
		value: 'UPDATE',
		description: 'Change an existing subscription, for example its seat count',
	},
];

/** Provider attributes: names offered from the products' provisioning templates. */
const attributes: INodeProperties = {
	displayName: 'Attributes',
	name: 'attributes',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Attribute',
	default: {},
	description:
		'Provisioning details the vendor needs, for example the Microsoft domain prefix (domainName). The names come from the provisioning template of the product\'s provider and the action; "(required)" marks those a CREATE must have, and the node refuses the order without them.',
	options: [
		{
			displayName: 'Attribute',
			name: 'attribute',
			values: [
				{
					displayName: 'Attribute Name or ID',
					name: 'name',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getTemplateAttributes' },
					default: '',
					description:
						'The attribute name from the provisioning template. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				},
				attributeValueField,
			],
		},
	],
};

const addOns: INodeProperties = {
	displayName: 'Add-Ons',
	name: 'addOns',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Add-On',
	default: {},
	description: 'Optional add-ons of the product to buy or change with this line',
	options: [
		{
			displayName: 'Add-On',
			name: 'addOn',
			values: [
				{
					displayName: 'Action',
					name: 'action',
					type: 'options',
					default: 'CREATE',
					options: ACTION_OPTIONS,
					description: 'Whether to add the add-on or change an existing one',
				},
				{
					displayName: 'Add-On',
					name: 'addOnId',
					type: 'string',
					default: '',
					description: 'The Ion add-on ID (from the product\'s "addOns" list)',
				},
				{
					displayName: 'Plan',
					name: 'planId',
					type: 'string',
					default: '',
					description: 'The add-on plan ID',
				},
				{
					displayName: 'Quantity',
					name: 'quantity',
					type: 'number',
					default: 1,
					typeOptions: { minValue: 0, numberPrecision: 0 },
					description: 'Number of add-on units',
				},
			],
		},
	],
};

const actionField: INodeProperties = {
	displayName: 'Action',
	name: 'action',
	type: 'options',
	default: 'CREATE',
	options: ACTION_OPTIONS,
	description: 'Whether this line buys something new or changes an existing subscription',
};

const resourceIdField: INodeProperties = {
	displayName: 'Resource ID',
	name: 'resourceId',
	type: 'string',
	default: '',
	required: true,
	displayOptions: { show: { action: ['UPDATE'] } },
	description:
		'The provider\'s subscription ID of the subscription to change (the "subscriptionId" field of the subscription in Ion)',
};

const productField: INodeProperties = {
	...productLocator,
	description: 'The catalogue product. Search the list by name or enter its Ion product ID.',
};

const skuField: INodeProperties = {
	displayName: 'SKU Name or ID',
	name: 'skuId',
	type: 'options',
	// ".value": the editor compares the dependencies joined as text, and a resource locator's
	// object is "[object Object]" whatever product is picked (n8n-editor-ui 2.41)
	typeOptions: { loadOptionsMethod: 'getProductSkus', loadOptionsDependsOn: ['&productId.value'] },
	default: '',
	required: true,
	description:
		'The SKU of the product. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

const planField: INodeProperties = {
	displayName: 'Plan Name or ID',
	name: 'planId',
	type: 'options',
	typeOptions: {
		loadOptionsMethod: 'getSkuPlans',
		loadOptionsDependsOn: ['&productId.value', '&skuId'],
	},
	default: '',
	required: true,
	description:
		'The plan (term and billing cycle) of the SKU. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

const quantityField: INodeProperties = {
	displayName: 'Quantity',
	name: 'quantity',
	type: 'number',
	default: 1,
	typeOptions: { minValue: 1, numberPrecision: 0 },
	description:
		'Number of seats or units, at least 1. For an update this is the new total, not the difference.',
};

const itemOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		addOns,
		endCustomerPoField,
		{
			displayName: 'Item Reference ID',
			name: 'referenceId',
			type: 'string',
			default: '',
			description: 'Your own ID for this line, returned by Ion with the order item',
		},
		resellerPoField,
	],
};

/**
 * One order line's fields in the order a user decides them (issue 10), not alphabetically as
 * n8n's lint would sort a literal list: the action, what to buy, how many, the attributes, the
 * rest under Options.
 */
const ORDER_ITEM_FIELDS: INodeProperties[] = [
	actionField,
	resourceIdField,
	productField,
	skuField,
	planField,
	quantityField,
	attributes,
	itemOptions,
];

export const orderItemsParameter: INodeProperties = {
	displayName: 'Order Items',
	name: 'orderItems',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true, sortable: true },
	placeholder: 'Add Order Item',
	default: {},
	required: true,
	displayOptions: { show: { inputMode: ['fields'] } },
	description: 'One line per product to buy or subscription to change',
	options: [{ displayName: 'Item', name: 'item', values: ORDER_ITEM_FIELDS }],
};
