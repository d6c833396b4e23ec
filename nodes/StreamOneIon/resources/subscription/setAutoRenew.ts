import type { INodeProperties } from 'n8n-workflow';

import { customerLocator } from '../../shared/customerLocator';
import { subscriptionIdParameter } from './common';
import { lifecycleOptions, prepareLifecycleOrder } from './lifecycle';

/** Subscription > Set Auto-Renew: an UPDATE order with the renewal setting (lifecycle.ts). */
export const prepareAutoRenew = prepareLifecycleOrder((ctx) => ({
	kind: 'autoRenew',
	on: ctx.getNodeParameter('autoRenew', false) === true,
}));

export const description: INodeProperties[] = [
	customerLocator,
	subscriptionIdParameter,
	{
		displayName: 'Auto-Renew',
		name: 'autoRenew',
		type: 'boolean',
		default: false,
		description:
			'Whether the subscription renews by itself at the end of its term. Turn it off before offboarding a client, so nothing renews.',
	},
	lifecycleOptions,
];
