import type { INodeProperties } from 'n8n-workflow';

import { additionalBody } from '../../shared/parameters';
import { billingNotice, checkHint, subscriptionParameters, waitParameters } from './common';

export const UNKNOWN_OUTCOME_HINT = checkHint('its status');

export const description: INodeProperties[] = [
	billingNotice('billingNotice'),
	...subscriptionParameters,
	additionalBody,
	...waitParameters,
];
