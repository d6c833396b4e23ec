import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/commonParameters';
import { vendorLocator } from '../../shared/locators';
import { additionalQuery } from '../../shared/parameters';

export const description: INodeProperties[] = [
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
				displayName: 'Billing Term',
				name: 'billingTerm',
				type: 'options',
				options: [
					{ name: 'Annual', value: 'ANNUAL' },
					{ name: 'Monthly', value: 'MONTHLY' },
					{ name: 'Triennial', value: 'TRIENNIAL' },
				],
				default: 'ANNUAL',
				description: 'Only products with this commitment term',
				routing: { send: { type: 'query', property: 'billingTerm' } },
			},
			{
				displayName: 'Keyword',
				name: 'keyword',
				type: 'string',
				default: '',
				placeholder: 'e.g. Business Premium',
				description: 'Part of the product name, a SKU number or a manufacturer part number',
				routing: { send: { type: 'query', property: 'keyword' } },
			},
		],
	},
	additionalQuery,
];
