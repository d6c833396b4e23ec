import type { ResourceDefinition } from '../../../shared/description';
import * as pages from './pages';
import * as request from './request';

export const apiRequestResource: ResourceDefinition = {
	name: 'API Request',
	value: 'apiRequest',
	operations: [
		{
			option: {
				name: 'Make Request',
				value: 'request',
				action: 'Make an API request',
				description:
					'Call any StreamOne Ion v3 endpoint with the credential: for endpoints this node has no operation for',
				routing: {
					send: { preSend: [request.prepareApiRequest] },
					operations: { pagination: pages.apiRequestPages },
				},
			},
			properties: request.description,
			isDefault: true,
		},
	],
};
