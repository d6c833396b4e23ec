import type { INodeProperties } from 'n8n-workflow';

import { customerLocator } from '../../shared/customerLocator';
import { checkNumericOption } from '../../shared/queryFilters';

export const description: INodeProperties[] = [
	customerLocator,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Provider ID',
				name: 'providerId',
				type: 'string',
				default: '',
				placeholder: 'e.g. 30',
				description: 'Only the profile for this cloud provider (its numeric ID in Ion)',
				routing: {
					send: {
						type: 'query',
						property: 'providerId',
						value: '={{String($value).trim()}}',
						preSend: [checkNumericOption('options', 'providerId', 'Provider ID')],
					},
				},
			},
			{
				displayName: 'Enabled Providers Only',
				name: 'enabledOnly',
				type: 'boolean',
				default: true,
				description: 'Whether to return only the cloud providers enabled for this customer',
				routing: { send: { type: 'query', property: 'enabledOnly' } },
			},
		],
	},
];
