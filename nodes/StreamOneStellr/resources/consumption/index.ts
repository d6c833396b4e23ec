import type { ResourceDefinition } from '../../../shared/description';
import { listOperation } from '../../shared/operations';
import { dateQuery } from '../../shared/query';
import * as getAzureSummary from './getAzureSummary';

export const consumptionResource: ResourceDefinition = {
	name: 'Consumption',
	value: 'consumption',
	operations: [
		{
			option: listOperation({
				name: 'Get Azure Summary',
				value: 'getAzureSummary',
				action: 'Get the Azure consumption summary',
				description:
					'Estimated Azure costs per customer, subscription and meter category, by month',
				url: '/api/v1/cloud/consumption/azure/summary',
				preSend: [dateQuery('month', 'Month', 'month')],
			}),
			properties: getAzureSummary.description,
			isDefault: true,
		},
	],
};
