import type { INodeProperties } from 'n8n-workflow';

import { scopeOf } from '../../../shared/nodeErrors';
import { preSendStep } from '../../../shared/requestFrame';
import { buildCustomerBody, paramsOf } from './body';
import { optionalFields, requiredFields } from './fields';

/** How to check whether a creation whose outcome is unknown went through. */
export const CREATE_UNKNOWN_OUTCOME_HINT =
	'Before creating it again, check whether Ion created it: use Customer > Get Many with the Email filter set to the contact e-mail.';

/** preSend: build and check the whole body from the parameters (nothing is sent if it fails). */
export const buildCreateBody = preSendStep(function (requestOptions) {
	const fields = {
		...paramsOf(
			this,
			requiredFields.map((f) => f.name),
		),
		...(this.getNodeParameter('additionalFields', {}) as object),
	};
	requestOptions.body = buildCustomerBody(scopeOf(this), fields);
});

export const description: INodeProperties[] = [
	...requiredFields.map((field) => ({ ...field, required: true })),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: optionalFields,
	},
];
