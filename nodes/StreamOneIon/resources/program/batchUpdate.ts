import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { ION_CREDENTIAL_TYPE, ionAccountId } from '../../../../credentials/ionConstants';
import { fail, scopeOf, type InputScope } from '../../../shared/nodeErrors';
import { preSendStep } from '../../../shared/requestFrame';
import { text } from '../../../shared/validation';
import { productLocator } from '../product/common';

/**
 * A program's resource name `accounts/{accountId}/programs/{id}` (the spec's format for
 * `programName`) from a full name, as Program > Get Many outputs it, or from a bare program ID,
 * which is taken to be a program of the credential's account.
 */
export function programResourceName(scope: InputScope, value: unknown, accountId: string): string {
	const given = text(value);
	if (/^accounts\/\d+\/programs\/[^/\s]+$/.test(given)) return given;
	if (/^[A-Za-z0-9_-]+$/.test(given)) return `accounts/${accountId}/programs/${given}`;
	fail(
		scope,
		given === ''
			? 'Program is required'
			: `Program must be a program ID or a name like accounts/${accountId}/programs/7, got "${given.slice(0, 60)}"`,
		'Use the "programName" of a program from Program > Get Many.',
	);
}

/** The partner's resource name `accounts/{id}`: the given account ID, or the credential's. */
export function partnerResourceName(scope: InputScope, value: unknown, accountId: string): string {
	const given = text(value).replace(/^accounts\//, '');
	if (given === '') return `accounts/${accountId}`;
	if (!/^\d+$/.test(given)) {
		fail(scope, `Partner Account ID must be a number, got "${text(value).slice(0, 60)}"`);
	}
	return `accounts/${given}`;
}

/** preSend: Ion's BatchUpdateProductsV2ProgramsRequest. */
export const buildBatchUpdateBody = preSendStep(async function (
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const scope = scopeOf(this);
	const credentials = await this.getCredentials(ION_CREDENTIAL_TYPE);
	const accountId = ionAccountId(credentials.accountId);
	const options = this.getNodeParameter('options', {}) as IDataObject;
	requestOptions.body = {
		product_programs: {
			programName: programResourceName(scope, this.getNodeParameter('programName', ''), accountId),
			// a documented guess: the partner is your own account unless you name another one
			partnerName: partnerResourceName(scope, options.partnerAccountId, accountId),
		},
	};
});

/**
 * Program > Batch Update: sets up a program for a catalogue product (`PUT
 * .../products_programs/{productId}:batchUpdate`). Catalogue configuration: it buys, cancels and
 * bills nothing. A PUT that sets a state, so it is resent after a server error like a read.
 */
export const description: INodeProperties[] = [
	productLocator,
	{
		displayName: 'Program',
		name: 'programName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. accounts/1000/programs/2',
		description:
			'The program to set up for the product: its "programName" from Program > Get Many, or just its ID',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Partner Account ID',
				name: 'partnerAccountId',
				type: 'string',
				default: '',
				placeholder: 'e.g. 1000',
				description:
					"The partner account the program applies for (Ion's partnerName accounts/{ID}); by default your own account from the credential",
			},
		],
	},
];
