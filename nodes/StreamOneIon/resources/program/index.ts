import type { ResourceDefinition } from '../../../shared/description';
import { accountUrl, checkIds, pathId } from '../../transport/paths';
import { splitRecords } from '../../transport/routing';
import * as batchUpdate from './batchUpdate';
import * as getAll from './getAll';

/** Programs of your account and the catalogue products they apply to (Ion's products_programs). */
export const programResource: ResourceDefinition = {
	name: 'Program',
	value: 'program',
	operations: [
		{
			option: {
				name: 'Batch Update',
				value: 'batchUpdate',
				action: 'Set up a program for a product',
				description:
					'Set up a program for a catalogue product. Catalogue configuration: buys and bills nothing.',
				routing: {
					request: {
						method: 'PUT',
						url: accountUrl('/products_programs/{productId}:batchUpdate'),
					},
					send: {
						preSend: [checkIds({ productId: pathId('Product') }), batchUpdate.buildBatchUpdateBody],
					},
					output: { postReceive: [splitRecords('programs')] },
				},
			},
			properties: batchUpdate.description,
		},
		{
			option: {
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many programs',
				description:
					'List the programs of your account, or for one product with whether it was added to each',
				routing: {
					request: { method: 'GET', url: accountUrl('/products_programs') },
					output: { postReceive: [splitRecords('programs')] },
				},
			},
			properties: getAll.description,
			isDefault: true,
		},
	],
};
