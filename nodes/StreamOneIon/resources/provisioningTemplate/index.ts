import type { INodeProperties } from 'n8n-workflow';
import { ACCOUNT_PATH, paramSegment } from '../../shared/descriptions';
import { checkPathId } from '../../shared/validation';
import { provisioningTemplateGetDescription } from './get';
import { provisioningTemplateGetAllDescription } from './getAll';

const showOnlyForProvisioningTemplates = { resource: ['provisioningTemplate'] };

const ACCOUNT = `=${ACCOUNT_PATH}`;

/** The Operation selector (the node lists every resource's selector before the shared ID parameters). */
export const provisioningTemplateOperation: INodeProperties = {
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
					url: `${ACCOUNT}/provisionTemplates/${paramSegment('templateId')}`,
				},
				send: { preSend: [checkPathId('templateId', 'Template ID')] },
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
};

/** The parameters of the operations. */
export const provisioningTemplateDescription: INodeProperties[] = [
	...provisioningTemplateGetDescription,
	...provisioningTemplateGetAllDescription,
];
