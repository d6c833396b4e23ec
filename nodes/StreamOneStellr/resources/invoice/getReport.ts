import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/commonParameters';
import { fail, scopeOf } from '../../../shared/nodeErrors';
import { preSendStep } from '../../../shared/requestFrame';
import { text } from '../../../shared/validation';
import { additionalQuery } from '../../shared/parameters';

/** preSend: the report needs an invoice number or a billing period (after `listQuery`). */
export const requireInvoiceOrPeriod = preSendStep(function (
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const qs = requestOptions.qs ?? {};
	if (text(qs.invoiceNo) === '' && text(qs.billingPeriod) === '') {
		fail(
			scopeOf(this),
			'Invoice Number or Billing Period is required',
			'Enter the invoice number for one invoice, or a billing period (YYYY-MM) for every invoice of that month.',
		);
	}
});

export const description: INodeProperties[] = [
	{
		displayName: 'Invoice Number',
		name: 'invoiceNo',
		type: 'string',
		default: '',
		placeholder: 'e.g. INV-2024-000123',
		description:
			'The invoice to report on ("invoiceNo" in Invoice > Get Many). Leave empty to use Billing Period.',
		routing: { send: { type: 'query', property: 'invoiceNo' } },
	},
	{
		displayName: 'Billing Period',
		name: 'billingPeriod',
		type: 'string',
		default: '',
		placeholder: 'e.g. 2024-01',
		description: 'Every invoice line of this month (YYYY-MM). Leave empty to use Invoice Number.',
		routing: { send: { type: 'query', property: 'billingPeriod' } },
	},
	...returnAllAndLimit,
	additionalQuery,
];
