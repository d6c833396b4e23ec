import type { INodeProperties } from 'n8n-workflow';

import { additionalBody } from '../../shared/parameters';
import { billingNotice, checkHint, subscriptionParameters, waitParameters } from './common';

export const UNKNOWN_OUTCOME_HINT = checkHint('its status');

export const description: INodeProperties[] = [
	billingNotice(
		'cancelNotice',
		'This cancels the subscription and its add-ons; the customer loses the service. Microsoft allows a cancellation only within 7 days of the term start (after that, turn auto-renew off with Update Renewal Setting).',
	),
	...subscriptionParameters,
	additionalBody,
	...waitParameters,
];
