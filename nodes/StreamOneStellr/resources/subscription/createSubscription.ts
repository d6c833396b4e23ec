import type { INodeProperties } from 'n8n-workflow';

import { customerLocator } from '../../shared/locators';
import { jsonBody } from '../../shared/parameters';
import { billingNotice, waitParameters } from './common';

export const UNKNOWN_OUTCOME_HINT =
	'Run Subscription > Get Many for the customer and look for the product (and your PO number) before sending it again. StreamOne Stellr may still be creating it: if it is not there, check again a few minutes later.';

export const description: INodeProperties[] = [
	billingNotice('purchaseNotice', 'This buys subscriptions.'),
	customerLocator,
	jsonBody(
		{ items: [{ productId: '', quantity: 1 }] },
		'What to buy: one item per product (productId from Product > Get Many for Vendor, quantity in seats), optionally with "poNumber" per item or for the whole purchase. The customer needs an accepted vendor agreement and a vendor account first.',
	),
	...waitParameters,
];
