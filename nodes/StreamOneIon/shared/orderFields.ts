import type { INodeProperties } from 'n8n-workflow';

/*
 * Fields of an order that Order > Create or Update and Subscription > Update Seats both offer.
 */

/** Provisioning attributes as name/value pairs; `description` says where the names come from. */
export function attributesField(description: string): INodeProperties {
	return {
		displayName: 'Attributes',
		name: 'attributes',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Attribute',
		default: {},
		description,
		options: [
			{
				displayName: 'Attribute',
				name: 'attribute',
				values: [
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
						description: 'Attribute name exactly as in the provisioning template',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						description: 'Attribute value',
					},
				],
			},
		],
	};
}

export const endCustomerPoField: INodeProperties = {
	displayName: 'End-Customer PO',
	name: 'endCustomerPO',
	type: 'string',
	default: '',
	description: "The end customer's purchase order reference",
};

export const resellerPoField: INodeProperties = {
	displayName: 'Reseller PO',
	name: 'resellerPO',
	type: 'string',
	default: '',
	description: 'Your own purchase order reference',
};

export const orderDisplayNameField: INodeProperties = {
	displayName: 'Display Name',
	name: 'displayName',
	type: 'string',
	default: '',
	description: 'A name for the order, shown in the Ion portal',
};
