import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import { dropEmptyQuery, normalizeDateQuery, validateIdQuery } from '../../shared/commerce';
import { RELATIVE_DATE_RANGE_OPTIONS, RESOURCE_TYPE_OPTIONS, SUBSCRIPTION_STATUS_OPTIONS } from './common';

const show = { resource: ['subscription'], operation: ['getAll'] };

function textFilter(
	displayName: string,
	name: string,
	query: string,
	description: string,
	placeholder = '',
): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		default: '',
		placeholder,
		description,
		routing: { send: { type: 'query', property: query, propertyInDotNotation: false } },
	};
}

function dateFilter(displayName: string, name: string, query: string, description: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'dateTime',
		default: '',
		description,
		routing: { send: { type: 'query', property: query, propertyInDotNotation: false } },
	};
}

export const subscriptionGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit(show),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show },
		routing: {
			send: {
				preSend: [
					validateIdQuery({
						customerId: 'Customer ID',
						resellerId: 'Reseller ID',
						providerId: 'Provider ID',
						totalLicense: 'Total Licenses',
					}),
					normalizeDateQuery({
						'startDateRange.fixedDateRange.startDate': 'Start Date From',
						'startDateRange.fixedDateRange.endDate': 'Start Date To',
						endDate: 'End Date',
						'endDateRange.fixedDateRange.startDate': 'End Date From',
						'endDateRange.fixedDateRange.endDate': 'End Date To',
					}),
					dropEmptyQuery,
				],
			},
		},
		options: [
			textFilter(
				'Account Name',
				'accountName',
				'accountName',
				'Only subscriptions of the reseller account with this name',
			),
			textFilter(
				'Billing Cycle',
				'billingCycle',
				'billingCycle',
				'Only subscriptions billed on this cycle, as Ion shows it (for example Monthly or Annual)',
				'Monthly',
			),
			textFilter(
				'Billing Term',
				'billingTerm',
				'billingTerm',
				'Only subscriptions with this commitment term, as Ion shows it (for example Monthly or Annual)',
				'Annual',
			),
			textFilter(
				'Cloud Provider Name',
				'cloudProviderName',
				'cloudProviderName',
				'Only subscriptions of this cloud provider, as Ion names it (for example Microsoft)',
				'Microsoft',
			),
			{
				...textFilter(
					'Customer ID',
					'customerId',
					'customerId',
					"Only this customer's subscriptions. The Customer ID is the number in the customer page address in the portal.",
					'10054',
				),
			},
			textFilter(
				'Customer Name',
				'customerName',
				'customerName',
				"Only subscriptions of the customer with this name (the customer contact's first and last name)",
			),
			textFilter('Customer PO', 'customerPo', 'customerPo', "The end customer's purchase order reference"),
			textFilter(
				'Custom Field Name',
				'customFieldName',
				'customField.field',
				'Only subscriptions whose customer has this custom field (set up under Settings > Custom Fields); use with Custom Field Value',
			),
			textFilter(
				'Custom Field Value',
				'customFieldValue',
				'customField.value',
				'The value the customer custom field must have; use with Custom Field Name',
			),
			dateFilter('End Date', 'endDate', 'endDate', 'Only subscriptions that end at this date and time'),
			dateFilter(
				'End Date From',
				'endDateFrom',
				'endDateRange.fixedDateRange.startDate',
				'Only subscriptions ending on or after this date (set End Date Range to Custom)',
			),
			{
				displayName: 'End Date Range',
				name: 'endDateRange',
				type: 'options',
				default: 'MONTH_TO_DATE',
				options: RELATIVE_DATE_RANGE_OPTIONS,
				description:
					'Only subscriptions ending within this period. Choose Custom and set End Date From/To for your own dates.',
				routing: {
					send: { type: 'query', property: 'endDateRange.relativeDateRange', propertyInDotNotation: false },
				},
			},
			dateFilter(
				'End Date To',
				'endDateTo',
				'endDateRange.fixedDateRange.endDate',
				'Only subscriptions ending on or before this date (set End Date Range to Custom)',
			),
			textFilter(
				'Free-Text Filter',
				'filter',
				'pagination.filter',
				'A search text Ion applies to the list, like the search box of the Subscriptions page',
			),
			textFilter(
				'Product ID',
				'ccpProductId',
				'ccpProductId',
				'Only subscriptions of this Ion catalogue product (the product "ID" in Ion)',
			),
			textFilter(
				'Provider ID',
				'providerId',
				'providerId',
				"Only subscriptions of this cloud provider, by Ion's numeric provider ID",
			),
			textFilter(
				'Provider Product ID',
				'providerProductId',
				'providerProductId',
				"Only subscriptions of this product, by the vendor's own product ID",
			),
			textFilter('Reseller ID', 'resellerId', 'resellerId', 'Only subscriptions sold by this reseller account (numeric ID)'),
			textFilter('Reseller PO', 'resellerPo', 'resellerPo', 'Your purchase order reference'),
			{
				displayName: 'Resource Type',
				name: 'resourceType',
				type: 'options',
				default: 'AZURE::Subscription',
				options: RESOURCE_TYPE_OPTIONS,
				description: 'Only subscriptions of this kind of provider resource',
				routing: { send: { type: 'query', property: 'resourceType' } },
			},
			dateFilter(
				'Start Date From',
				'startDateFrom',
				'startDateRange.fixedDateRange.startDate',
				'Only subscriptions starting on or after this date (set Start Date Range to Custom)',
			),
			{
				displayName: 'Start Date Range',
				name: 'startDateRange',
				type: 'options',
				default: 'MONTH_TO_DATE',
				options: RELATIVE_DATE_RANGE_OPTIONS,
				description:
					'Only subscriptions starting within this period. Choose Custom and set Start Date From/To for your own dates.',
				routing: {
					send: { type: 'query', property: 'startDateRange.relativeDateRange', propertyInDotNotation: false },
				},
			},
			dateFilter(
				'Start Date To',
				'startDateTo',
				'startDateRange.fixedDateRange.endDate',
				'Only subscriptions starting on or before this date (set Start Date Range to Custom)',
			),
			{
				displayName: 'Status',
				name: 'subscriptionStatus',
				type: 'options',
				default: 'ACTIVE',
				options: SUBSCRIPTION_STATUS_OPTIONS,
				description: 'Only subscriptions in this state',
				routing: { send: { type: 'query', property: 'subscriptionStatus' } },
			},
			textFilter(
				'Subscription ID',
				'subscriptionId',
				'subscriptionId',
				"Only the subscription with this provider subscription ID (for Microsoft, the subscription GUID)",
			),
			textFilter(
				'Subscription Name',
				'subscriptionName',
				'subscriptionName',
				'Only subscriptions of the product with this name (for example Microsoft 365 Business Premium)',
			),
			textFilter(
				'Total Licenses',
				'totalLicense',
				'totalLicense',
				'Only subscriptions with exactly this number of seats',
			),
		],
	},
	{
		displayName: 'Sort',
		name: 'sort',
		type: 'collection',
		placeholder: 'Add Sort Option',
		default: {},
		displayOptions: { show },
		options: [
			{
				displayName: 'Sort By',
				name: 'sortBy',
				type: 'string',
				default: '',
				placeholder: 'subscriptionName',
				description:
					'Name of the subscription field to sort by, as it appears in the output (for example subscriptionName, customerName, subscriptionEndDate)',
				routing: { send: { type: 'query', property: 'pagination.sortBy', propertyInDotNotation: false } },
			},
			{
				displayName: 'Sort Order',
				name: 'sortOrder',
				type: 'options',
				default: 'ASC',
				options: [
					{ name: 'Ascending', value: 'ASC' },
					{ name: 'Descending', value: 'DESC' },
				],
				description: 'Whether to sort from A to Z / oldest first, or the other way round',
				routing: { send: { type: 'query', property: 'pagination.sortOrder', propertyInDotNotation: false } },
			},
		],
	},
];
