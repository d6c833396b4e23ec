import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { fail, scopeOf } from '../../../shared/nodeErrors';
import { preSendStep } from '../../../shared/requestFrame';
import { text } from '../../../shared/validation';
import { checkId, numericId } from '../../transport/paths';
import { reportLocator } from './common';

/** preSend: the report ID goes into the query (`reportId`, required); billing dates as RFC 3339. */
export const buildRefreshQuery = preSendStep(function (
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const scope = scopeOf(this);
	const qs: IDataObject = { reportId: checkId(this, 'reportId', numericId('Report')) };
	const options = this.getNodeParameter('options', {}) as IDataObject;
	for (const [key, label] of [
		['billingPeriodStart', 'Billing Period Start'],
		['billingPeriodEnd', 'Billing Period End'],
	] as const) {
		const raw = text(options[key]);
		if (raw === '') continue;
		const value = /(Z|[+-]\d{2}:?\d{2})$/i.test(raw) ? raw : `${raw}Z`;
		const date = new Date(value);
		if (Number.isNaN(date.getTime()))
			fail(scope, `${label} is not a valid date`, `Got "${raw.slice(0, 60)}".`);
		qs[key] = date.toISOString();
	}
	requestOptions.qs = qs;
});

/** Report > Refresh Provider Cache: `GET /providers/{providerId}/refreshCacheEnhanced`. */
export const description: INodeProperties[] = [
	{
		displayName: 'Provider ID',
		name: 'providerId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 12',
		description:
			'Ion\'s numeric ID of the cloud provider whose cached report data to refresh (the "cloudProviderId" of its subscriptions)',
	},
	reportLocator,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Billing Period End',
				name: 'billingPeriodEnd',
				type: 'dateTime',
				default: '',
				description: 'End of the billing period to refresh',
			},
			{
				displayName: 'Billing Period Start',
				name: 'billingPeriodStart',
				type: 'dateTime',
				default: '',
				description: 'Start of the billing period to refresh',
			},
		],
	},
];
