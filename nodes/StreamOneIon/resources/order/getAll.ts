import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/commonParameters';
import { scopeOf } from '../../../shared/nodeErrors';
import { preSendStep } from '../../../shared/requestFrame';
import { requireNumericId } from '../../../shared/validation';
import { dropEmptyQuery } from '../../shared/queryFilters';
import { ORDER_STATUS_OPTIONS } from './common';

/**
 * preSend: comma-separated ID lists in the query (filter.customerIdList, filter.accountIdList)
 * must be digits only; blanks around commas are removed, an empty list is not sent.
 */
export function checkIdLists(query: Record<string, string>) {
	return preSendStep(function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const qs = (requestOptions.qs ?? {}) as IDataObject;
		for (const [key, label] of Object.entries(query)) {
			if (qs[key] === undefined || qs[key] === null) continue;
			const ids = String(qs[key])
				.split(',')
				.map((p) => p.trim())
				.filter((p) => p !== '');
			for (const id of ids) requireNumericId(scopeOf(this), id, label);
			if (ids.length === 0) delete qs[key];
			else qs[key] = ids.join(',');
		}
		requestOptions.qs = qs;
	});
}

export const description: INodeProperties[] = [
	...returnAllAndLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		routing: {
			send: {
				preSend: [
					checkIdLists({
						'filter.customerIdList': 'Customer IDs',
						'filter.accountIdList': 'Account IDs',
					}),
					dropEmptyQuery,
				],
			},
		},
		options: [
			{
				displayName: 'Account IDs',
				name: 'accountIds',
				type: 'string',
				default: '',
				placeholder: '2768, 2769',
				description:
					'Only orders placed under these reseller accounts (sub-accounts of yours), comma-separated. The Account ID is under Settings > Account Information in each account.',
				routing: {
					send: { type: 'query', property: 'filter.accountIdList', propertyInDotNotation: false },
				},
			},
			{
				displayName: 'Customer IDs',
				name: 'customerIds',
				type: 'string',
				default: '',
				placeholder: '10054, 10077',
				description:
					'Only orders of these customers, comma-separated. The Customer ID is the number in the customer page address in the Ion portal.',
				routing: {
					send: { type: 'query', property: 'filter.customerIdList', propertyInDotNotation: false },
				},
			},
			{
				displayName: 'Exclude Sub-Account Orders',
				name: 'excludeSubAccounts',
				type: 'boolean',
				default: false,
				description:
					'Whether to return only orders placed directly under your account, leaving out orders of your sub-accounts (sub-resellers)',
				routing: {
					send: {
						type: 'query',
						property: 'filter.excludeSubAccounts',
						propertyInDotNotation: false,
					},
				},
			},
			{
				displayName: 'Provider Names',
				name: 'providerNames',
				type: 'string',
				default: '',
				placeholder: 'Microsoft, Google',
				description:
					'Only orders for these cloud providers, comma-separated, spelled as the provider appears in Ion',
				routing: {
					send: {
						type: 'query',
						property: 'filter.providerNameList',
						propertyInDotNotation: false,
					},
				},
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				default: 'NEW',
				options: ORDER_STATUS_OPTIONS,
				description: 'Only orders in this state',
				routing: { send: { type: 'query', property: 'status' } },
			},
		],
	},
	{
		displayName: 'Sort',
		name: 'sort',
		type: 'collection',
		placeholder: 'Add Sort Option',
		default: {},
		description: 'Ion sorts by creation time, newest first, unless you choose otherwise',
		options: [
			{
				displayName: 'Sort By',
				name: 'sortBy',
				type: 'options',
				default: 'createTime',
				options: [
					{ name: 'Creation Time', value: 'createTime' },
					{ name: 'Last Update Time', value: 'updateTime' },
				],
				description: 'Which time to sort the orders by',
				routing: { send: { type: 'query', property: 'sortBy' } },
			},
			{
				displayName: 'Sort Order',
				name: 'sortOrder',
				type: 'options',
				default: 'DESC',
				options: [
					{ name: 'Ascending (Oldest First)', value: 'ASC' },
					{ name: 'Descending (Newest First)', value: 'DESC' },
				],
				description: 'Whether the oldest or the newest orders come first',
				routing: { send: { type: 'query', property: 'sortOrder' } },
			},
		],
	},
];
