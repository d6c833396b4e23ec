import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { STELLR_CREDENTIAL_TYPE } from '../../credentials/stellrConstants';
import { makeRetrySettings } from '../shared/commonParameters';
import { assembleProperties, resourceOptions } from '../shared/description';
import { searchCustomers } from './listSearch/searchCustomers';
import { searchSubscriptions } from './listSearch/searchSubscriptions';
import { searchVendors } from './listSearch/searchVendors';
import { agreementResource } from './resources/agreement';
import { apiRequestResource } from './resources/apiRequest';
import { consumptionResource } from './resources/consumption';
import { customerResource } from './resources/customer';
import { invoiceResource } from './resources/invoice';
import { operationResource } from './resources/operation';
import { productResource } from './resources/product';
import { subscribedUsersResource } from './resources/subscribedUsers';
import { subscriptionResource } from './resources/subscription';
import { vendorResource } from './resources/vendor';
import { vendorAccountResource } from './resources/vendorAccount';
import {
	stellrRequestDefaults,
	stellrResourceRouting,
	stellrSingleRequest,
} from './transport/routing';

/** In the order of the Resource selector (alphabetical). */
export const STELLR_RESOURCES = [
	apiRequestResource,
	agreementResource,
	consumptionResource,
	customerResource,
	invoiceResource,
	operationResource,
	productResource,
	subscribedUsersResource,
	subscriptionResource,
	vendorResource,
	vendorAccountResource,
];

export class StreamOneStellr implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Stellr StreamOne',
		name: 'streamOneStellr',
		icon: {
			light: 'file:../../icons/streamOneStellr.svg',
			dark: 'file:../../icons/streamOneStellr.dark.svg',
		},
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Automate TD SYNNEX StreamOne Stellr: customers, subscriptions and seat changes, renewals, products, invoices, vendors and agreements',
		defaults: { name: 'StreamOne Stellr' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: STELLR_CREDENTIAL_TYPE, required: true }],
		requestDefaults: stellrRequestDefaults,
		// every request goes through a request function (transport/routing.ts)
		requestOperations: { pagination: stellrSingleRequest },
		properties: assembleProperties(
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: resourceOptions(STELLR_RESOURCES),
				default: 'subscription',
				routing: stellrResourceRouting,
			},
			STELLR_RESOURCES,
			[
				makeRetrySettings(
					'StreamOne Stellr',
					'purchases, seat changes, cancellations or other subscription changes',
				),
			],
		),
	};

	methods = {
		listSearch: {
			searchCustomers,
			searchSubscriptions,
			searchVendors,
		},
	};
}
