import type { INodeProperties } from 'n8n-workflow';

import { scopeOf } from '../../../shared/nodeErrors';
import { preSendStep } from '../../../shared/requestFrame';
import { updateFieldsSet } from '../../../shared/validation';
import { customerLocator } from '../../shared/customerLocator';
import { checkId, numericId } from '../../transport/paths';
import { ionApiRequest } from '../../transport/request';
import { buildCustomerBody, flattenCustomer } from './body';
import { allFields } from './fields';

/**
 * preSend: Ion's Update Customer is a PUT of the whole customer (organisation, contact, e-mail,
 * language and address are all required). The node reads the customer first and sends it back
 * with only the fields the user set changed, so an update of the phone number does not need the
 * whole address. Fails before any request when no field is set or the customer ID is invalid.
 */
export const buildUpdateBody = preSendStep(async function (requestOptions) {
	const id = checkId(this, 'customerId', numericId('Customer'));
	const set = updateFieldsSet(this);
	const current = await ionApiRequest.call(this, 'GET', `/customers/${encodeURIComponent(id)}`);
	const fields = { ...flattenCustomer(current), ...Object.fromEntries(set) };
	requestOptions.body = buildCustomerBody(scopeOf(this), fields);
});

export const description: INodeProperties[] = [
	customerLocator,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description:
			'Only the fields you add are changed; the node keeps every other field as it is in Ion',
		options: allFields,
	},
];
