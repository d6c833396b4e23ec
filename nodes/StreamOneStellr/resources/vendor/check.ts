import type { INodeProperties } from 'n8n-workflow';

import { vendorLocator } from '../../shared/locators';
import { jsonBody } from '../../shared/parameters';

export const description: INodeProperties[] = [
	vendorLocator,
	{
		displayName: 'Check Type',
		name: 'checkType',
		type: 'options',
		options: [
			{
				name: 'Domain Available',
				value: 'domain',
				description: 'Whether a domain is still free for a new vendor account',
			},
			{
				name: 'Tenant Exists',
				value: 'tenant',
				description: 'Whether a Microsoft tenant exists for the domain, and its ID',
			},
			{
				name: 'Transfer Eligibility',
				value: 'transferEligibility',
				description: "Whether a Google domain's subscriptions can be transferred with the token",
			},
		],
		default: 'domain',
		description: 'What to check. Other check types can be entered as an expression.',
	},
	jsonBody(
		{ domain: '' },
		'The domain to check (for Microsoft the .onmicrosoft.com name or its first part), plus "transferToken" for a Google transfer eligibility check.',
	),
];
