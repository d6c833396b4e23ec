import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/commonParameters';
import { additionalQuery } from '../../shared/parameters';

export const description: INodeProperties[] = [
	{
		displayName: 'Primary Product ID',
		name: 'primaryProductId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 100001',
		description: 'The product whose related products (add-ons) to list',
	},
	...returnAllAndLimit,
	additionalQuery,
];
