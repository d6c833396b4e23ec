import type { INodeProperties } from 'n8n-workflow';

import { searchableLocator } from '../../shared/resourceLocator';

export interface CustomerLocatorOptions {
	description: string;
	/** Another customer parameter than the operation's customer (e.g. the price-book customer). */
	name?: string;
	displayName?: string;
	/** Default true. */
	required?: boolean;
	/** Accept `-` (all customers) in By ID, as Ion's order reads do. */
	allowAll?: boolean;
}

/**
 * Customer picker: From List (searchable, listSearch `searchCustomers`) or By ID (digits).
 * Ion's portal has no stable per-customer URL that can be pasted, so there is no By URL mode.
 * The operation checks the ID again before sending (transport/paths.ts `checkIds`), because a
 * value from an expression is not checked by the editor.
 */
export function makeCustomerLocator({
	description,
	allowAll = false,
	name = 'customerId',
	displayName = 'Customer',
	required = true,
}: CustomerLocatorOptions): INodeProperties {
	const locator = searchableLocator({
		displayName,
		name,
		description,
		searchListMethod: 'searchCustomers',
		listPlaceholder: 'Select a customer...',
		idPlaceholder: allowAll ? 'e.g. 10054 or -' : 'e.g. 10054',
		idValidation: {
			regex: allowAll ? '^\\s*(\\d+|-)\\s*$' : '^\\s*\\d+\\s*$',
			errorMessage: allowAll
				? 'A customer ID is a number (for example 10054), or - for all customers'
				: 'A customer ID is a number (for example 10054)',
		},
	});
	return { ...locator, required };
}

/**
 * The customer of every operation that takes one: ONE definition for the whole node, because
 * RoutingNode evaluates every definition named `customerId` twice per input item (see
 * nodes/shared/description.ts). By ID therefore accepts `-` everywhere in the editor; the
 * operations that do not take it refuse it before sending (transport/paths.ts `checkId`).
 */
export const customerLocator = makeCustomerLocator({
	allowAll: true,
	description:
		'The Ion customer (end client). Search the list by company, contact, e-mail or ID, or enter the numeric customer ID shown in Ion under Customers (for a subscription or an order, its "customerId" field). Order > Get and Order > Get Many for Customer also accept - for every customer under your account.',
});
