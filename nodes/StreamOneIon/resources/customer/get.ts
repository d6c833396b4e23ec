import type { INodeProperties } from 'n8n-workflow';

import { VALUE_SEGMENT, customerLocator } from '../../shared/descriptions';
import { showFor } from './common';

export const customerGetDescription: INodeProperties[] = [
	{
		...customerLocator,
		displayOptions: { show: showFor('get') },
		routing: { request: { url: `=/api/v3/accounts/{{encodeURIComponent(String($credentials.accountId).trim())}}/customers/${VALUE_SEGMENT}` } },
	},
];
