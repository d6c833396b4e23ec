import type { INodeProperties } from 'n8n-workflow';

import { ionPreSend, requireNumericId } from '../../shared/validation';
import { showFor } from './common';

const show = showFor('getCloudProfiles');

export const customerGetCloudProfilesDescription: INodeProperties[] = [
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show },
		options: [
			{
				displayName: 'Cloud Provider ID',
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
						preSend: [
							ionPreSend(function () {
								const value = (this.getNodeParameter('options', {}) as { providerId?: unknown }).providerId;
								requireNumericId(this.getNode(), value, 'Cloud Provider ID', { itemIndex: this.getItemIndex() });
							}),
						],
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

