import type { INodeProperties } from 'n8n-workflow';

export const description: INodeProperties[] = [
	{
		displayName: 'Template ID',
		name: 'templateId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'provisioningTemplate01',
		description:
			'The ID of the provisioning template, as returned in the "ID" field by Provisioning Template > Get Many',
	},
];
