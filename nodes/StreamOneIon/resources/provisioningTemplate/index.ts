import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT_PATH } from '../../shared/descriptions';
import { provisioningTemplateGetDescription } from './get';
import { provisioningTemplateGetAllDescription } from './getAll';

const showOnlyForProvisioningTemplates = { resource: ['provisioningTemplate'] };

const ACCOUNT = `=${ACCOUNT_PATH}`;

export const provisioningTemplateDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForProvisioningTemplates },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get a provisioning template',
				description: 'Retrieve one provisioning template: the attributes an order needs for a product',
				routing: {
					request: {
						method: 'GET',
						url: `${ACCOUNT}/provisionTemplates/{{encodeURIComponent(String($parameter.templateId).trim())}}`,
					},
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many provisioning templates',
				description: 'List the provisioning templates of a vendor, optionally by provider and action',
				routing: { request: { method: 'GET', url: `${ACCOUNT}/provisionTemplates` } },
			},
		],
		default: 'getAll',
	},
	...provisioningTemplateGetDescription,
	...provisioningTemplateGetAllDescription,
];
