import type { INodeProperties } from 'n8n-workflow';

import { jsonBody } from '../../shared/parameters';
import { billingNotice, checkHint, subscriptionParameters, waitParameters } from './common';

export const UNKNOWN_OUTCOME_HINT = checkHint('its billingTerm and billingFrequency');

export const description: INodeProperties[] = [
	billingNotice('billingNotice'),
	...subscriptionParameters,
	jsonBody(
		{ billingTerm: 'ANNUAL', billingFrequency: 'MONTHLY' },
		'The new plan: billingTerm (MONTHLY, ANNUAL or TRIENNIAL commitment) and billingFrequency (MONTHLY or ANNUAL billing). Subscription > Get Renewal Options lists the plans of the product.',
	),
	...waitParameters,
];
