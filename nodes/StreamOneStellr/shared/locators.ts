import type { INodeProperties } from 'n8n-workflow';

/*
 * The pickers of the node: ONE definition each for the whole node, because RoutingNode evaluates
 * every definition of a parameter name twice per input item (nodes/shared/description.ts). The
 * operation values are chosen so each merges into one property (test/unit/StreamOneStellr/
 * description.test.ts). Stellr's ID formats are not published, so By ID takes any text; the
 * operation checks it before sending (transport/paths.ts `checkIds`).
 */

/** The customer of every operation that takes one (Stellr's `customerNo`). */
export const customerLocator: INodeProperties = {
	displayName: 'Customer',
	name: 'customerNo',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description:
		'The StreamOne Stellr end customer. Pick from the list (search by name or e-mail) or enter the customer number ("customerNo" in any output).',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select a customer...',
			typeOptions: {
				searchListMethod: 'searchCustomers',
				searchable: true,
				searchFilterRequired: false,
			},
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 7100001',
		},
	],
};

/** A subscription of the chosen customer. */
export const subscriptionLocator: INodeProperties = {
	displayName: 'Subscription',
	name: 'subscriptionId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description:
		'A subscription of the customer above. Pick from the list or enter its ID ("subscriptionId" in Subscription > Get Many).',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select a subscription...',
			typeOptions: {
				searchListMethod: 'searchSubscriptions',
				searchable: true,
				searchFilterRequired: false,
			},
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 41000001',
		},
	],
};

/** A vendor (Microsoft, Google, ...). */
export const vendorLocator: INodeProperties = {
	displayName: 'Vendor',
	name: 'vendorId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description:
		'The vendor. Pick from the list (Vendor > Get Many) or enter its ID, e.g. Microsoft.',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select a vendor...',
			typeOptions: {
				searchListMethod: 'searchVendors',
				searchable: true,
				searchFilterRequired: false,
			},
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. Microsoft',
		},
	],
};
