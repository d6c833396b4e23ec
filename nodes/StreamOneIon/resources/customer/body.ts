import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import type { InputScope } from '../../../shared/nodeErrors';
import { compact, requireEmail, requireString, text } from '../../../shared/validation';
import { ADDRESS_KEYS } from './common';

const LABELS: Record<string, string> = {
	customerOrganization: 'Organization Name',
	customerName: 'Contact Name',
	customerEmail: 'Email',
	languageCode: 'Language Code',
	street: 'Street',
	city: 'City',
	state: 'State',
	zip: 'ZIP Code',
	country: 'Country',
};

/**
 * Builds the CreateCustomerRequest / UpdateCustomerRequest body from flat fields and checks the
 * fields Ion requires (customerOrganization, customerName, customerEmail, languageCode and the
 * address street, city, state, zip, country) before anything is sent.
 */
export function buildCustomerBody(scope: InputScope, fields: IDataObject): IDataObject {
	const required = (key: string) => requireString(scope, fields[key], LABELS[key]);
	const address: IDataObject = {};
	for (const key of ADDRESS_KEYS) {
		address[key] = key === 'suite' ? text(fields[key]) : required(key);
	}
	return compact({
		customerOrganization: required('customerOrganization'),
		customerAddress: address,
		customerName: required('customerName'),
		customerEmail: requireEmail(scope, fields.customerEmail, LABELS.customerEmail),
		customerTitle: text(fields.customerTitle),
		customerPhone: text(fields.customerPhone),
		languageCode: required('languageCode'),
	});
}

/** Flattens an Ion customer (GET response) to the fields buildCustomerBody reads. */
export function flattenCustomer(customer: IDataObject): IDataObject {
	const address = (customer.customerAddress ?? {}) as IDataObject;
	const flat: IDataObject = {};
	for (const key of [
		'customerOrganization',
		'customerName',
		'customerEmail',
		'customerTitle',
		'customerPhone',
		'languageCode',
	]) {
		flat[key] = customer[key];
	}
	for (const key of ADDRESS_KEYS) flat[key] = address[key];
	return flat;
}

export function paramsOf(ctx: IExecuteSingleFunctions, names: string[]): IDataObject {
	const out: IDataObject = {};
	for (const name of names) out[name] = ctx.getNodeParameter(name, '') as string;
	return out;
}
