import type { INodeProperties } from 'n8n-workflow';

const show = { resource: ['subscription'], operation: ['updateSeats'] };

/** Listed by the node before the shared ID parameters, so it stays above Customer. */
export const seatsNotice: INodeProperties = {
	displayName:
		'This places a real UPDATE order with TD SYNNEX and may change what you are billed. It is sent once and never retried automatically. The output is the order Ion created.',
	name: 'seatsNotice',
	type: 'notice',
	default: '',
	displayOptions: { show },
};

export const subscriptionUpdateSeatsDescription: INodeProperties[] = [
	{
		displayName: 'Quantity',
		name: 'quantity',
		type: 'number',
		required: true,
		default: 1,
		typeOptions: { minValue: 0, numberPrecision: 0 },
		displayOptions: { show },
		description:
			'The new total number of seats (not the difference). Vendors may refuse decreases outside their cancellation window.',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show },
		description:
			'Product, SKU, plan and resource IDs are read from the subscription unless you set all four here (which saves one request)',
		options: [
			{
				displayName: 'Attributes',
				name: 'attributes',
				type: 'fixedCollection',
				typeOptions: { multipleValues: true },
				placeholder: 'Add Attribute',
				default: {},
				description:
					'Provisioning attributes the vendor needs for an update, by name as in the UPDATE provisioning template (Provisioning Template > Get Many)',
				options: [
					{
						displayName: 'Attribute',
						name: 'attribute',
						values: [
							{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Attribute name' },
							{ displayName: 'Value', name: 'value', type: 'string', default: '', description: 'Attribute value' },
						],
					},
				],
			},
			{
				displayName: 'Display Name',
				name: 'displayName',
				type: 'string',
				default: '',
				description: 'A name for the order, shown in the Ion portal',
			},
			{
				displayName: 'End-Customer PO',
				name: 'endCustomerPO',
				type: 'string',
				default: '',
				description: "The end customer's purchase order reference",
			},
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
			{
				displayName: 'Reseller PO',
				name: 'resellerPO',
				type: 'string',
				default: '',
				description: 'Your purchase order reference',
			},
			{
				displayName: 'Resource ID',
				name: 'resourceId',
				type: 'string',
				default: '',
				description: 'The vendor\'s subscription ID; by default the subscription\'s "subscriptionId"',
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
