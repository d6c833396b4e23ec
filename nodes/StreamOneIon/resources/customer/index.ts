import type { INodeProperties } from 'n8n-workflow';

import { ACCOUNT_PATH, paramSegment } from '../../shared/descriptions';
import { ionRequest, tokenPagination } from '../../shared/transport';
import { checkNumericId } from '../../shared/validation';
import { addCustomerId, withCustomerId } from './common';
import { buildCreateBody, customerCreateDescription } from './create';
import { customerGetAllDescription } from './getAll';
import { customerGetCloudProfilesDescription } from './getCloudProfiles';
import { buildUpdateBody, customerUpdateDescription } from './update';

const ACCOUNT = `=${ACCOUNT_PATH}`;
const CUSTOMER = `${ACCOUNT}/customers/${paramSegment('customerId')}`;

const checkCustomerId = checkNumericId('customerId', 'Customer');

/** The Operation selector (the node lists every resource's selector before the shared ID parameters). */
export const customerOperation: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['customer'] } },
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Create a customer',
			description:
				'Create an end customer in Ion. Ion also creates a default portal user for the contact e-mail and returns it under "user", with a generated password.',
			routing: {
				request: { method: 'POST', url: `${ACCOUNT}/customers` },
				send: { preSend: [buildCreateBody] },
				output: { postReceive: [addCustomerId] },
				operations: {
					pagination: ionRequest({
						what: 'customer creation',
						unknownOutcomeHint:
							'Before creating it again, check whether Ion created it: use Customer > Get Many with the Email filter set to the contact e-mail.',
					}),
				},
			},
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a customer',
			description: 'Retrieve one customer by ID',
			routing: {
				request: { method: 'GET', url: CUSTOMER },
				send: { preSend: [checkCustomerId] },
				output: { postReceive: [addCustomerId] },
			},
		},
		{
			name: 'Get Cloud Profiles',
			value: 'getCloudProfiles',
			action: 'Get cloud profiles of a customer',
			description:
				"Retrieve the customer's cloud provider profiles: tenant IDs, domains, terms-and-conditions and GDAP status per provider",
			routing: {
				request: { method: 'GET', url: `${CUSTOMER}/cloudProfiles` },
				send: { preSend: [checkCustomerId] },
			},
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many customers',
			description: 'List customers of the account, optionally filtered',
			routing: {
				request: { method: 'GET', url: `${ACCOUNT}/customers` },
				operations: { pagination: tokenPagination('customers', { mapRecord: withCustomerId }) },
			},
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a customer',
			description: 'Change fields of a customer; fields you do not set keep their current value',
			routing: {
				request: { method: 'PUT', url: CUSTOMER },
				send: { preSend: [buildUpdateBody] },
				output: { postReceive: [addCustomerId] },
			},
		},
	],
	default: 'getAll',
};

/** The parameters of the operations, without the shared ID parameters (shared/idParameters.ts). */
export const customerDescription: INodeProperties[] = [
	...customerGetAllDescription,
	...customerCreateDescription,
	...customerUpdateDescription,
	...customerGetCloudProfilesDescription,
];
