import type { INodeProperties } from 'n8n-workflow';
import { apiRequestPagination } from '../../shared/commerce';
import { apiRequestRequestDescription } from './request';

const showOnlyForApiRequest = { resource: ['apiRequest'] };

/** The Operation selector (the node lists every resource's selector before the shared ID parameters). */
export const apiRequestOperation: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: showOnlyForApiRequest },
	options: [
		{
			name: 'Make Request',
			value: 'request',
			action: 'Make an API request',
			description:
				'Call any StreamOne Ion v3 endpoint with the credential: for endpoints this node has no operation for',
			routing: { operations: { pagination: apiRequestPagination } },
		},
	],
	default: 'request',
};

/** The parameters of the operation. */
export const apiRequestDescription: INodeProperties[] = [
	...apiRequestRequestDescription,
];
