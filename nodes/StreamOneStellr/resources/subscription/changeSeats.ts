import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { scopeOf } from '../../../shared/nodeErrors';
import { requireWholeNumber } from '../../../shared/validation';
import { buildBody } from '../../shared/body';
import { additionalBody } from '../../shared/parameters';
import { billingNotice, checkHint, subscriptionParameters, waitParameters } from './common';

export const UNKNOWN_OUTCOME_HINT = checkHint('its quantity against the total you sent');

/**
 * preSend: the body is `{quantity}`, the resulting total (TD SYNNEX's agent skills: a seat change
 * takes the total, not a delta), over Additional Body Fields. Quantity must be a whole number of
 * at least 1; a subscription goes to 0 seats by Cancel.
 */
export const seatsBody = buildBody(
	'additionalBody',
	'Additional Body Fields',
	function (this: IExecuteSingleFunctions) {
		return {
			quantity: requireWholeNumber(
				scopeOf(this),
				this.getNodeParameter('quantity', undefined),
				'Quantity',
				1,
			),
		};
	},
);

export const description: INodeProperties[] = [
	billingNotice(
		'seatsNotice',
		'Enter the total number of seats the subscription should have, not the number to add or remove. Microsoft allows fewer seats only within 7 days of the term start.',
	),
	...subscriptionParameters,
	{
		displayName: 'Quantity',
		name: 'quantity',
		type: 'number',
		required: true,
		default: 1,
		typeOptions: { minValue: 1, numberPrecision: 0 },
		description:
			'The total number of seats after the change (not the difference). For example 12 to go from 10 to 12 seats.',
	},
	additionalBody,
	...waitParameters,
];
