import type { INodeProperties } from 'n8n-workflow';

import { checkNumericOption } from '../../shared/queryFilters';
import { productLocator } from './common';

const exclude = (displayName: string, name: string, what: string): INodeProperties => ({
	displayName,
	name,
	type: 'boolean',
	default: false,
	description: `Whether to leave out the product's ${what} (smaller, faster answer)`,
	routing: {
		send: { type: 'query', property: `excludeFilter.${name}`, propertyInDotNotation: false },
	},
});

export const description: INodeProperties[] = [
	productLocator,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			exclude('Exclude Definition', 'excludeDefinition', 'definition (SKUs, plans and add-ons)'),
			exclude('Exclude Deployment', 'excludeDeployment', 'deployment settings'),
			exclude('Exclude Marketing', 'excludeMarketing', 'marketing texts and images'),
			exclude('Exclude Pricing', 'excludePricing', 'pricing'),
			exclude('Exclude Version History', 'excludeVersionHistory', 'version history'),
			{
				displayName: 'Language',
				name: 'language',
				type: 'string',
				default: '',
				placeholder: 'e.g. en',
				description: 'Language code to translate the product into',
				routing: {
					send: { type: 'query', property: 'language', value: '={{String($value).trim()}}' },
				},
			},
			{
				displayName: 'Price Book Customer',
				name: 'priceBookCustomerId',
				type: 'string',
				default: '',
				placeholder: 'e.g. 10054',
				description:
					"Customer whose price book is used for the prices (that customer's numeric ID)",
				routing: {
					send: {
						type: 'query',
						property: 'priceBookCustomerId',
						value: '={{String($value).trim()}}',
						preSend: [checkNumericOption('options', 'priceBookCustomerId', 'Price Book Customer')],
					},
				},
			},
			{
				displayName: 'Product Version',
				name: 'productVersion',
				type: 'string',
				default: '',
				placeholder: 'e.g. 3',
				description: 'A published version of the product; leave empty for the current one',
				routing: {
					send: { type: 'query', property: 'productVersion', value: '={{String($value).trim()}}' },
				},
			},
		],
	},
];
