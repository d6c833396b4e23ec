import type { ResourceDefinition } from '../../../shared/description';
import { accountUrl, checkIds, pathId } from '../../transport/paths';
import * as get from './get';
import * as getAll from './getAll';

export const provisioningTemplateResource: ResourceDefinition = {
	name: 'Provisioning Template',
	value: 'provisioningTemplate',
	operations: [
		{
			option: {
				name: 'Get',
				value: 'get',
				action: 'Get a provisioning template',
				description:
					'Retrieve one provisioning template: the attributes an order needs for a product',
				routing: {
					request: { method: 'GET', url: accountUrl('/provisionTemplates/{templateId}') },
					send: { preSend: [checkIds({ templateId: pathId('Template ID') })] },
				},
			},
			properties: get.description,
		},
		{
			option: {
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many provisioning templates',
				description:
					'List the provisioning templates of a vendor, optionally by provider and action',
				routing: {
					request: { method: 'GET', url: accountUrl('/provisionTemplates') },
					output: { postReceive: [getAll.splitTemplates] },
				},
			},
			properties: getAll.description,
			isDefault: true,
		},
	],
};
