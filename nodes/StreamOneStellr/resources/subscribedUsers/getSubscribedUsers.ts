import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/commonParameters';
import { customerLocator, vendorLocator } from '../../shared/locators';
import { additionalQuery } from '../../shared/parameters';

export const description: INodeProperties[] = [
	customerLocator,
	vendorLocator,
	...returnAllAndLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Product ID',
				name: 'productId',
				type: 'string',
				default: '',
				description: 'Only the users of this product',
				routing: { send: { type: 'query', property: 'productId' } },
			},
			{
				displayName: 'Subscription ID',
				name: 'subscriptionId',
				type: 'string',
				default: '',
				description: 'Only the users of this subscription',
				routing: { send: { type: 'query', property: 'subscriptionId' } },
			},
		],
	},
	additionalQuery,
];
