import type { INodeProperties } from 'n8n-workflow';

import { jsonBody } from '../../shared/parameters';

export const CREATE_UNKNOWN_OUTCOME_HINT =
	'Check with Customer > Get Many, Keyword = the e-mail address, whether the customer exists before creating it again.';

export const description: INodeProperties[] = [
	jsonBody(
		{
			customerName: '',
			email: '',
			phone: '',
			contactFirstName: '',
			contactLastName: '',
			address: { line1: '', city: '', state: '', postalCode: '', country: 'US' },
		},
		'The new end customer: company name, contact e-mail (one customer per e-mail), contact and address (country as a two-letter code).',
	),
];
