import type { INodeProperties } from 'n8n-workflow';

import { attributesField, endCustomerPoField, resellerPoField } from '../../shared/orderFields';

const ACTION_OPTIONS = [
	{
		name: 'Create',
		value: 'CREATE',
		description: 'Buy a new subscription',
	},
	{
		name: 'Update',
		value: 'UPDATE',
		description:
			'Change an existing subscription, for example its seat count (needs the Resource ID)',
	},
];

/** Order > Create or Update, Using Fields Below: one entry per order line. */
export const orderItemsParameter: INodeProperties = {
	displayName: 'Order Items',
	name: 'orderItems',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true, sortable: true },
	placeholder: 'Add Order Item',
	default: {},
	required: true,
	displayOptions: { show: { inputMode: ['fields'] } },
	description:
		'One line per product to buy or subscription to change. Product, SKU and plan IDs are in the product catalogue (Product > Get).',
	options: [
		{
			displayName: 'Item',
			name: 'item',
			values: [
				{
					displayName: 'Action',
					name: 'action',
					type: 'options',
					default: 'CREATE',
					options: ACTION_OPTIONS,
					description: 'Whether this line buys something new or changes an existing subscription',
				},
				{
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
									displayName: 'Add-On ID',
									name: 'addOnId',
									type: 'string',
									default: '',
									description: 'The Ion add-on ID (from the product\'s "addOns" list)',
								},
								{
									displayName: 'Plan ID',
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
				},
				attributesField(
					'Provisioning details the vendor needs (for example a Microsoft domain prefix). The allowed names come from the provisioning template of the vendor and action (Provisioning Template > Get Many).',
				),
				endCustomerPoField,
				{
					displayName: 'Item Reference ID',
					name: 'referenceId',
					type: 'string',
					default: '',
					description: 'Your own ID for this line, returned by Ion with the order item',
				},
				{
					displayName: 'Plan ID',
					name: 'planId',
					type: 'string',
					default: '',
					required: true,
					description:
						'The plan (billing term and cycle) of the SKU (from the SKU\'s "plans" list)',
				},
				{
					displayName: 'Product ID',
					name: 'productId',
					type: 'string',
					default: '',
					required: true,
					placeholder: 'e.g. 1234',
					description: 'The Ion product ID (the "ID" of the product in the catalogue)',
				},
				{
					displayName: 'Quantity',
					name: 'quantity',
					type: 'number',
					default: 1,
					typeOptions: { minValue: 0, numberPrecision: 0 },
					description:
						'Number of seats or units. For an update this is the new total, not the difference.',
				},
				resellerPoField,
				{
					displayName: 'Resource ID',
					name: 'resourceId',
					type: 'string',
					default: '',
					description:
						'Required for Update: the provider\'s subscription ID (the "subscriptionId" field of the subscription in Ion). Leave empty for Create.',
				},
				{
					displayName: 'SKU ID',
					name: 'skuId',
					type: 'string',
					default: '',
					required: true,
					description: 'The SKU of the product to buy (from the product\'s "skus" list)',
				},
			],
		},
	],
};
