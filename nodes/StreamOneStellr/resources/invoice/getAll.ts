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
				description: 'Only the invoices of this customer',
				routing: { send: { type: 'query', property: 'customerNo' } },
			},
			{
				displayName: 'End Date',
				name: 'endDate',
				type: 'string',
				default: '',
				placeholder: 'e.g. 2024-01-31',
				description: 'Only invoices dated on or before this day (YYYY-MM-DD)',
				routing: { send: { type: 'query', property: 'endDate' } },
			},
			{
				displayName: 'Start Date',
				name: 'startDate',
				type: 'string',
				default: '',
				placeholder: 'e.g. 2024-01-01',
				description: 'Only invoices dated on or after this day (YYYY-MM-DD)',
				routing: { send: { type: 'query', property: 'startDate' } },
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: [
					{ name: 'Open', value: 'OPEN' },
					{ name: 'Overdue', value: 'OVERDUE' },
					{ name: 'Paid', value: 'PAID' },
				],
				default: 'OPEN',
				description: 'Only invoices with this status',
				routing: { send: { type: 'query', property: 'status' } },
			},
		],
	},
	additionalQuery,
];
