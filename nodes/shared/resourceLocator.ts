import type { INodeProperties } from 'n8n-workflow';

export interface SearchableLocatorOptions {
	displayName: string;
	name: string;
	description: string;
	/** The node's `methods.listSearch` function of the From List mode. */
	searchListMethod: string;
	/** e.g. "Select a customer..." */
	listPlaceholder: string;
	/** e.g. "e.g. 10054" */
	idPlaceholder: string;
	/** A regex the editor checks By ID against (the node checks again before sending). */
	idValidation?: { regex: string; errorMessage: string };
}

/**
 * A required resource locator with two modes: From List (searchable, no search text needed)
 * and By ID. There is no By URL mode: neither marketplace has a stable per-record URL to paste.
 */
export function searchableLocator(options: SearchableLocatorOptions): INodeProperties {
	const { idValidation } = options;
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: options.description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: options.listPlaceholder,
				typeOptions: {
					searchListMethod: options.searchListMethod,
					searchable: true,
					searchFilterRequired: false,
				},
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: options.idPlaceholder,
				...(idValidation ? { validation: [{ type: 'regex', properties: idValidation }] } : {}),
			},
		],
	};
}

/** Records per page in the pickers of both nodes: a dropdown shows a few dozen at a time. */
export const LIST_SEARCH_PAGE_SIZE = 50;

/** Short retry budget for the pickers and dropdowns: someone is waiting for the list. */
export const LIST_SEARCH_RETRY = { maxAttempts: 3, maxWaitMs: 10_000 };
