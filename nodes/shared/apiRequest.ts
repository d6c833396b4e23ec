import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { fail, scopeOf, type InputScope } from './nodeErrors';
import type { RequestPolicy } from './retry';
import { parseJsonField, text } from './validation';

/*
 * The pieces every node's "API Request" operation shares: the path checks that keep a typed path
 * on the credential's host, query parameters, the JSON body, the answer as records, the retry
 * policy and the parameters. Each node adds where its paths start and how its lists page.
 */

/** `refuse(why)` for checkTypedPath: "Path is not allowed: <why>", with where paths may go. */
export function pathRefusal(where: InputScope, allowed: string): (why: string) => never {
	return (why: string): never => fail(where, `Path is not allowed: ${why}`, allowed);
}

/**
 * The checks of a typed path that do not depend on the service: refuses full URLs and other
 * hosts, `.` and `..` segments (also percent-encoded, twice), backslashes, query strings,
 * fragments, whitespace, control characters and `{placeholders}`, through `refuse(why)`. Returns the path with
 * a leading slash.
 */
export function checkTypedPath(path: string, refuse: (why: string) => never): string {
	// "products:pricing" is a path (colon verb), "https://..." is not
	if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path) || path.includes('://') || path.startsWith('//')) {
		refuse('full URLs and other hosts are refused');
	}
	if (path.includes('\\')) refuse('backslashes are refused');
	if (/[{}]/.test(path)) refuse('replace {placeholders} with the real IDs');
	if (/[?#]/.test(path)) refuse('put query parameters under Query Parameters, not in the path');
	if (
		/\s/.test(path) ||
		[...path].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)
	) {
		refuse('whitespace or control characters are refused');
	}
	let decoded = path;
	try {
		// twice, to catch %252e%252e as well as %2e%2e
		decoded = decodeURIComponent(decodeURIComponent(path));
	} catch {
		refuse('malformed percent-encoding');
	}
	if (decoded.split(/[/\\]/).some((s) => s === '..' || s === '.'))
		refuse('"." and ".." segments are refused');
	if (decoded.includes('\\') || /[?#]/.test(decoded)) refuse('encoded \\ ? or # are refused');
	if (decoded.startsWith('//')) refuse('full URLs and other hosts are refused');
	return path.startsWith('/') ? path : `/${path}`;
}

/** Query Parameters as `qs`: a name given twice becomes a list. Refuses a parameter without a name. */
export function queryParametersOf(ctx: IExecuteSingleFunctions): IDataObject {
	const query = ctx.getNodeParameter('queryParameters', {}) as { parameter?: IDataObject[] };
	const qs: IDataObject = {};
	for (const [i, p] of (query.parameter ?? []).entries()) {
		const name = text(p.name);
		if (name === '') fail(scopeOf(ctx), `Query Parameters: parameter ${i + 1} has no name`);
		const value = p.value === undefined || p.value === null ? '' : String(p.value);
		qs[name] =
			qs[name] === undefined
				? value
				: ([] as string[]).concat(qs[name] as string | string[], value);
	}
	return qs;
}

/** Puts JSON Body on the request for a method with a body when Send Body is on, else no body. */
export function setJsonBody(
	ctx: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
	method: string,
): void {
	if (
		['POST', 'PUT', 'PATCH', 'DELETE'].includes(method) &&
		ctx.getNodeParameter('sendBody', false)
	) {
		requestOptions.body = parseJsonField(
			scopeOf(ctx),
			ctx.getNodeParameter('jsonBody', ''),
			'JSON Body',
		) as IDataObject;
	} else {
		delete requestOptions.body;
	}
}

/** An answer as records: each entry of an array (scalars as `{value}`), else the body itself. */
export function asRecords(json: unknown): IDataObject[] {
	if (Array.isArray(json)) {
		return json.map((entry) =>
			entry !== null && typeof entry === 'object' && !Array.isArray(entry)
				? (entry as IDataObject)
				: { value: entry as string },
		);
	}
	if (json === null || json === undefined || json === '') return [{}];
	if (typeof json !== 'object') return [{ body: json as string }];
	return [json as IDataObject];
}

/** Only GETs are resent after a 5xx or a dropped connection: the path is free-form. */
export const API_REQUEST_POLICY: RequestPolicy = {
	idempotent: (method) => method === 'GET',
	what: 'request',
};

/** Method of API Request. */
export function methodParameter(service: string): INodeProperties {
	return {
		displayName: 'Method',
		name: 'method',
		type: 'options',
		default: 'GET',
		options: [
			{ name: 'DELETE', value: 'DELETE' },
			{ name: 'GET', value: 'GET' },
			{ name: 'PATCH', value: 'PATCH' },
			{ name: 'POST', value: 'POST' },
			{ name: 'PUT', value: 'PUT' },
		],
		description: `The HTTP method. Only GET requests are retried after a temporary ${service} failure; POST, PUT, PATCH and DELETE are sent once.`,
	};
}

/** Query Parameters, Send Body and JSON Body of API Request. */
export function queryAndBodyParameters(
	queryDescription: string,
	bodyDescription: string,
): INodeProperties[] {
	return [
		{
			displayName: 'Query Parameters',
			name: 'queryParameters',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Query Parameter',
			default: {},
			description: queryDescription,
			options: [
				{
					displayName: 'Parameter',
					name: 'parameter',
					values: [
						{
							displayName: 'Name',
							name: 'name',
							type: 'string',
							default: '',
							description: 'Parameter name',
						},
						{
							displayName: 'Value',
							name: 'value',
							type: 'string',
							default: '',
							description: 'Parameter value',
						},
					],
				},
			],
		},
		{
			displayName: 'Send Body',
			name: 'sendBody',
			type: 'boolean',
			default: false,
			displayOptions: { show: { method: ['POST', 'PUT', 'PATCH', 'DELETE'] } },
			description: 'Whether to send a JSON body',
		},
		{
			displayName: 'JSON Body',
			name: 'jsonBody',
			type: 'json',
			default: '{}',
			displayOptions: { show: { method: ['POST', 'PUT', 'PATCH', 'DELETE'], sendBody: [true] } },
			description: bodyDescription,
		},
	];
}
