import type { INodeProperties } from 'n8n-workflow';

import { customerLocator } from '../../shared/locators';
import { jsonBody } from '../../shared/parameters';
import { billingNotice, waitParameters } from './common';

export const UNKNOWN_OUTCOME_HINT =
	'Run Subscription > Get Many for the customer and look for the transferred subscriptions (Product > Get Many Google Transferable shows what is still to transfer) before sending it again.';

export const description: INodeProperties[] = [
	billingNotice(
		'transferNotice',
		'This moves subscriptions to your account and bills them from now on.',
	),
	customerLocator,
	jsonBody(
		{ vendorId: 'Google', transferToken: '' },
		"The vendor and the transfer token the customer's Google Workspace admin generated for you.",
	),
	...waitParameters,
];
