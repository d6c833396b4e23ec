import type { ResourceDefinition } from '../../../shared/description';
import { accountUrl, checkIds, numericId } from '../../transport/paths';
import { ionRequest, tokenList } from '../../transport/routing';
import { addCustomerId, withCustomerId } from './common';
import * as create from './create';
import * as get from './get';
import * as getAll from './getAll';
import * as getCloudProfile from './getCloudProfile';
import * as getCloudProfiles from './getCloudProfiles';
import * as update from './update';

const CUSTOMER = '/customers/{customerId}';
const checkCustomer = checkIds({ customerId: numericId('Customer') });

export const customerResource: ResourceDefinition = {
	name: 'Customer',
	value: 'customer',
	operations: [
		{
			option: {
				name: 'Create',
				value: 'create',
				action: 'Create a customer',
				description:
					'Create an end customer in Ion. Ion also creates a default portal user for the contact e-mail and returns it under "user", with a generated password.',
				routing: {
					request: { method: 'POST', url: accountUrl('/customers') },
					send: { preSend: [create.buildCreateBody] },
					output: { postReceive: [addCustomerId] },
					operations: {
						pagination: ionRequest({
							what: 'customer creation',
							unknownOutcomeHint: create.CREATE_UNKNOWN_OUTCOME_HINT,
						}),
					},
				},
			},
			properties: create.description,
		},
		{
			option: {
				name: 'Get',
				value: 'get',
				action: 'Get a customer',
				description: 'Retrieve one customer by ID',
				routing: {
					request: { method: 'GET', url: accountUrl(CUSTOMER) },
					send: { preSend: [checkCustomer] },
					output: { postReceive: [addCustomerId] },
				},
			},
			properties: get.description,
		},
		{
			option: {
				name: 'Get Cloud Profile (Azure, Deprecated)',
				value: 'getCloudProfile',
				action: 'Get the Azure cloud profile of a customer',
				description:
					"Ion's older Azure-only terms-and-conditions check, which Ion will deprecate: use Get Cloud Profiles",
				routing: {
					request: { method: 'GET', url: accountUrl(`${CUSTOMER}/cloudProfile`) },
					send: { preSend: [checkCustomer, getCloudProfile.buildCloudProfileQuery] },
				},
			},
			properties: getCloudProfile.description,
		},
		{
			option: {
				name: 'Get Cloud Profiles',
				value: 'getCloudProfiles',
				action: 'Get cloud profiles of a customer',
				description:
					"Retrieve the customer's cloud provider profiles: tenant IDs, domains, terms-and-conditions and GDAP status per provider",
				routing: {
					request: { method: 'GET', url: accountUrl(`${CUSTOMER}/cloudProfiles`) },
					send: { preSend: [checkCustomer] },
				},
			},
			properties: getCloudProfiles.description,
		},
		{
			option: {
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many customers',
				description: 'List customers of the account, optionally filtered',
				routing: {
					request: { method: 'GET', url: accountUrl('/customers') },
					operations: { pagination: tokenList('customers', { mapRecord: withCustomerId }) },
				},
			},
			properties: getAll.description,
			isDefault: true,
		},
		{
			option: {
				name: 'Update',
				value: 'update',
				action: 'Update a customer',
				description: 'Change fields of a customer; fields you do not set keep their current value',
				routing: {
					request: { method: 'PUT', url: accountUrl(CUSTOMER) },
					send: { preSend: [checkCustomer, update.buildUpdateBody] },
					output: { postReceive: [addCustomerId] },
				},
			},
			properties: update.description,
		},
	],
};
