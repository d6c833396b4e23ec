import type { INodeProperties } from 'n8n-workflow';

const show = { resource: ['order'], operation: ['createOrUpdate'] };

const ACTION_OPTIONS = [
	{
		name: 'Create',
		value: 'CREATE',
		description: 'Buy a new subscription',
	},
	{
		name: 'Update',
		value: 'UPDATE',
		description: 'Change an existing subscription, for example its seat count (needs the Resource ID)',
	},
];

/** Listed by the node before the shared ID parameters, so it stays above Customer. */
export const orderNotice: INodeProperties = {
	displayName:
		'This places a real order with TD SYNNEX and may be billed. It is sent once and never retried automatically. For Microsoft orders, Ion may return generated passwords (for example the new tenant admin password) in the output: treat the output as sensitive.',
	name: 'orderNotice',
	type: 'notice',
	default: '',
	displayOptions: { show },
};

export const orderCreateOrUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Define Order',
		name: 'inputMode',
		type: 'options',
		default: 'fields',
		displayOptions: { show },
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
	{
		displayName: 'Order Items',
		name: 'orderItems',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add Order Item',
		default: {},
		required: true,
		displayOptions: { show: { ...show, inputMode: ['fields'] } },
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
					{
						displayName: 'Attributes',
						name: 'attributes',
						type: 'fixedCollection',
						typeOptions: { multipleValues: true },
						placeholder: 'Add Attribute',
						default: {},
						description:
							'Provisioning details the vendor needs (for example a Microsoft domain prefix). The allowed names come from the provisioning template of the vendor and action (Provisioning Template > Get Many).',
						options: [
							{
								displayName: 'Attribute',
								name: 'attribute',
								values: [
									{
										displayName: 'Name',
										name: 'name',
										type: 'string',
										default: '',
										description: 'Attribute name exactly as in the provisioning template',
									},
									{
										displayName: 'Value',
										name: 'value',
										type: 'string',
										default: '',
										description: 'Attribute value',
									},
								],
							},
						],
					},
					{
						displayName: 'End-Customer PO',
						name: 'endCustomerPO',
						type: 'string',
						default: '',
						description: "The end customer's purchase order reference",
					},
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
						description: 'The plan (billing term and cycle) of the SKU (from the SKU\'s "plans" list)',
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
					{
						displayName: 'Reseller PO',
						name: 'resellerPO',
						type: 'string',
						default: '',
						description: 'Your own purchase order reference',
					},
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
	},
	{
		displayName: 'Order (JSON)',
		name: 'orderJson',
		type: 'json',
		default:
			'{\n  "orderItems": [\n    {\n      "action": "CREATE",\n      "productId": "",\n      "skuId": "",\n      "planId": "",\n      "quantity": 1,\n      "attributes": []\n    }\n  ]\n}',
		required: true,
		displayOptions: { show: { ...show, inputMode: ['json'] } },
		description:
			'The order body: an object with "orderItems" (each with action, productId, skuId, planId, quantity, attributes, and resourceId for UPDATE) and optional "referenceId" and "displayName". It is checked before sending.',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show },
		options: [
			{
				displayName: 'Display Name',
				name: 'displayName',
				type: 'string',
				default: '',
				description: 'A name for the order, shown in the Ion portal',
			},
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
