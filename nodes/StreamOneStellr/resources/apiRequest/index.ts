import type { ResourceDefinition } from '../../../shared/description';
import * as request from './request';

export const apiRequestResource: ResourceDefinition = {
	name: 'API Request',
	value: 'apiRequest',
	operations: [
		{
			option: {
				name: 'Make Request',
				value: 'makeRequest',
				action: 'Make an API request',
				description:
					'Call any StreamOne Stellr endpoint with the credential: for endpoints or fields this node has no operation for',
				routing: {
					send: { preSend: [request.prepareApiRequest] },
					operations: { pagination: request.apiRequestPages },
				},
			},
			properties: request.description,
			isDefault: true,
		},
	],
};
