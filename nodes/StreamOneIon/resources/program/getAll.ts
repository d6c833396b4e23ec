import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/commonParameters';

/**
 * Program > Get Many: the programs defined for your account (`GET .../products_programs`), or,
 * with a product, each program with whether that product was added to it. Ion answers the whole
 * list at once; Return All and Limit cut it.
 */
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
				displayName: 'Product',
				name: 'productName',
				type: 'string',
				default: '',
				placeholder: 'e.g. MS-M365-E3',
				description:
					'Show the programs for this catalogue product, with "productWasAdded" telling whether the product is in each (Ion calls this query productName; it takes the product ID)',
				routing: {
					send: { type: 'query', property: 'productName', value: '={{String($value).trim()}}' },
				},
			},
		],
	},
];
