import type { INodeProperties } from 'n8n-workflow';

/**
 * Customer fields as an MSP knows them from Ion's customer page, mapped to Ion's
 * CreateCustomerRequest / UpdateCustomerRequest names. Used as required fields by Create and as
 * the options of Update Fields by Update.
 */
export const organizationField: INodeProperties = {
	displayName: 'Organization Name',
	name: 'customerOrganization',
	type: 'string',
	default: '',
	placeholder: 'e.g. Contoso Ltd',
	description: 'Name of the customer organisation, as it appears in the Ion customer list',
};

export const contactNameField: INodeProperties = {
	displayName: 'Contact Name',
	name: 'customerName',
	type: 'string',
	default: '',
	placeholder: 'e.g. Jane Doe',
	description:
		'Primary contact: the Name field of Admin Contact Details on the customer page in Ion',
};

export const emailField: INodeProperties = {
	displayName: 'Email',
	name: 'customerEmail',
	type: 'string',
	default: '',
	placeholder: 'name@email.com',
	description:
		"Primary contact's e-mail address. Ion also uses it for the customer's default portal user and refuses one that is already in use.",
};

export const languageCodeField: INodeProperties = {
	displayName: 'Language Code',
	name: 'languageCode',
	type: 'string',
	default: 'en',
	placeholder: 'e.g. en',
	description: "The customer's preferred language, as a language code (for example en, fr, de)",
};

export const streetField: INodeProperties = {
	displayName: 'Street',
	name: 'street',
	type: 'string',
	default: '',
	placeholder: 'e.g. 1 Main Street',
	description: 'Street and number of the customer address',
};

export const suiteField: INodeProperties = {
	displayName: 'Suite',
	name: 'suite',
	type: 'string',
	default: '',
	placeholder: 'e.g. Suite 200',
	description: 'Suite, floor or unit (optional second address line)',
};

export const cityField: INodeProperties = {
	displayName: 'City',
	name: 'city',
	type: 'string',
	default: '',
	placeholder: 'e.g. Herndon',
};

export const stateField: INodeProperties = {
	displayName: 'State',
	name: 'state',
	type: 'string',
	default: '',
	placeholder: 'e.g. VA',
	description: "State or region in its short form for the customer's country (Virginia = VA)",
};

export const zipField: INodeProperties = {
	displayName: 'ZIP Code',
	name: 'zip',
	type: 'string',
	default: '',
	placeholder: 'e.g. 20171',
	description: 'Postal code',
};

export const countryField: INodeProperties = {
	displayName: 'Country',
	name: 'country',
	type: 'string',
	default: '',
	placeholder: 'e.g. US',
	description: 'Two-letter country code (United States = US, United Kingdom = GB)',
};

export const titleField: INodeProperties = {
	displayName: 'Contact Title',
	name: 'customerTitle',
	type: 'string',
	default: '',
	placeholder: 'e.g. IT Manager',
	description: "Primary contact's job title",
};

export const phoneField: INodeProperties = {
	displayName: 'Contact Phone',
	name: 'customerPhone',
	type: 'string',
	default: '',
	placeholder: 'e.g. +1 555 0100',
	description: "Primary contact's phone number",
};

/** The fields Customer > Create requires, in the order the editor shows them. */
export const requiredFields: INodeProperties[] = [
	organizationField,
	contactNameField,
	emailField,
	languageCodeField,
	streetField,
	cityField,
	stateField,
	zipField,
	countryField,
];

/** The fields Customer > Create offers under Additional Fields. */
export const optionalFields: INodeProperties[] = [phoneField, titleField, suiteField];

/** Every field, sorted by label (Customer > Update's Update Fields). */
export const allFields: INodeProperties[] = [...requiredFields, ...optionalFields].sort((a, b) =>
	a.displayName.localeCompare(b.displayName),
);
