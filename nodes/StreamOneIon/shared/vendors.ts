import type { INodePropertyOptions } from 'n8n-workflow';

/**
 * The vendors Ion's provisioning templates know (the spec's `Vendor` enum, without
 * NOT_SPECIFIED): the one vendor dropdown of the node (Provisioning Template > Get Many,
 * Product > Get Pricing, order items' template attributes).
 */
export const VENDOR_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Google', value: 'GOOGLE' },
	{ name: 'IBM', value: 'IBM' },
	{ name: 'Microsoft', value: 'MICROSOFT' },
	{ name: 'Sophos', value: 'SOPHOS' },
];
