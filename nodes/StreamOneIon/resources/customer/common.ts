import type { IDataObject } from 'n8n-workflow';

import { mapRecords } from '../../transport/routing';

/**
 * Ion identifies a customer by its resource name `accounts/{accountId}/customers/{customerId}`
 * and has no plain ID field. Every customer the node outputs gets a `customerId` (the last
 * segment) so the next node can use `{{ $json.customerId }}`.
 */
export function customerIdOf(record: IDataObject): string {
	const match = /\/customers\/([^/]+)$/.exec(typeof record.name === 'string' ? record.name : '');
	return match ? match[1] : '';
}

export function withCustomerId(record: IDataObject): IDataObject {
	if (record.customerId !== undefined) return record;
	const customerId = customerIdOf(record);
	return customerId ? { customerId, ...record } : record;
}

/** postReceive for single-customer responses (Get, Create, Update). */
export const addCustomerId = mapRecords(withCustomerId);

/** Fields of Ion's CreateCustomerRequest / UpdateCustomerRequest, in the order Ion lists them. */
export const ADDRESS_KEYS = ['street', 'suite', 'city', 'state', 'zip', 'country'] as const;
