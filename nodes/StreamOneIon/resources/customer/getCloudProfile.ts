import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { scopeOf } from '../../../shared/nodeErrors';
import { preSendStep } from '../../../shared/requestFrame';
import { requireNumericId } from '../../../shared/validation';
import { customerLocator } from '../../shared/customerLocator';

/**
 * Customer > Get Cloud Profile (Azure): Ion's older, single-provider call, which it says will be
 * deprecated and works only for Azure (terms-and-conditions status). Get Cloud Profiles replaces it.
 */

/** preSend: the required Provider ID must be a number; it goes into the query. */
export const buildCloudProfileQuery = preSendStep(function (
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const providerId = requireNumericId(
		scopeOf(this),
		this.getNodeParameter('providerId', ''),
		'Provider ID',
	);
	const options = this.getNodeParameter('options', {}) as IDataObject;
	requestOptions.qs = { ...(requestOptions.qs ?? {}), providerId };
	if (options.refresh === true) requestOptions.qs.refresh = true;
});

export const description: INodeProperties[] = [
	{
		displayName:
			'Ion will deprecate this call and it works only for Azure. Use Get Cloud Profiles, which covers every provider.',
		name: 'cloudProfileNotice',
		type: 'notice',
		default: '',
	},
	customerLocator,
	{
		displayName: 'Provider ID',
		name: 'providerId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 30',
		description: "The Azure provider's numeric ID in Ion",
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Refresh From Provider',
				name: 'refresh',
				type: 'boolean',
				default: false,
				description:
					'Whether Ion should read the latest status from the provider instead of its cached copy',
			},
		],
	},
];
