import type { INodeProperties } from 'n8n-workflow';

/*
 * Fields of an order that Order > Create or Update, Subscription > Update Seats and Cart > Checkout
 * offer.
 */

/** The name of a provisioning attribute, typed in (one row of an attributes fixedCollection). */
export const attributeNameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	default: '',
	description: 'Attribute name exactly as in the provisioning template',
};

/** The value of a provisioning attribute. */
export const attributeValueField: INodeProperties = {
	displayName: 'Value',
	name: 'value',
	type: 'string',
	default: '',
	description: 'Attribute value',
};

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
				values: [attributeNameField, attributeValueField],
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
