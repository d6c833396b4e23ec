import type { INodeProperties } from 'n8n-workflow';

import { jsonBody } from '../../shared/parameters';

export const UNKNOWN_OUTCOME_HINT =
	'Check with Vendor Account > Get Many for the customer and vendor whether the account exists with this domain before sending it again.';

export const description: INodeProperties[] = [
	jsonBody(
		{ customerNo: '', vendorId: 'Microsoft', domain: '' },
		"The customer's account with a vendor: customerNo, vendorId and the domain (for Microsoft the .onmicrosoft.com name or its first part); an existing account of the customer with that vendor is updated. Add accountId to link an existing tenant.",
	),
];
