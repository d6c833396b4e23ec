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
	API_REQUEST_POLICY,
	asRecords,
	checkTypedPath,
	pathRefusal,
	methodParameter,
	queryAndBodyParameters,
	queryParametersOf,
	setJsonBody,
} from '../../../shared/apiRequest';
import { fail, scopeOf } from '../../../shared/nodeErrors';
import { collectNumberedPages } from '../../../shared/paging';
import { preSendStep, runOperation } from '../../../shared/requestFrame';
import { queryWithout, toItems } from '../../../shared/routing';
import { text } from '../../../shared/validation';
import { MAX_PAGE_SIZE, PAGE_NO, PAGE_SIZE, listPage } from '../../shared/guesses';
import { STELLR } from '../../transport/errors';
import { sendStellr, throwIfRefused } from '../../transport/routing';

/** preSend: method, path (under /api/ on the credential's host), query parameters and JSON body. */
export const prepareApiRequest = preSendStep(function (
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const method = text(this.getNodeParameter('method', 'GET')).toUpperCase() || 'GET';
	const path = text(this.getNodeParameter('path', ''));
	const where = scopeOf(this);
	if (path === '') fail(where, 'Path is required', 'For example /api/v1/cloud/customers.');
	const refuse = pathRefusal(
		where,
		'API Request only reaches StreamOne Stellr paths under /api/ on the host of the credential. Enter a path such as /api/v1/cloud/customers.',
	);
	const fullPath = checkTypedPath(path, refuse);
	if (!fullPath.startsWith('/api/')) refuse('the path must start with /api/');
	requestOptions.url = fullPath;
	requestOptions.method = method as IHttpRequestOptions['method'];
	requestOptions.qs = queryParametersOf(this);
	setJsonBody(this, requestOptions, method);
});

/**
 * Request function of API Request: one request (the answer as it is; a write that answers 200
 * with a failure inside is an error), or with Return All Pages every page by `pageNo` while the
 * answer is a Stellr list, one item per record. An answer that is no list is output as it is.
 */
export async function apiRequestPages(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	return await runOperation(this, requestData, async () => {
		const method = (requestData.options.method ?? 'GET').toUpperCase();
		const send = async (qs: IDataObject) =>
			await sendStellr(this, requestData, API_REQUEST_POLICY, qs);
		const paginate =
			method === 'GET' && (this.getNodeParameter('returnAllPages', false) as boolean);
		if (!paginate) {
			const body = await send({ ...(requestData.options.qs ?? {}) });
			throwIfRefused(this, method, body, 'request', false);
			return toItems(asRecords(body));
		}
		const asked = Number(requestData.options.qs?.[PAGE_SIZE]);
		const pageSize = Math.min(MAX_PAGE_SIZE, asked || MAX_PAGE_SIZE);
		const baseQs = queryWithout(requestData, [PAGE_NO, PAGE_SIZE]);
		const readPage = async (pageNo: number) =>
			await send({ ...baseQs, [PAGE_NO]: pageNo, [PAGE_SIZE]: pageSize });
		const first = await readPage(1);
		const firstPage = listPage(first);
		if (!firstPage) return toItems(asRecords(first));
		const scope = { node: this.getNode(), itemIndex: this.getItemIndex(), service: STELLR };
		const records = await collectNumberedPages(scope, Infinity, pageSize, async (pageNo) =>
			pageNo === 1 ? firstPage : (listPage(await readPage(pageNo)) ?? { records: [] }),
		);
		return toItems(records);
	});
}

export const description: INodeProperties[] = [
	methodParameter('StreamOne Stellr'),
	{
		displayName: 'Path',
		name: 'path',
		type: 'string',
		required: true,
		default: '',
		placeholder: '/api/v1/cloud/customers',
		description:
			'The endpoint path as TD SYNNEX documents it, starting with /api/. Query strings go under Query Parameters.',
	},
	...queryAndBodyParameters(
		'Query parameters, for example keyword = contoso',
		'The request body as JSON, as TD SYNNEX documents it. It is checked before sending.',
	),
	{
		displayName: 'Return All Pages',
		name: 'returnAllPages',
		type: 'boolean',
		default: false,
		displayOptions: { show: { method: ['GET'] } },
		description:
			'Whether to read every page (pageNo, pageSize up to 200) when the answer is a list ({requestId, data: {total, records}}) and output one item per record. Off: the answer is output as one item, as StreamOne Stellr sent it.',
	},
];
