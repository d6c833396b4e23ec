import type { ResourceDefinition } from '../../../shared/description';
import { jsonBodyOnly } from '../../shared/body';
import { listOperation } from '../../shared/operations';
import { stellrRequest } from '../../transport/routing';
import * as createOrUpdate from './createOrUpdate';
import * as getAll from './getAll';

export const vendorAccountResource: ResourceDefinition = {
	name: 'Vendor Account',
	value: 'vendorAccount',
	operations: [
		{
			option: {
				name: 'Create or Update',
				value: 'createOrUpdate',
				action: 'Create or update a vendor account',
				description:
					"Create a customer's account with a vendor (e.g. a new Microsoft tenant), or change the existing one",
				routing: {
					request: { method: 'POST', url: '/api/v1/cloud/vendors/account' },
					send: { preSend: [jsonBodyOnly] },
					operations: {
						pagination: stellrRequest({
							what: 'vendor account change',
							unknownOutcomeHint: createOrUpdate.UNKNOWN_OUTCOME_HINT,
						}),
					},
				},
			},
			properties: createOrUpdate.description,
		},
		{
			option: listOperation({
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many vendor accounts',
				description: 'List the accounts customers have with vendors (tenants, domains)',
				url: '/api/v1/cloud/vendors/account',
			}),
			properties: getAll.description,
			isDefault: true,
		},
	],
};
