import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

export const SUBSCRIPTION_STATUS_OPTIONS: INodePropertyOptions[] = [
	'ACCEPTED',
	'ACTIVE',
	'AVAILABLE',
	'CANCELLED',
	'COMPLETE',
	'CONFIRMED',
	'DELETED',
	'DISABLED',
	'ENABLED',
	'ERROR',
	'EXPIRED',
	'FAILED',
	'INITIATED',
	'IN_PROGRESS',
	'PAUSED',
	'PENDING',
	'RUNNING',
	'STOPPED',
	'SUSPENDED',
].map((value) => ({
	name: value
		.split('_')
		.map((w) => w.charAt(0) + w.slice(1).toLowerCase())
		.join(' '),
	value,
}));

export const RESOURCE_TYPE_OPTIONS: INodePropertyOptions[] = [
	'ACRONIS::Tenant',
	'AWS::Resource',
	'AZURE::CustomerEntitlement',
	'AZURE::Subscription',
	'GCP::Resource',
	'GSUITE::Entitlement',
	'GSUITE::Subscription',
	'IBM::LegacyOrder',
	'IBM::Order',
	'ITG::Product',
	'LYSE::Electricity',
	'LYSE::Fiber',
	'LYSE::Mobile',
	'MCAFEE::Order',
	'NAME::Domain',
	'NAME::DomainTransfer',
	'SOPHOS::Tenant',
	'VERTEX::Solution',
].map((value) => ({ name: value, value }));

export const RELATIVE_DATE_RANGE_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Custom (Use From/To Dates)', value: 'CUSTOM' },
	{ name: 'Last Month', value: 'LAST_MONTH' },
	{ name: 'Last Quarter', value: 'LAST_QUARTER' },
	{ name: 'Last Week', value: 'LAST_WEEK' },
	{ name: 'Last Year', value: 'LAST_YEAR' },
	{ name: 'Latest Month', value: 'LATEST_MONTH' },
	{ name: 'Month to Date', value: 'MONTH_TO_DATE' },
	{ name: 'Quarter to Date', value: 'QUARTER_TO_DATE' },
	{ name: 'Today', value: 'TODAY' },
	{ name: 'Two Months Ago', value: 'TWO_MONTHS_AGO' },
	{ name: 'Week to Date', value: 'WEEK_TO_DATE' },
	{ name: 'Year to Date', value: 'YEAR_TO_DATE' },
];

/**
 * The subscription of an operation on one subscription: From List (the chosen customer's
 * subscriptions, listSearch `searchSubscriptions`) or By ID (Ion's subscription number). The
 * operation checks the ID again before sending (transport/paths.ts `checkIds`).
 */
export const subscriptionIdParameter: INodeProperties = {
	displayName: 'Subscription',
	name: 'subscriptionId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description:
		'The subscription: pick one of the customer\'s subscriptions (product, seats, status) or enter Ion\'s subscription number, the "ID" field of a subscription from Subscription > Get Many (not the vendor\'s subscription GUID)',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select a subscription...',
			typeOptions: {
				searchListMethod: 'searchSubscriptions',
				searchable: true,
				searchFilterRequired: false,
			},
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 500123',
			validation: [
				{
					type: 'regex',
					properties: {
						regex: '^\\s*\\d+\\s*$',
						errorMessage: 'A subscription ID is a number (for example 500123)',
					},
				},
			],
		},
	],
};
