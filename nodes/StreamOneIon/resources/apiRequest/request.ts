import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import {
	ION_CREDENTIAL_TYPE,
	ionAccountId,
	ionBaseUrl,
} from '../../../../credentials/ionConstants';
import {
	methodParameter,
	queryAndBodyParameters,
	queryParametersOf,
	setJsonBody,
} from '../../../shared/apiRequest';
import { scopeOf } from '../../../shared/nodeErrors';
import { preSendStep } from '../../../shared/requestFrame';
import { text } from '../../../shared/validation';
import { resolveApiPath } from './apiPath';

/** preSend: method, path (checked, see apiPath.ts), query parameters and JSON body. */
export const prepareApiRequest = preSendStep(async function (
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const credentials = await this.getCredentials<{ accountId?: string; baseUrl?: string }>(
		ION_CREDENTIAL_TYPE,
	);
	const method = text(this.getNodeParameter('method', 'GET')).toUpperCase() || 'GET';
	const scope = this.getNodeParameter('pathScope', 'account') as string;
	const path = text(this.getNodeParameter('path', ''));
	const fullPath = resolveApiPath(scopeOf(this), path, scope, ionAccountId(credentials.accountId));
	requestOptions.url = `${ionBaseUrl(credentials.baseUrl)}${fullPath}`;
	requestOptions.method = method as IHttpRequestOptions['method'];

	requestOptions.qs = queryParametersOf(this);
	setJsonBody(this, requestOptions, method);
});

export const description: INodeProperties[] = [
	methodParameter('Ion'),
	{
		displayName: 'Path Is Relative To',
		name: 'pathScope',
		type: 'options',
		default: 'account',
		options: [
			{
				name: 'Your Account',
				value: 'account',
				description: 'The path is appended to /api/v3/accounts/{your Account ID}',
			},
			{
				name: 'API Root',
				value: 'absolute',
				description:
					'The path is a full path starting with /api/v3/, for endpoints outside the account such as carts',
			},
		],
		description: 'Where the path starts',
	},
	{
		displayName: 'Path',
		name: 'path',
		type: 'string',
		required: true,
		default: '',
		placeholder: '/customers/10054/cloudProfiles',
		description:
			'The endpoint path from the StreamOne Ion v3 API reference. Colon actions work too (for example /products:pricing). Query strings go under Query Parameters.',
		hint: 'The account part (/api/v3/accounts/{accountId}) is added for you unless Path Is Relative To is API Root',
	},
	...queryAndBodyParameters(
		'Query parameters, for example pageSize = 100. Names with dots (filter.customerIdList) are sent as-is.',
		'The request body as JSON, as documented in the Ion API reference. It is checked before sending.',
	),
	{
		displayName: 'Return All Pages',
		name: 'returnAllPages',
		type: 'boolean',
		default: false,
		displayOptions: { show: { method: ['GET'] } },
		description:
			'Whether to read every page and output one item per record: by "nextPageToken" (customers, orders, products) or, when the answer has a "totalCount", by pagination.offset (subscriptions, carts). Off: the response is output as one item, as Ion sent it.',
	},
	{
		displayName: 'Items Field',
		name: 'itemsKey',
		type: 'string',
		default: '',
		placeholder: 'customers',
		displayOptions: { show: { method: ['GET'], returnAllPages: [true] } },
		description:
			'The field of the response that holds the records (for example customers, orders, items). Leave empty to use the array field of the response automatically.',
	},
];
