import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { buildBody } from '../../shared/body';
import { additionalBody } from '../../shared/parameters';
import { subscriptionParameters } from './common';

/** preSend: `{autoRenew}` over Additional Body Fields (e.g. renewalQuantity, renewalProductId). */
export const renewalBody = buildBody(
	'additionalBody',
	'Additional Body Fields',
	function (this: IExecuteSingleFunctions) {
		return { autoRenew: this.getNodeParameter('autoRenew', false) === true };
	},
);

export const description: INodeProperties[] = [
	{
		displayName:
			'This changes what the customer is billed for the next term. It replaces the renewal setting, so it is resent like a read after a server error.',
		name: 'renewalNotice',
		type: 'notice',
		default: '',
	},
	...subscriptionParameters,
	{
		displayName: 'Auto-Renew',
		name: 'autoRenew',
		type: 'boolean',
		default: false,
		description:
			'Whether the subscription renews automatically at the end of its term. Turn it off to let a Microsoft subscription end when it can no longer be cancelled.',
	},
	additionalBody,
];
