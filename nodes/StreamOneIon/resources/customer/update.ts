import { NodeOperationError, type IDataObject, type INodeProperties } from 'n8n-workflow';

import { ionApiRequest } from '../../shared/transport';
import { ionPreSend, requireNumericId } from '../../shared/validation';
import { buildCustomerBody, flattenCustomer } from './body';
import { showFor } from './common';
import {
	cityField,
	contactNameField,
	countryField,
	emailField,
	languageCodeField,
	organizationField,
	phoneField,
	stateField,
	streetField,
	suiteField,
	titleField,
	zipField,
} from './fields';

const show = showFor('update');

/**
 * preSend: Ion's Update Customer is a PUT of the whole customer (organisation, contact, e-mail,
 * language and address are all required). The node reads the customer first and sends it back
 * with only the fields the user set changed, so an update of the phone number does not need the
 * whole address. Fails before any request when no field is set or the customer ID is invalid.
 */
export const buildUpdateBody = ionPreSend(async function (requestOptions) {
	const node = this.getNode();
	const itemIndex = this.getItemIndex();
	const id = requireNumericId(
		node,
		this.getNodeParameter('customerId', '', { extractValue: true }),
		'Customer',
		{ itemIndex },
	);
	const changes = this.getNodeParameter('updateFields', {}) as IDataObject;
	const set = Object.entries(changes).filter(([, v]) => v !== undefined && v !== null && String(v).trim() !== '');
	if (set.length === 0) {
		throw new NodeOperationError(node, 'Update Fields is empty: add at least one field to change', {
			itemIndex,
			description: 'Click Add Field under Update Fields and enter the new value.',
		});
	}
	const current = await ionApiRequest.call(this, 'GET', `/customers/${encodeURIComponent(id)}`);
	const fields = { ...flattenCustomer(current), ...Object.fromEntries(set) };
	requestOptions.body = buildCustomerBody(node, fields, itemIndex);
});

export const customerUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show },
		description: 'Only the fields you add are changed; the node keeps every other field as it is in Ion',
		options: [
			cityField,
			contactNameField,
			phoneField,
			titleField,
			countryField,
			emailField,
			languageCodeField,
			organizationField,
			stateField,
			streetField,
			suiteField,
			zipField,
		],
	},
];
