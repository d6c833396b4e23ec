import type { ResourceDefinition } from '../../../shared/description';
import { jsonBodyOnly } from '../../shared/body';
import { listOperation, readOperation } from '../../shared/operations';
import { stellrRequest } from '../../transport/routing';
import * as create from './create';
import * as get from './get';
import * as getAll from './getAll';

export const customerResource: ResourceDefinition = {
	name: 'Customer',
	value: 'customer',
	operations: [
		{
			option: {
				name: 'Create',
				value: 'create',
				action: 'Create a customer',
				description: 'Create an end customer in StreamOne Stellr',
				routing: {
					request: { method: 'POST', url: '/api/v1/cloud/customers' },
					send: { preSend: [jsonBodyOnly] },
					operations: {
						pagination: stellrRequest({
							what: 'customer creation',
							unknownOutcomeHint: create.CREATE_UNKNOWN_OUTCOME_HINT,
						}),
					},
				},
			},
			properties: create.description,
		},
		{
			option: readOperation({
				name: 'Get',
				value: 'get',
				action: 'Get a customer',
				description: 'Retrieve one end customer by customer number',
				url: '/api/v1/cloud/customers/{customerNo}',
				ids: { customerNo: 'Customer' },
			}),
			properties: get.description,
		},
		{
			option: listOperation({
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many customers',
				description: 'List end customers, optionally by keyword and status',
				url: '/api/v1/cloud/customers',
			}),
			properties: getAll.description,
			isDefault: true,
		},
	],
};
