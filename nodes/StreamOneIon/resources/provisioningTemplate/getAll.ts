import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import { dropEmptyQuery, splitProvisioningTemplates } from '../../shared/commerce';

const show = { resource: ['provisioningTemplate'], operation: ['getAll'] };

export const provisioningTemplateGetAllDescription: INodeProperties[] = [
	{
		displayName: 'Vendor',
		name: 'vendor',
		type: 'options',
		required: true,
		default: 'MICROSOFT',
		displayOptions: { show },
		options: [
			{ name: 'Google', value: 'GOOGLE' },
			{ name: 'IBM', value: 'IBM' },
			{ name: 'Microsoft', value: 'MICROSOFT' },
			{ name: 'Sophos', value: 'SOPHOS' },
		],
		description:
			'The vendor whose provisioning templates to list. A template lists the attributes an order item needs for that vendor.',
		routing: {
			send: { type: 'query', property: 'vendor' },
			output: { postReceive: [splitProvisioningTemplates] },
		},
	},
	...returnAllAndLimit(show),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show },
		routing: { send: { preSend: [dropEmptyQuery] } },
		options: [
			{
				displayName: 'Order Action',
				name: 'orderAction',
				type: 'options',
				default: 'CREATE',
				options: [
					{ name: 'Create', value: 'CREATE', description: 'Templates for buying new subscriptions' },
					{ name: 'Update', value: 'UPDATE', description: 'Templates for changing existing subscriptions' },
				],
				description: 'Only templates for this order item action',
				routing: { send: { type: 'query', property: 'action' } },
			},
			{
				displayName: 'Provider',
				name: 'provider',
				type: 'string',
				default: '',
				placeholder: 'e.g. Microsoft CSP',
				description: 'Only templates of this provider, as Ion names it',
				routing: { send: { type: 'query', property: 'provider', value: '={{ String($value).trim() }}' } },
			},
		],
	},
];
