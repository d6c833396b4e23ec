import type { INodeProperties } from 'n8n-workflow';
import { prepareApiRequest } from '../../shared/commerce';

const show = { resource: ['apiRequest'], operation: ['request'] };

export const apiRequestRequestDescription: INodeProperties[] = [
	{
		displayName: 'Method',
		name: 'method',
		type: 'options',
		default: 'GET',
		displayOptions: { show },
		options: [
			{ name: 'DELETE', value: 'DELETE' },
			{ name: 'GET', value: 'GET' },
			{ name: 'PATCH', value: 'PATCH' },
			{ name: 'POST', value: 'POST' },
			{ name: 'PUT', value: 'PUT' },
		],
		description:
			'The HTTP method. Only GET requests are retried after a temporary Ion failure; POST, PUT, PATCH and DELETE are sent once.',
	},
	{
		displayName: 'Path Is Relative To',
		name: 'pathScope',
		type: 'options',
		default: 'account',
		displayOptions: { show },
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
		displayOptions: { show },
		description:
			'The endpoint path from the StreamOne Ion v3 API reference. Colon actions work too (for example /products:pricing). Query strings go under Query Parameters.',
		hint: 'The account part (/api/v3/accounts/{accountId}) is added for you unless Path Is Relative To is API Root',
		routing: { send: { preSend: [prepareApiRequest] } },
	},
	{
		displayName: 'Query Parameters',
		name: 'queryParameters',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Query Parameter',
		default: {},
		displayOptions: { show },
		description: 'Query parameters, for example pageSize = 100. Names with dots (filter.customerIdList) are sent as-is.',
		options: [
			{
				displayName: 'Parameter',
				name: 'parameter',
				values: [
					{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Parameter name' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '', description: 'Parameter value' },
				],
			},
		],
	},
	{
		displayName: 'Send Body',
		name: 'sendBody',
		type: 'boolean',
		default: false,
		displayOptions: { show: { ...show, method: ['POST', 'PUT', 'PATCH', 'DELETE'] } },
		description: 'Whether to send a JSON body',
	},
	{
		displayName: 'JSON Body',
		name: 'jsonBody',
		type: 'json',
		default: '{}',
		displayOptions: { show: { ...show, method: ['POST', 'PUT', 'PATCH', 'DELETE'], sendBody: [true] } },
		description: 'The request body as JSON, as documented in the Ion API reference. It is checked before sending.',
	},
	{
		displayName: 'Return All Pages',
		name: 'returnAllPages',
		type: 'boolean',
		default: false,
		displayOptions: { show: { ...show, method: ['GET'] } },
		description:
			'Whether to follow "nextPageToken" to the last page and output one item per record. Off: the response is output as one item, as Ion sent it.',
	},
	{
		displayName: 'Items Field',
		name: 'itemsKey',
		type: 'string',
		default: '',
		placeholder: 'customers',
		displayOptions: { show: { ...show, method: ['GET'], returnAllPages: [true] } },
		description:
			'The field of the response that holds the records (for example customers, orders, items). Leave empty to use the array field of the response automatically.',
	},
];
