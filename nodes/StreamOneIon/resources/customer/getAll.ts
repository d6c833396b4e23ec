import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/commonParameters';

export const description: INodeProperties[] = [
	...returnAllAndLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Contact Name',
				name: 'customerName',
				type: 'string',
				default: '',
				placeholder: 'e.g. Jane Doe',
				description:
					'Name of the primary contact, as in the Name field of Admin Contact Details on the customer page in Ion (not the organisation name)',
				routing: {
					send: { type: 'query', property: 'filter.customerName', propertyInDotNotation: false },
				},
			},
			{
				displayName: 'Email',
				name: 'customerEmail',
				type: 'string',
				placeholder: 'name@email.com',
				default: '',
				description: 'E-mail address of the primary contact',
				routing: {
					send: { type: 'query', property: 'filter.customerEmail', propertyInDotNotation: false },
				},
			},
			{
				displayName: 'Language Code',
				name: 'languageCode',
				type: 'string',
				default: '',
				placeholder: 'e.g. en',
				description: "The customer's preferred language code",
				routing: {
					send: { type: 'query', property: 'filter.languageCode', propertyInDotNotation: false },
				},
			},
			{
				displayName: 'Status',
				name: 'customerStatus',
				type: 'options',
				options: [
					{
						name: 'Active',
						value: 'ACTIVE',
						description: 'Customers that can use the portal and buy',
					},
					{
						name: 'Inactive',
						value: 'INACTIVE',
						description: 'Customers that are non-operational and restricted',
					},
				],
				default: 'ACTIVE',
				description: 'Only customers with this status',
				routing: {
					send: { type: 'query', property: 'filter.customerStatus', propertyInDotNotation: false },
				},
			},
		],
	},
];
