import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

type Show = NonNullable<IDisplayOptions['show']>;

export function subscriptionCustomerLocator(show: Show): INodeProperties {
	return {
		displayName: 'Customer',
		name: 'customerId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		displayOptions: { show },
		description:
			'The Ion customer who owns the subscription. Choose from the list, or enter the Customer ID (the "customerId" field of the subscription).',
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
				placeholder: '10054',
				validation: [
					{
						type: 'regex',
						properties: { regex: '^\\s*\\d+\\s*$', errorMessage: 'Enter a numeric Customer ID' },
					},
				],
			},
		],
	};
}

export function subscriptionIdField(show: Show): INodeProperties {
	return {
		displayName: 'Subscription ID',
		name: 'subscriptionId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '500123',
		displayOptions: { show },
		description:
			'Ion\'s internal subscription number: the "ID" field of a subscription from Subscription > Get Many (not the vendor\'s subscription GUID)',
	};
}
