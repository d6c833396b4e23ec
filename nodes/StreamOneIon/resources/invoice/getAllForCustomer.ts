import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/commonParameters';
import { preSendStep } from '../../../shared/requestFrame';
import { customerLocator } from '../../shared/customerLocator';
import { checkId, numericId } from '../../transport/paths';
import { includeLinesParameter, invoiceFilters } from './filters';

/** preSend: the customer goes into the query (`GET /api/v1/invoices?customerId=`). */
export const customerQuery = preSendStep(function (
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	requestOptions.qs = {
		...(requestOptions.qs ?? {}),
		customerId: checkId(this, 'customerId', numericId('Customer')),
	};
});

/** Invoice > Get Many for Customer. */
export const description: INodeProperties[] = [
	customerLocator,
	...returnAllAndLimit,
	invoiceFilters,
	includeLinesParameter,
];
