import type { INodeProperties } from 'n8n-workflow';

import { customerLocator } from '../../shared/customerLocator';
import { subscriptionIdParameter } from './common';

export const description: INodeProperties[] = [
	customerLocator,
	subscriptionIdParameter,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Refresh From Provider',
				name: 'refresh',
				type: 'boolean',
				default: false,
				description:
					'Whether Ion should fetch the latest state from the vendor (for example Microsoft) instead of its cached copy. Slower.',
				routing: { send: { type: 'query', property: 'refresh' } },
			},
		],
	},
];
