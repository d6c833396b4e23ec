import type { INodeProperties } from 'n8n-workflow';

import { jsonBody } from '../../shared/parameters';
import { agreementParameters } from './common';

export const ACCEPT_UNKNOWN_OUTCOME_HINT =
	'Check with Agreement > Get whether the agreement is accepted before sending it again.';

export const description: INodeProperties[] = [
	...agreementParameters,
	jsonBody(
		{ firstName: '', lastName: '', email: '', phoneNumber: '', dateAgreed: '' },
		"Who at the customer accepted the agreement, and when (dateAgreed as an ISO date; empty means now). Microsoft needs the customer's first name, last name and e-mail.",
	),
];
