import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/commonParameters';
import { preSendStep } from '../../../shared/requestFrame';
import { customerLocator } from '../../shared/locators';
import { additionalQuery } from '../../shared/parameters';
import { checkId } from '../../transport/paths';

/** preSend: the customer goes into the query as `customerNo` (G13), checked like a path ID. */
export const customerInQuery = preSendStep(function (
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	requestOptions.qs = {
		...(requestOptions.qs ?? {}),
		customerNo: checkId(this, 'customerNo', 'Customer'),
	};
});

export const description: INodeProperties[] = [
	customerLocator,
	...returnAllAndLimit,
	additionalQuery,
];
