import type { INodeProperties } from 'n8n-workflow';

const show = { resource: ['provisioningTemplate'], operation: ['get'] };

export const provisioningTemplateGetDescription: INodeProperties[] = [
	{
		displayName: 'Template ID',
		name: 'templateId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'provisioningTemplate01',
		displayOptions: { show },
		description:
			'The ID of the provisioning template, as returned in the "ID" field by Provisioning Template > Get Many',
	},
];
