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
 * A node's "Retry Settings" collection (read by shared/retry.ts getRetrySettings). `service` is
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
