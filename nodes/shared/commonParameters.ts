import type { INodeProperties } from 'n8n-workflow';

/**
 * Return All (off) and Limit (50) of a list operation. No routing: the list's request function
 * reads both parameters itself, asks for exactly the records still missing, and stops at Limit.
 */
export const returnAllAndLimit: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		displayOptions: { show: { returnAll: [false] } },
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
	},
];

/**
 * The retry settings inside the node's Request Options (Settings tab), for declarative nodes.
 *
 * n8n (DirectoryLoader.applyDeclarativeNodeOptionParameters) gives every declarative node a
 * "Request Options" collection in the Settings tab (batching, proxy, timeout, SSL) and, when the
 * node defines a property named `requestOptions`, adds that property's options to it. So the
 * retry settings sit there, one collection for every operation, out of the parameters panel (and
 * of the AI tool panel). shared/retry.ts getRetrySettings reads them (`retry*` keys).
 */
export const retryRequestOptions: INodeProperties = {
	displayName: 'Request Options',
	name: 'requestOptions',
	type: 'collection',
	isNodeSetting: true,
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'Retry Automatically',
			name: 'retryEnabled',
			type: 'boolean',
			default: true,
			description:
				"Whether to retry when Ion is busy or briefly unavailable. Rate-limited requests (429) are always safe to resend; after a server error or a dropped connection only reads are resent, never orders, seat updates, cancellations or checkouts (their outcome is reported as unknown instead). n8n's Retry On Fail applies on top of this.",
		},
		{
			displayName: 'Retry Backoff Base Delay (Ms)',
			name: 'retryBaseDelayMs',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 1000,
			description:
				'First wait after a server error or dropped connection; it doubles with every attempt (with random jitter, at most 30 s per wait)',
		},
		{
			displayName: 'Retry Max Attempts',
			name: 'retryMaxAttempts',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 20 },
			default: 5,
			description: 'Attempts per request in total, the first one included',
		},
		{
			displayName: 'Retry Max Total Wait (Seconds)',
			name: 'retryMaxWaitSeconds',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 300,
			description:
				'The longest the node waits in total between attempts of one request. If Ion asks to wait longer (Retry-After), the node fails instead of waiting.',
		},
	],
};

/**
 * A node's "Retry Settings" collection, for nodes that get no Request Options from n8n (the
 * polling trigger) or keep their own (Stellr); read by shared/retry.ts getRetrySettings. `service` is
 * the API's name; `writes` names what is never resent (e.g. "orders, cancellations or checkouts").
 */
export function makeRetrySettings(service: string, writes: string): INodeProperties {
	return {
		displayName: 'Retry Settings',
		name: 'retrySettings',
		type: 'collection',
		placeholder: 'Add Setting',
		default: {},
		description: `How the node retries when ${service} is busy or briefly unavailable. Rate-limited requests (429) are always safe to resend; after a server error or dropped connection only reads are resent, never ${writes} (their outcome is reported as unknown instead). n8n's own Retry On Fail (Settings tab) applies on top of this.`,
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
				description: `The longest the node waits in total between attempts of one request. If ${service} asks to wait longer (Retry-After), the node fails instead of waiting.`,
			},
			{
				displayName: 'Retry Automatically',
				name: 'enabled',
				type: 'boolean',
				default: true,
				description:
					'Whether to retry rate-limited requests, and reads that hit a server error or a dropped connection',
			},
		],
	};
}

/** The Ion node's "Retry Settings". */
export const retrySettings: INodeProperties = makeRetrySettings(
	'Ion',
	'orders, cancellations or checkouts',
);
