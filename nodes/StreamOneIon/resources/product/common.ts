import type { IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { getParam, text } from '../../../shared/validation';

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

/**
 * postReceive of Enable / Disable: Ion answers an empty object, so the node outputs the product
 * ID and its new state (`{ productId, disabled }`), one item per input item.
 */
export function productStateOutput(disabled: boolean) {
	return async function (this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
		return [{ json: { productId: text(getParam(this, 'productId', '')), disabled } }];
	};
}
