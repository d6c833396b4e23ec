import type { ICredentialTestRequest, ICredentialType, INodeProperties, Icon } from 'n8n-workflow';

// Skeleton: the full credential (token rotation, single-flight) is built in issue 3.
export class StreamOneIonApi implements ICredentialType {
	name = 'streamOneIonApi';

	displayName = 'TD SYNNEX StreamOne Ion API';

	icon: Icon = {
		light: 'file:../icons/streamOneIon.svg',
		dark: 'file:../icons/streamOneIon.dark.svg',
	};

	documentationUrl = 'https://github.com/n8n-nodes-streamone-ion/n8n-nodes-streamone-ion#credentials';

	properties: INodeProperties[] = [
		{
			displayName: 'Account ID',
			name: 'accountId',
			type: 'string',
			required: true,
			default: '',
		},
		{
			displayName: 'Refresh Token',
			name: 'refreshToken',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://ion.tdsynnex.com',
		},
	];

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl}}',
			url: '=/api/v3/accounts/{{$credentials.accountId}}/customers',
			qs: { pageSize: 1 },
		},
	};
}
