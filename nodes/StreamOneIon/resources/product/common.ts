import type { INodeProperties } from 'n8n-workflow';

/** Product picker: From List (listSearch `searchProducts`) or By ID (Ion product ID, e.g. AWS-EC). */
export const productLocator: INodeProperties = {
	displayName: 'Product',
	name: 'productId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The catalogue product. Pick from the list or enter the product ID Ion uses.',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select a product...',
			typeOptions: {
				searchListMethod: 'searchProducts',
				searchable: true,
				searchFilterRequired: false,
			},
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. AWS-EC',
			validation: [
				{
					type: 'regex',
					properties: {
						regex: '^\\s*[^/\\\\?#%\\s][^/\\\\?#%]*$',
						errorMessage: 'A product ID cannot contain / \\ ? # or %',
					},
				},
			],
		},
	],
};
