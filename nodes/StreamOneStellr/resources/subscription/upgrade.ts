import type { INodeProperties } from 'n8n-workflow';

import { jsonBody } from '../../shared/parameters';
import { billingNotice, checkHint, subscriptionParameters, waitParameters } from './common';

export const UNKNOWN_OUTCOME_HINT = checkHint('its productId');

/** Upgrade and Downgrade: the target product, from Get Transition Products. */
export const transitionBody = jsonBody(
	{ targetProductId: '' },
	'The product to move to: a "productId" from Subscription > Get Transition Products (transitionType UPGRADE for Upgrade, DOWNGRADE for Downgrade), optionally with "quantity".',
);

export const description: INodeProperties[] = [
	billingNotice('billingNotice'),
	...subscriptionParameters,
	transitionBody,
	...waitParameters,
];
