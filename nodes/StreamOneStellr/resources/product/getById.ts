import type { INodeProperties } from 'n8n-workflow';

export const description: INodeProperties[] = [
	{
		displayName: 'Product ID',
		name: 'productId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 100001',
		description: 'The StreamOne Stellr product ID ("productId" in Product > Get Many for Vendor)',
	},
];
