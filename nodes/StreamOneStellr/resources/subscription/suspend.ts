import type { INodeProperties } from 'n8n-workflow';

import { additionalBody } from '../../shared/parameters';
import { billingNotice, checkHint, subscriptionParameters, waitParameters } from './common';

export const UNKNOWN_OUTCOME_HINT = checkHint('its status');

export const description: INodeProperties[] = [
	billingNotice(
		'suspendNotice',
		"This suspends the subscription: the customer's users lose access until it is activated again (Subscription > Activate).",
	),
	...subscriptionParameters,
	additionalBody,
	...waitParameters,
];
