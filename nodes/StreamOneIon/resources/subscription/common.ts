import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { searchableLocator } from '../../../shared/resourceLocator';
import { RELATIVE_DATE_RANGES } from '../../shared/dateRanges';

/**
 * Ion's subscription statuses (the spec's `subscriptionStatus` enum), in the spec's order. The
 * trigger's stored fingerprints keep a status as its index here: append new statuses, never reorder
 * or remove.
 */
export const SUBSCRIPTION_STATUSES = [
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
] as const;

export const SUBSCRIPTION_STATUS_OPTIONS: INodePropertyOptions[] = SUBSCRIPTION_STATUSES.map(
	(value) => ({
		name: value
			.split('_')
			.map((w) => w.charAt(0) + w.slice(1).toLowerCase())
			.join(' '),
		value,
	}),
);

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
	...RELATIVE_DATE_RANGES,
];

/**
 * The subscription of an operation on one subscription: From List (the chosen customer's
 * subscriptions, listSearch `searchSubscriptions`) or By ID (Ion's subscription number). The
 * operation checks the ID again before sending (transport/paths.ts `checkIds`).
 */
export const subscriptionIdParameter: INodeProperties = searchableLocator({
	displayName: 'Subscription',
	name: 'subscriptionId',
	description:
		"The subscription: pick one of the customer's subscriptions (product, seats, status) or enter Ion's subscription number, the \"ID\" field of a subscription from Subscription > Get Many (not the vendor's subscription GUID)",
	searchListMethod: 'searchSubscriptions',
	listPlaceholder: 'Select a subscription...',
	idPlaceholder: 'e.g. 500123',
	idValidation: {
		regex: '^\\s*\\d+\\s*$',
		errorMessage: 'A subscription ID is a number (for example 500123)',
	},
});
