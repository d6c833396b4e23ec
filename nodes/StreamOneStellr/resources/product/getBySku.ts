import type { INodeProperties } from 'n8n-workflow';

export const description: INodeProperties[] = [
	{
		displayName: 'SKU Number',
		name: 'skuNo',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 7400001',
		description: 'The TD SYNNEX SKU number of the product ("skuNo")',
	},
];
