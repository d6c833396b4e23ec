import type { ResourceDefinition } from '../../../shared/description';
import { jsonBodyOnly } from '../../shared/body';
import { listOperation } from '../../shared/operations';
import { checkIds } from '../../transport/paths';
import { stellrRequest } from '../../transport/routing';
import * as check from './check';
import * as getAll from './getAll';

export const vendorResource: ResourceDefinition = {
	name: 'Vendor',
	value: 'vendor',
	operations: [
		{
			option: {
				name: 'Check Account Data',
				value: 'check',
				action: 'Check account data with a vendor',
				description:
					'Ask the vendor whether a domain is available, a tenant exists or a transfer is possible',
				routing: {
					request: { method: 'POST', url: '/api/v1/cloud/vendors/{vendorId}/check/{checkType}' },
					send: {
						preSend: [checkIds({ vendorId: 'Vendor', checkType: 'Check Type' }), jsonBodyOnly],
					},
					// a POST that only reads: resent like a GET
					operations: { pagination: stellrRequest({ idempotent: true, what: 'vendor check' }) },
				},
			},
			properties: check.description,
		},
		{
			option: listOperation({
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many vendors',
				description: 'List the vendors of the marketplace and whether you are authorized for them',
				url: '/api/v1/cloud/vendors',
			}),
			properties: getAll.description,
			isDefault: true,
		},
	],
};
