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
				description: 'Only the consumption of this customer',
				routing: { send: { type: 'query', property: 'customerNo' } },
			},
			{
				displayName: 'Month',
				name: 'month',
				type: 'string',
				default: '',
				placeholder: 'e.g. 2024-01',
				description: 'Only this month (YYYY-MM). A date or date-time is cut to its month.',
				routing: { send: { type: 'query', property: 'month' } },
			},
		],
	},
	additionalQuery,
];
