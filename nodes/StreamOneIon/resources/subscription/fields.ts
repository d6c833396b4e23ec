import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

import { makeCustomerLocator } from '../../shared/descriptions';

type Show = NonNullable<IDisplayOptions['show']>;

export function subscriptionCustomerLocator(show: Show): INodeProperties {
	return {
		...makeCustomerLocator({
			description:
				'The Ion customer who owns the subscription. Pick from the list or enter the numeric Customer ID (the "customerId" field of the subscription).',
		}),
		displayOptions: { show },
	};
}

export function subscriptionIdField(show: Show): INodeProperties {
	return {
		displayName: 'Subscription ID',
		name: 'subscriptionId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 500123',
		displayOptions: { show },
		description:
			'Ion\'s internal subscription number: the "ID" field of a subscription from Subscription > Get Many (not the vendor\'s subscription GUID)',
	};
}
