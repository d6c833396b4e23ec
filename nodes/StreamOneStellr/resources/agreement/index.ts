import type { ResourceDefinition } from '../../../shared/description';
import { jsonBodyOnly } from '../../shared/body';
import { readOperation } from '../../shared/operations';
import { checkIds } from '../../transport/paths';
import { stellrRequest } from '../../transport/routing';
import * as accept from './accept';
import { AGREEMENT_PATH } from './common';
import * as get from './get';

const AGREEMENT_IDS = { customerNo: 'Customer', agreementType: 'Agreement Type' };

export const agreementResource: ResourceDefinition = {
	name: 'Agreement',
	value: 'agreement',
	operations: [
		{
			option: {
				name: 'Accept',
				value: 'accept',
				action: 'Accept an agreement for a customer',
				description:
					"Record the customer's acceptance of a vendor agreement (e.g. the Microsoft Customer Agreement)",
				routing: {
					request: { method: 'POST', url: AGREEMENT_PATH },
					send: { preSend: [checkIds(AGREEMENT_IDS), jsonBodyOnly] },
					operations: {
						pagination: stellrRequest({
							what: 'agreement acceptance',
							unknownOutcomeHint: accept.ACCEPT_UNKNOWN_OUTCOME_HINT,
						}),
					},
				},
			},
			properties: accept.description,
		},
		{
			option: readOperation({
				name: 'Get',
				value: 'get',
				action: 'Get an agreement of a customer',
				description: 'Whether and when the customer accepted a vendor agreement, and by whom',
				url: AGREEMENT_PATH,
				ids: AGREEMENT_IDS,
			}),
			properties: get.description,
			isDefault: true,
		},
	],
};
