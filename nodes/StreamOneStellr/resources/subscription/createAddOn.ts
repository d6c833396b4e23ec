import type { INodeProperties } from 'n8n-workflow';

import { jsonBody } from '../../shared/parameters';
import { billingNotice, subscriptionParameters, waitParameters } from './common';

export const UNKNOWN_OUTCOME_HINT =
	'Run Subscription > Get Many for the customer and look for the add-on (its "parentSubscriptionId" is this subscription) before sending it again. StreamOne Stellr may still be creating it: if it is not there, check again a few minutes later.';

export const description: INodeProperties[] = [
	billingNotice('addOnNotice', 'This buys an add-on.'),
	...subscriptionParameters,
	jsonBody(
		{ productId: '', quantity: 1 },
		"The add-on to buy (productId from Product > Get Many Related of the subscription's product) and its quantity in seats.",
	),
	...waitParameters,
];
