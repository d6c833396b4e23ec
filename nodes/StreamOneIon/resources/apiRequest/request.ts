import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import {
	ION_CREDENTIAL_TYPE,
	ionAccountId,
	ionBaseUrl,
} from '../../../../credentials/ionConstants';
import {
	API_REQUEST_POLICY,
	asRecords,
	methodParameter,
	queryAndBodyParameters,
	queryParametersOf,
	setJsonBody,
} from '../../../shared/apiRequest';
import { fail, scopeOf } from '../../../shared/nodeErrors';
import { collectTokenPages, type TokenPage } from '../../../shared/paging';
import { preSendStep, runOperation } from '../../../shared/requestFrame';
import { sendRouted } from '../../../shared/routing';
import { text } from '../../../shared/validation';
import { ION, ION_SERVICE } from '../../transport/request';
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

/** The records array of a list answer: the configured field, else `items`, else the first array field. */
export function findItemsKey(body: unknown, configured: string): string | undefined {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
	if (configured) return configured;
	const arrays = Object.entries(body as IDataObject).filter(([, v]) => Array.isArray(v));
	if (arrays.length === 0) return undefined;
	return (arrays.find(([k]) => k === 'items') ?? arrays[0])[0];
}

/** One page of Return All Pages: the records under the items field and the next page token. */
function readPage(ctx: IExecuteSingleFunctions, body: unknown, configuredKey: string): TokenPage {
	if (Array.isArray(body)) return { records: asRecords(body) };
	const key = findItemsKey(body, configuredKey);
	const records = key === undefined ? undefined : (body as IDataObject)[key];
	if (key !== undefined && records !== undefined && !Array.isArray(records)) {
		fail(
			scopeOf(ctx),
			`Items Field: "${key}" in the response is not a list`,
			'Leave Items Field empty to detect the list automatically.',
		);
	}
	if (key === undefined || records === undefined) {
		if (configuredKey) {
			const fields = Object.keys((body as IDataObject) ?? {}).join(', ') || 'none';
			fail(
				scopeOf(ctx),
				`Items Field: the response has no field "${configuredKey}"`,
				`Fields in the response: ${fields}.`,
			);
		}
		return { records: asRecords(body) };
	}
	const next = (body as IDataObject).nextPageToken;
	return {
		records: asRecords(records),
		nextPageToken: typeof next === 'string' && next !== '' ? next : undefined,
	};
}

/**
 * Request function of API Request: one request, or with Return All Pages every page by
 * `nextPageToken` (query parameters kept on every page), one item per record.
 */
export async function apiRequestPages(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	return await runOperation(this, requestData, async () => {
		const { method = 'GET' } = requestData.options;
		const send = async (qs: IDataObject) =>
			await sendRouted(this, requestData, ION_SERVICE, API_REQUEST_POLICY, qs);
		const baseQs: IDataObject = { ...(requestData.options.qs ?? {}) };
		const paginate =
			method.toUpperCase() === 'GET' && (this.getNodeParameter('returnAllPages', false) as boolean);
		if (!paginate) return asRecords((await send(baseQs))[0]?.json).map((json) => ({ json }));
		const configuredKey = text(this.getNodeParameter('itemsKey', ''));
		delete baseQs.pageToken;
		const scope = { node: this.getNode(), itemIndex: this.getItemIndex(), service: ION };
		const records = await collectTokenPages(scope, Infinity, async (pageToken) => {
			const items = await send(pageToken === undefined ? baseQs : { ...baseQs, pageToken });
			return readPage(this, items[0]?.json, configuredKey);
		});
		return records.map((json) => ({ json }));
	});
}

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
			'Whether to follow "nextPageToken" to the last page and output one item per record. Off: the response is output as one item, as Ion sent it.',
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
