import type { INodeProperties } from 'n8n-workflow';

import { waitParametersOff } from '../../shared/parameters';

export const description: INodeProperties[] = [
	{
		displayName: 'Operation ID',
		name: 'operationId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 3f2a8c1e-5b7d-4e0a-9c6f-1d2e3f4a5b6c',
		description:
			'The "operationId" a subscription change answered (its output with Wait for Completion off, or after "waitTimedOut")',
	},
	...waitParametersOff,
];
