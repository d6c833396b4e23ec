import type { INodeProperties } from 'n8n-workflow';

import { customerLocator } from '../../shared/locators';

/** Agreement types (G12): Microsoft's customer agreement and Google's terms; any other by expression. */
const agreementType: INodeProperties = {
	displayName: 'Agreement Type',
	name: 'agreementType',
	type: 'options',
	options: [
		{ name: 'Google Terms of Service', value: 'GOOGLE_TOS' },
		{ name: 'Microsoft Customer Agreement', value: 'MCA' },
	],
	default: 'MCA',
	description:
		'The vendor agreement. A customer accepts it before the first purchase from that vendor. Other types can be entered as an expression.',
};

/** The parameters both agreement operations start with. */
export const agreementParameters: INodeProperties[] = [customerLocator, agreementType];

export const AGREEMENT_PATH = '/api/v1/customers/{customerNo}/agreements/{agreementType}';
