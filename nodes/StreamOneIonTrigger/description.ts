import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { retrySettings } from '../shared/commonParameters';
import { ORDER_STATUS_OPTIONS } from '../StreamOneIon/resources/order/common';
import { SUBSCRIPTION_STATUS_OPTIONS } from '../StreamOneIon/resources/subscription/common';

/*
 * The trigger's parameters: what to watch (resource), which events, and filters. n8n adds
 * "Poll Times" in front of them (every polling node gets it).
 */

const show = (resource: string) => ({ show: { resource: [resource] } });

const ORDER_EVENTS: INodePropertyOptions[] = [
	{
		name: 'New Order',
		value: 'created',
		description: 'An order was placed (in n8n, the portal or by anyone else)',
	},
	{
		name: 'Status Changed',
		value: 'statusChanged',
		description:
			'An order moved to another status. Use the Statuses filter for "changed to Completed, Error or Canceled".',
	},
];

const SUBSCRIPTION_EVENTS: INodePropertyOptions[] = [
	{
		name: 'Any Watched Field Changed',
		value: 'changed',
		description:
			'Seats, status, auto-renew, renewal date, end date, plan, billing term or billing cycle changed',
	},
	{
		name: 'Auto-Renew Changed',
		value: 'autoRenewChanged',
		description: 'Auto-renew was switched on or off',
	},
	{ name: 'New Subscription', value: 'created', description: 'A subscription appeared in Ion' },
	{
		name: 'Renewal Coming Up',
		value: 'renewalDue',
		description:
			'The renewal date is within the days you set. Fires once per subscription and renewal date.',
	},
	{
		name: 'Seats Changed',
		value: 'seatsChanged',
		description: 'The total seats (licences) changed',
	},
	{
		name: 'Status Changed',
		value: 'statusChanged',
		description: 'The subscription moved to another status',
	},
];

const CUSTOMER_EVENTS: INodePropertyOptions[] = [
	{
		name: 'Customer Changed',
		value: 'changed',
		description: 'Name, contact, e-mail, phone, title, address, language or status changed',
	},
	{ name: 'New Customer', value: 'created', description: 'A customer appeared in Ion' },
];

const eventsDescription =
	'Which changes start the workflow. Each change becomes one item per event.';

const customerIds: INodeProperties = {
	displayName: 'Customer IDs',
	name: 'customerIds',
	type: 'string',
	default: '',
	placeholder: 'e.g. 10001, 10004',
	description:
		'Only these customers (numeric Ion customer IDs, separated by commas). Empty: every customer.',
};

const cloudProvider: INodeProperties = {
	displayName: 'Cloud Provider',
	name: 'cloudProvider',
	type: 'string',
	default: '',
	placeholder: 'e.g. Microsoft',
	description:
		'Only records of a provider whose name contains this text, ignoring case (for example Microsoft matches "Microsoft CSP (NCE)" and "Microsoft Azure"). For orders, any order item counts.',
};

function statuses(options: INodePropertyOptions[], what: string): INodeProperties {
	return {
		displayName: 'Statuses',
		name: 'statuses',
		type: 'multiOptions',
		options,
		default: [],
		description: `Only ${what} whose status is now one of these. With Status Changed: "changed to" these statuses.`,
	};
}

function filters(resource: string, options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: show(resource),
		options,
	};
}

export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Watch',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Customer',
				value: 'customer',
				description: 'Every poll reads all customers (100 per request)',
			},
			{
				name: 'Order',
				value: 'order',
				description: 'Newest first; one request when nothing changed',
			},
			{
				name: 'Subscription',
				value: 'subscription',
				description: 'Every poll reads all subscriptions (100 per request)',
			},
		],
		default: 'subscription',
		description:
			'What to watch. Changing it (or the Customer IDs filter) starts over: the next poll records what exists and emits nothing.',
	},
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		required: true,
		options: ORDER_EVENTS,
		default: ['created', 'statusChanged'],
		displayOptions: show('order'),
		description: eventsDescription,
	},
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		required: true,
		options: SUBSCRIPTION_EVENTS,
		default: ['changed', 'created'],
		displayOptions: show('subscription'),
		description: eventsDescription,
	},
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		required: true,
		options: CUSTOMER_EVENTS,
		default: ['changed', 'created'],
		displayOptions: show('customer'),
		description: eventsDescription,
	},
	{
		displayName: 'Renewal Within (Days)',
		name: 'renewalWithinDays',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 365 },
		default: 30,
		displayOptions: { show: { resource: ['subscription'], events: ['renewalDue'] } },
		description: 'Renewal Coming Up fires when a renewal date is at most this many days away',
	},
	filters('order', [cloudProvider, customerIds, statuses(ORDER_STATUS_OPTIONS, 'orders')]),
	filters('subscription', [
		cloudProvider,
		customerIds,
		statuses(SUBSCRIPTION_STATUS_OPTIONS, 'subscriptions'),
	]),
	filters('customer', [
		customerIds,
		statuses(
			[
				{ name: 'Active', value: 'ACTIVE' },
				{ name: 'Inactive', value: 'INACTIVE' },
			],
			'customers',
		),
	]),
	retrySettings,
];
