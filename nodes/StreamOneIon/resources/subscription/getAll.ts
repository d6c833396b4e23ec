import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/commonParameters';
import { dropEmptyQuery } from '../../shared/queryFilters';
import { RESOURCE_TYPE_OPTIONS, SUBSCRIPTION_STATUS_OPTIONS } from './common';
import { checkIdQuery, dateFilter, normalizeDateQuery, rangeFilter, textFilter } from './filters';

export const description: INodeProperties[] = [
	...returnAllAndLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		routing: {
			send: {
				preSend: [
					checkIdQuery({
						customerId: 'Customer',
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
				'Provider Name',
				'cloudProviderName',
				'cloudProviderName',
				'Only subscriptions of this cloud provider, spelled exactly as Ion names it (for example Microsoft CSP (NCE)); Ion may match the whole name only. Provider ID is the safer filter.',
				'e.g. Microsoft CSP (NCE)',
			),
			{
				...textFilter(
					'Customer',
					'customerId',
					'customerId',
					"Only this customer's subscriptions, by its numeric ID (the number in the customer page address in the portal)",
					'10054',
				),
			},
			textFilter(
				'Customer Name',
				'customerName',
				'customerName',
				"Only subscriptions of the customer with this name (the customer contact's first and last name)",
			),
			textFilter(
				'End-Customer PO',
				'customerPo',
				'customerPo',
				"The end customer's purchase order reference",
			),
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
			dateFilter(
				'End Date',
				'endDate',
				'endDate',
				'Only subscriptions that end at this date and time',
			),
			dateFilter(
				'End Date From',
				'endDateFrom',
				'endDateRange.fixedDateRange.startDate',
				'Only subscriptions ending on or after this date (set End Date Range to Custom)',
			),
			rangeFilter('End Date Range', 'endDateRange', 'endDateRange.relativeDateRange', 'ending'),
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
				'Product',
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
			textFilter(
				'Reseller ID',
				'resellerId',
				'resellerId',
				'Only subscriptions sold by this reseller account (numeric ID)',
			),
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
			rangeFilter(
				'Start Date Range',
				'startDateRange',
				'startDateRange.relativeDateRange',
				'starting',
			),
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
				'Resource ID',
				'subscriptionId',
				'subscriptionId',
				'Only the subscription with this provider subscription ID (for Microsoft, the subscription GUID)',
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
		options: [
			{
				displayName: 'Sort By',
				name: 'sortBy',
				type: 'string',
				default: '',
				placeholder: 'subscriptionName',
				description:
					'Name of the subscription field to sort by, as it appears in the output (for example subscriptionName, customerName, subscriptionEndDate)',
				routing: {
					send: { type: 'query', property: 'pagination.sortBy', propertyInDotNotation: false },
				},
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
				routing: {
					send: { type: 'query', property: 'pagination.sortOrder', propertyInDotNotation: false },
				},
			},
		],
	},
];
