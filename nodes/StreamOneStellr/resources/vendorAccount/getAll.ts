import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/commonParameters';
import { additionalQuery } from '../../shared/parameters';

export const description: INodeProperties[] = [
	...returnAllAndLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Customer Number',
				name: 'customerNo',
				type: 'string',
				default: '',
				placeholder: 'e.g. 7100001',
				description: 'Only the vendor accounts of this customer',
				routing: { send: { type: 'query', property: 'customerNo' } },
			},
			{
				displayName: 'Vendor ID',
				name: 'vendorId',
				type: 'string',
				default: '',
				placeholder: 'e.g. Microsoft',
				description: 'Only the accounts with this vendor',
				routing: { send: { type: 'query', property: 'vendorId' } },
			},
		],
	},
	additionalQuery,
];
