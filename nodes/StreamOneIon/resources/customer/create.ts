import type { INodeProperties } from 'n8n-workflow';

import { ionPreSend } from '../../shared/validation';
import { buildCustomerBody, paramsOf } from './body';
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

const show = showFor('create');

const REQUIRED = [
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

/** preSend: build and check the whole body from the parameters (nothing is sent if it fails). */
export const buildCreateBody = ionPreSend(function (requestOptions) {
	const fields = {
		...paramsOf(this, REQUIRED.map((f) => f.name)),
		...(this.getNodeParameter('additionalFields', {}) as object),
	};
	requestOptions.body = buildCustomerBody(this.getNode(), fields, this.getItemIndex());
});

export const customerCreateDescription: INodeProperties[] = [
	...REQUIRED.map((field) => ({ ...field, required: true, displayOptions: { show } })),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show },
		options: [phoneField, titleField, suiteField],
	},
];
