import type { ResourceDefinition } from '../../../shared/description';
import { listQuery } from '../../shared/query';
import { checkIds } from '../../transport/paths';
import { stellrList } from '../../transport/routing';
import * as getSubscribedUsers from './getSubscribedUsers';

export const subscribedUsersResource: ResourceDefinition = {
	name: 'Subscribed Users',
	value: 'subscribedUsers',
	operations: [
		{
			// value getSubscribedUsers, not getAll: see the pickers in shared/locators.ts
			option: {
				name: 'Get Many',
				value: 'getSubscribedUsers',
				action: 'Get many subscribed users',
				description: "List the users assigned to a customer's products of one vendor",
				routing: {
					request: {
						method: 'GET',
						url: '/api/v1/customers/{customerNo}/vendors/{vendorId}/subscribed/products',
					},
					send: { preSend: [checkIds({ customerNo: 'Customer', vendorId: 'Vendor' }), listQuery] },
					operations: { pagination: stellrList() },
				},
			},
			properties: getSubscribedUsers.description,
			isDefault: true,
		},
	],
};
