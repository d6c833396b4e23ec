import type { INodeProperties } from 'n8n-workflow';

const show = { resource: ['subscription'], operation: ['get'] };

export const subscriptionGetDescription: INodeProperties[] = [
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show },
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
