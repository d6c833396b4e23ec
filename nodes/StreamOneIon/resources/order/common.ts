import type { IDisplayOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

export const ORDER_STATUS_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Canceled', value: 'CANCELED' },
	{ name: 'Completed', value: 'COMPLETED' },
	{ name: 'Confirmed', value: 'CONFIRMED' },
	{ name: 'Error', value: 'ERROR' },
	{ name: 'In Progress', value: 'IN_PROGRESS' },
	{ name: 'New', value: 'NEW' },
	{ name: 'On Hold', value: 'ON_HOLD' },
];

type Show = NonNullable<IDisplayOptions['show']>;

/** Customer picker for order operations; `allowDash` accepts "-" (every customer under the account). */
export function orderCustomerLocator(show: Show, allowDash: boolean): INodeProperties {
	return {
		displayName: 'Customer',
		name: 'customerId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		displayOptions: { show },
		description: allowDash
			? 'The Ion customer the order belongs to. Choose from the list, or enter the Customer ID (the number in the customer page address in the portal). Enter "-" to look across every customer under your account, including customers of your sub-resellers.'
			: 'The Ion customer the order is for. Choose from the list, or enter the Customer ID (the number in the customer page address in the portal).',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a customer...',
				typeOptions: { searchListMethod: 'searchCustomers', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: allowDash ? '10054 or -' : '10054',
				hint: allowDash ? 'Digits, or "-" for every customer' : 'Digits only',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: allowDash ? '^\\s*(\\d+|-)\\s*$' : '^\\s*\\d+\\s*$',
							errorMessage: allowDash
								? 'Enter a numeric Customer ID, or "-" for every customer'
								: 'Enter a numeric Customer ID',
						},
					},
				],
			},
		],
	};
}

/** Return All + Limit for token-paginated order lists (`pageSize` is required by Ion). */
export function orderLimitFields(show: Show): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			displayOptions: { show },
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			default: 50,
			typeOptions: { minValue: 1 },
			displayOptions: { show: { ...show, returnAll: [false] } },
			description: 'Max number of results to return',
		},
	];
}
