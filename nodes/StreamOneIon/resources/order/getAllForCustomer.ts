import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/commonParameters';
import { ORDER_STATUS_OPTIONS } from './common';
import { customerLocator } from '../../shared/customerLocator';

export const description: INodeProperties[] = [
	customerLocator,
	...returnAllAndLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				default: 'NEW',
				options: ORDER_STATUS_OPTIONS,
				description: 'Only orders in this state',
				routing: { send: { type: 'query', property: 'status' } },
			},
		],
	},
];
