import type { ResourceDefinition } from '../../../shared/description';
import { listOperation } from '../../shared/operations';
import * as getSubscribedUsers from './getSubscribedUsers';

export const subscribedUsersResource: ResourceDefinition = {
	name: 'Subscribed Users',
	value: 'subscribedUsers',
	operations: [
		{
			// value getSubscribedUsers, not getAll: see the pickers in shared/locators.ts
			option: listOperation({
				name: 'Get Many',
				value: 'getSubscribedUsers',
				action: 'Get many subscribed users',
				description: "List the users assigned to a customer's products of one vendor",
				url: '/api/v1/customers/{customerNo}/vendors/{vendorId}/subscribed/products',
				ids: { customerNo: 'Customer', vendorId: 'Vendor' },
			}),
			properties: getSubscribedUsers.description,
			isDefault: true,
		},
	],
};
