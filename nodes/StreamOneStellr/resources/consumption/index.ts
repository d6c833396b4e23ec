import type { ResourceDefinition } from '../../../shared/description';
import { dateQuery, listQuery } from '../../shared/query';
import { stellrList } from '../../transport/routing';
import * as getAzureSummary from './getAzureSummary';

export const consumptionResource: ResourceDefinition = {
	name: 'Consumption',
	value: 'consumption',
	operations: [
		{
			option: {
				name: 'Get Azure Summary',
				value: 'getAzureSummary',
				action: 'Get the Azure consumption summary',
				description:
					'Estimated Azure costs per customer, subscription and meter category, by month',
				routing: {
					request: { method: 'GET', url: '/api/v1/cloud/consumption/azure/summary' },
					send: { preSend: [listQuery, dateQuery('month', 'Month', 'month')] },
					operations: { pagination: stellrList() },
				},
			},
			properties: getAzureSummary.description,
			isDefault: true,
		},
	],
};
