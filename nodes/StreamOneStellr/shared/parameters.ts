import type { INodeProperties } from 'n8n-workflow';

/*
 * Parameters several Stellr operations list: JSON bodies, Additional Query Parameters and Wait
 * for Completion. Equal definitions are merged into one property by the
 * description assembly (nodes/shared/description.ts).
 */

/**
 * A request body typed as JSON. Stellr publishes no body fields (G10): the default shows the
 * shape the node expects, and a user with the real documentation can send any other.
 */
export function jsonBody(defaultBody: object, description: string): INodeProperties {
	return {
		displayName: 'Body (JSON)',
		name: 'body',
		type: 'json',
		required: true,
		default: JSON.stringify(defaultBody, null, 2),
		description: `${description} Field names are our best reading of public sources: edit them to what TD SYNNEX documents if it differs`,
	};
}

/** Further body fields beside the named ones (named fields win). */
export const additionalBody: INodeProperties = {
	displayName: 'Additional Body Fields (JSON)',
	name: 'additionalBody',
	type: 'json',
	default: '{}',
	description:
		'Further fields to send in the request body, as a JSON object, for example {"reason": "Customer left"}. A field set above wins over the same field here.',
};

/** Filters the node does not name: any query parameter. */
export const additionalQuery: INodeProperties = {
	displayName: 'Additional Query Parameters',
	name: 'additionalQuery',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Query Parameter',
	default: {},
	description:
		'Query parameters the node has no field for, as TD SYNNEX documents them. They are sent on every page; paging (pageNo, pageSize) is set by the node.',
	options: [
		{
			displayName: 'Parameter',
			name: 'parameter',
			values: [
				{ displayName: 'Name', name: 'name', type: 'string', default: '' },
				{ displayName: 'Value', name: 'value', type: 'string', default: '' },
			],
		},
	],
};

const WAIT_DESCRIPTION =
	'Whether to poll the operation StreamOne Stellr answers until it is completed or failed. Off: the output is the operation to poll later with Operation > Get.';

const waitOptions: INodeProperties = {
	displayName: 'Wait Options',
	name: 'waitOptions',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	displayOptions: { show: { waitForCompletion: [true] } },
	options: [
		{
			displayName: 'Max Wait (Seconds)',
			name: 'maxWaitSeconds',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 120,
			description:
				'How long to wait at most. If the operation is still running then, the output is the operation with "waitTimedOut": true (not an error: the change was accepted and may still complete; check it with Operation > Get).',
		},
		{
			displayName: 'Poll Interval (Seconds)',
			name: 'pollIntervalSeconds',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 5,
			description: 'How often to read the operation (the first read is at once)',
		},
	],
};

/** Wait for Completion of a write that answers an operation (on by default). */
export const waitParameters: INodeProperties[] = [
	{
		displayName: 'Wait for Completion',
		name: 'waitForCompletion',
		type: 'boolean',
		default: true,
		description: WAIT_DESCRIPTION,
	},
	waitOptions,
];

/** Wait for Completion of Operation > Get (off by default: it is also the manual poller). */
export const waitParametersOff: INodeProperties[] = [
	{
		displayName: 'Wait for Completion',
		name: 'waitForCompletion',
		type: 'boolean',
		default: false,
		description: WAIT_DESCRIPTION,
	},
	waitOptions,
];

/** The Filters collection of a list. Each filter is sent as the query parameter of its name (G13). */
export function filtersCollection(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options,
	};
}

/** A text filter, sent as the query parameter `name`. */
export function textFilter(
	displayName: string,
	name: string,
	description: string,
	placeholder = '',
): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		default: '',
		...(placeholder ? { placeholder } : {}),
		description,
		routing: { send: { type: 'query', property: name } },
	};
}

/** A filter with fixed values (the first is the default), sent as the query parameter `name`. */
export function choiceFilter(
	displayName: string,
	name: string,
	description: string,
	values: Array<{ name: string; value: string }>,
	byDefault: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'options',
		options: values,
		default: byDefault,
		description,
		routing: { send: { type: 'query', property: name } },
	};
}
