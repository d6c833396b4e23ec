import type { ResourceDefinition } from '../../../shared/description';
import * as getTokenStatus from './getTokenStatus';

/** The node's own credential: the health of Ion's token chain. */
export const credentialResource: ResourceDefinition = {
	name: 'Credential',
	value: 'credential',
	operations: [
		{
			option: {
				name: 'Get Token Status',
				value: 'getTokenStatus',
				action: 'Get the token status of the credential',
				description:
					'Seconds left on the access token and the refresh token (Ion validateAccess), to keep the token chain alive and alert before it expires',
				routing: {
					// the request function sends its own requests; this routed request is never sent
					request: { method: 'POST', url: getTokenStatus.VALIDATE_ACCESS_PATH },
					operations: { pagination: getTokenStatus.tokenStatusRequest },
				},
			},
			properties: getTokenStatus.description,
			isDefault: true,
		},
	],
};
