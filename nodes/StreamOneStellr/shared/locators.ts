import type { INodeProperties } from 'n8n-workflow';

import { searchableLocator } from '../../shared/resourceLocator';

/*
 * The pickers of the node: ONE definition each for the whole node, because RoutingNode evaluates
 * every definition of a parameter name twice per input item (nodes/shared/description.ts). The
 * operation values are chosen so each merges into one property (test/unit/StreamOneStellr/
 * description.test.ts). Stellr's ID formats are not published, so By ID takes any text; the
 * operation checks it before sending (transport/paths.ts `checkIds`).
 */

/** The customer of every operation that takes one (Stellr's `customerNo`). */
export const customerLocator: INodeProperties = searchableLocator({
	displayName: 'Customer',
	name: 'customerNo',
	description:
		'The StreamOne Stellr end customer. Pick from the list (search by name or e-mail) or enter the customer number ("customerNo" in any output).',
	searchListMethod: 'searchCustomers',
	listPlaceholder: 'Select a customer...',
	idPlaceholder: 'e.g. 7100001',
});

/** A subscription of the chosen customer. */
export const subscriptionLocator: INodeProperties = searchableLocator({
	displayName: 'Subscription',
	name: 'subscriptionId',
	description:
		'A subscription of the customer above. Pick from the list or enter its ID ("subscriptionId" in Subscription > Get Many).',
	searchListMethod: 'searchSubscriptions',
	listPlaceholder: 'Select a subscription...',
	idPlaceholder: 'e.g. 41000001',
});

/** A vendor (Microsoft, Google, ...). */
export const vendorLocator: INodeProperties = searchableLocator({
	displayName: 'Vendor',
	name: 'vendorId',
	description:
		'The vendor. Pick from the list (Vendor > Get Many) or enter its ID, e.g. Microsoft.',
	searchListMethod: 'searchVendors',
	listPlaceholder: 'Select a vendor...',
	idPlaceholder: 'e.g. Microsoft',
});
