import type { ResourceDefinition } from '../../../shared/description';
import { OPERATION_PATH } from '../../shared/guesses';
import { checkIds } from '../../transport/paths';
import { stellrRequest } from '../../transport/routing';
import * as get from './get';

export const operationResource: ResourceDefinition = {
	name: 'Operation',
	value: 'operation',
	operations: [
		{
			option: {
				name: 'Get',
				value: 'get',
				action: 'Get a subscription operation',
				description:
					'Read the status of a subscription change (pending, in progress, completed or failed), optionally waiting until it ends',
				routing: {
					request: { method: 'GET', url: OPERATION_PATH },
					send: { preSend: [checkIds({ operationId: 'Operation ID' })] },
					operations: { pagination: stellrRequest({ operationRead: true, what: 'operation' }) },
				},
			},
			properties: get.description,
			isDefault: true,
		},
	],
};
