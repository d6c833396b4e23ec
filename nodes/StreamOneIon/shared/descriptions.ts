import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

/** Prefix of every account-scoped path, as a routing expression fragment. */
export const ACCOUNT_PATH = '/api/v3/accounts/{{encodeURIComponent(String($credentials.accountId).trim())}}';

/**
 * Expression for a path segment taken from the parameter `name`, for an operation's
 * `routing.request.url`. For a resource locator `$parameter.x` is its `.value` (our modes have no
 * extraction regex, so that is the ID), with an expression in it already resolved.
 * encodeURIComponent keeps / ? # out of the path; the preSend checks in validation.ts refuse
 * anything else that is not a valid ID before a request is sent.
 */
export const paramSegment = (name: string): string =>
	`{{encodeURIComponent(String($parameter.${name}).trim())}}`;

export interface CustomerLocatorOptions {
	/** Parameter name (default `customerId`). */
	name?: string;
	displayName?: string;
	description?: string;
	/** Accept `-` (all customers), as the order endpoints do. */
	allowAll?: boolean;
	required?: boolean;
}

/**
 * Customer picker: From List (searchable, listSearch `searchCustomers`) or By ID (digits).
 * Ion's portal has no stable per-customer URL that can be pasted, so there is no By URL mode.
 */
export function makeCustomerLocator(options: CustomerLocatorOptions = {}): INodeProperties {
	const allowAll = options.allowAll === true;
	return {
		displayName: options.displayName ?? 'Customer',
		name: options.name ?? 'customerId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: options.required ?? true,
		description:
			options.description ??
			(allowAll
				? 'The Ion customer. By ID also accepts - for all customers of the account.'
				: 'The Ion customer (end client). Pick from the list or enter the numeric customer ID shown in Ion under Customers.'),
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a customer...',
				typeOptions: {
					searchListMethod: 'searchCustomers',
					searchable: true,
					searchFilterRequired: false,
				},
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: allowAll ? 'e.g. 10054 or -' : 'e.g. 10054',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: allowAll ? '^\\s*(\\d+|-)\\s*$' : '^\\s*\\d+\\s*$',
							errorMessage: allowAll
								? 'A customer ID is a number (for example 10054), or - for all customers'
								: 'A customer ID is a number (for example 10054)',
						},
					},
				],
			},
		],
	};
}

/** Product picker: From List (listSearch `searchProducts`) or By ID (Ion product ID, e.g. AWS-EC). */
export const productLocator: INodeProperties = {
	displayName: 'Product',
	name: 'productId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The catalogue product. Pick from the list or enter the product ID Ion uses.',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select a product...',
			typeOptions: {
				searchListMethod: 'searchProducts',
				searchable: true,
				searchFilterRequired: false,
			},
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. AWS-EC',
			validation: [
				{
					type: 'regex',
					properties: {
						regex: '^\\s*[^/\\\\?#%\\s][^/\\\\?#%]*$',
						errorMessage: 'A product ID cannot contain / \\ ? # or %',
					},
				},
			],
		},
	],
};

/**
 * Return All + Limit for a list operation. No routing: the list's request function
 * (tokenPagination / offsetPagination) reads both parameters itself.
 */
export function returnAllAndLimit(show: IDisplayOptions['show']): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			displayOptions: { show },
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			displayOptions: { show: { ...show, returnAll: [false] } },
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
		},
	];
}

/** The node's "Retry Settings" collection (read by transport.ts getRetrySettings). */
export const retrySettings: INodeProperties = {
	displayName: 'Retry Settings',
	name: 'retrySettings',
	type: 'collection',
	placeholder: 'Add Setting',
	default: {},
	description:
		'How the node retries when Ion is busy or briefly unavailable. Rate-limited requests (429) are always safe to resend; after a server error or dropped connection only reads are resent, never orders, cancellations or checkouts (their outcome is reported as unknown instead). n8n\'s own Retry On Fail (Settings tab) applies on top of this.',
	options: [
		{
			displayName: 'Backoff Base Delay (Ms)',
			name: 'baseDelayMs',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 1000,
			description:
				'First wait after a server error or dropped connection; it doubles with every attempt (with random jitter, at most 30 s per wait)',
		},
		{
			displayName: 'Max Attempts',
			name: 'maxAttempts',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 20 },
			default: 5,
			description: 'Attempts per request in total, the first one included',
		},
		{
			displayName: 'Max Total Wait (Seconds)',
			name: 'maxWaitSeconds',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 300,
			description:
				'The longest the node waits in total between attempts of one request. If Ion asks to wait longer (Retry-After), the node fails instead of waiting.',
		},
		{
			displayName: 'Retry Automatically',
			name: 'enabled',
			type: 'boolean',
			default: true,
			description: 'Whether to retry rate-limited requests, and reads that hit a server error or a dropped connection',
		},
	],
};
