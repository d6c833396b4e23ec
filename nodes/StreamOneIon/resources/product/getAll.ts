import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/commonParameters';
import { checkNumericOption } from '../../shared/queryFilters';

const filter = (property: string) => ({
	send: {
		type: 'query' as const,
		property,
		propertyInDotNotation: false,
		value: '={{String($value).trim()}}',
	},
});

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
				displayName: 'Add-On Display Name',
				name: 'addonDisplayName',
				type: 'string',
				default: '',
				description: 'Only products with an add-on of this display name',
				routing: filter('filter.addonDisplayName'),
			},
			{
				displayName: 'Add-On External ID',
				name: 'addonExternalId',
				type: 'string',
				default: '',
				description:
					"Only products with an add-on of this external ID (the vendor's ID for the add-on)",
				routing: filter('filter.addonExternalId'),
			},
			{
				displayName: 'Add-On ID',
				name: 'addonId',
				type: 'string',
				default: '',
				description: 'Only products with an add-on of this Ion ID',
				routing: filter('filter.addonId'),
			},
			{
				displayName: 'Language',
				name: 'language',
				type: 'string',
				default: '',
				placeholder: 'e.g. en',
				description: 'Language code to return product texts in',
				routing: filter('language'),
			},
			{
				displayName: 'Manufacturer Part Number',
				name: 'mfgPartNumber',
				type: 'string',
				default: '',
				placeholder: 'e.g. CFQ7TTC0LH18:0001:P1Y:Y',
				description: 'Only the product with exactly this manufacturer part number',
				routing: filter('filter.mfgPartNumber'),
			},
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				placeholder: 'e.g. Microsoft 365',
				description: 'Only products whose name matches',
				routing: filter('filter.name'),
			},
			{
				displayName: 'Provider ID',
				name: 'cloudProviderId',
				type: 'string',
				default: '',
				placeholder: 'e.g. 30',
				description: 'Only products of this cloud provider (its numeric ID in Ion)',
				routing: {
					send: {
						type: 'query',
						property: 'filter.cloudProviderId',
						propertyInDotNotation: false,
						value: '={{String($value).trim()}}',
						preSend: [checkNumericOption('filters', 'cloudProviderId', 'Provider ID')],
					},
				},
			},
			{
				displayName: 'SKU Display Name',
				name: 'skuDisplayName',
				type: 'string',
				default: '',
				description: 'Only products with a SKU (plan) of this display name',
				routing: filter('filter.skuDisplayName'),
			},
			{
				displayName: 'SKU External ID',
				name: 'skuExternalId',
				type: 'string',
				default: '',
				description: "Only products with a SKU of this external ID (the vendor's ID for the SKU)",
				routing: filter('filter.skuExternalId'),
			},
			{
				displayName: 'SKU ID',
				name: 'skuId',
				type: 'string',
				default: '',
				description: 'Only products with a SKU of this Ion ID',
				routing: filter('filter.skuId'),
			},
		],
	},
];
