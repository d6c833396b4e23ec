import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/commonParameters';
import { dropEmptyQuery } from '../../shared/queryFilters';
import { VENDOR_OPTIONS } from '../../shared/vendors';
import { readLimit } from '../../transport/routing';

/**
 * postReceive: Ion answers either `{provisioningReferences: {refs: [...]}}` (no action filter) or
 * `{provisioningReference: {...}}` (with one); emit one item per template either way, up to Limit.
 */
export async function splitTemplates(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const body = (response.body ?? {}) as IDataObject;
	const refs = (body.provisioningReferences as IDataObject | undefined)?.refs;
	let records: IDataObject[] = [];
	if (Array.isArray(refs)) records = refs as IDataObject[];
	else if (body.provisioningReference && typeof body.provisioningReference === 'object') {
		records = [body.provisioningReference as IDataObject];
	}
	return records.slice(0, readLimit(this)).map((json) => ({ json }));
}

export const description: INodeProperties[] = [
	{
		displayName: 'Vendor',
		name: 'vendor',
		type: 'options',
		required: true,
		default: 'MICROSOFT',
		options: VENDOR_OPTIONS,
		description:
			'The vendor whose provisioning templates to list. A template lists the attributes an order item needs for that vendor.',
		routing: { send: { type: 'query', property: 'vendor' } },
	},
	...returnAllAndLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		routing: { send: { preSend: [dropEmptyQuery] } },
		options: [
			{
				displayName: 'Order Action',
				name: 'orderAction',
				type: 'options',
				default: 'CREATE',
				options: [
					{
						name: 'Create',
						value: 'CREATE',
						description: 'Templates for buying new subscriptions',
					},
					{
						name: 'Update',
						value: 'UPDATE',
						description: 'Templates for changing existing subscriptions',
					},
				],
				description: 'Only templates for this order item action',
				routing: { send: { type: 'query', property: 'action' } },
			},
			{
				displayName: 'Provider Name',
				name: 'provider',
				type: 'string',
				default: '',
				placeholder: 'e.g. Microsoft CSP',
				description: 'Only templates of this provider, as Ion names it',
				routing: {
					send: { type: 'query', property: 'provider', value: '={{ String($value).trim() }}' },
				},
			},
		],
	},
];
