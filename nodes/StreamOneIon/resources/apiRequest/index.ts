import type { INodeProperties } from 'n8n-workflow';
import { apiRequestPagination } from '../../shared/commerce';
import { apiRequestRequestDescription } from './request';

const showOnlyForApiRequest = { resource: ['apiRequest'] };

export const apiRequestDescription: INodeProperties[] = [
	{
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
	},
	...apiRequestRequestDescription,
];
