import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { ION_CREDENTIAL_TYPE } from '../../credentials/ionConstants';
import { retryRequestOptions } from '../shared/commonParameters';
import { assembleProperties, resourceOptions } from '../shared/description';
import { searchCustomers } from './listSearch/searchCustomers';
import { getProductSkus, getSkuPlans, getTemplateAttributes } from './loadOptions/orderItemOptions';
import { searchProducts } from './listSearch/searchProducts';
import { searchReports } from './listSearch/searchReports';
import { searchSubscriptions } from './listSearch/searchSubscriptions';
import { getReportColumns } from './loadOptions/getReportColumns';
import { apiRequestResource } from './resources/apiRequest';
import { cartResource } from './resources/cart';
import { cartItemResource } from './resources/cartItem';
import { credentialResource } from './resources/credential';
import { customerResource } from './resources/customer';
import { invoiceResource } from './resources/invoice';
import { orderResource } from './resources/order';
import { productResource } from './resources/product';
import { programResource } from './resources/program';
import { provisioningTemplateResource } from './resources/provisioningTemplate';
import { reportResource } from './resources/report';
import { subscriptionResource } from './resources/subscription';
import { ionRequestDefaults, ionResourceRouting, ionSingleRequest } from './transport/routing';

/** In the order of the Resource selector (alphabetical). */
const RESOURCES = [
	apiRequestResource,
	cartResource,
	cartItemResource,
	credentialResource,
	customerResource,
	invoiceResource,
	orderResource,
	productResource,
	programResource,
	provisioningTemplateResource,
	reportResource,
	subscriptionResource,
];

export class StreamOneIon implements INodeType {
	description: INodeTypeDescription = {
		// Starts with "Ion" and has at most 13 characters: the only way to be listed first when
		// someone searches "Ion" (DEVELOPERS.md, "Node search"). The type name stays streamOneIon.
		displayName: 'Ion StreamOne',
		name: 'streamOneIon',
		icon: { light: 'file:streamOneIon.svg', dark: 'file:streamOneIon.dark.svg' },
		group: ['transform'],
		// An array with defaultVersion: n8n then adds no "Custom API Call" entry, which would send users
		// to the HTTP Request node, where an order POST is resent after a 503 (DEVELOPERS.md).
		version: [1],
		defaultVersion: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'TD SYNNEX StreamOne Ion: customers, carts, orders, subscriptions, products, programs, reports, invoices, provisioning templates and token health',
		defaults: { name: 'Ion StreamOne' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: ION_CREDENTIAL_TYPE, required: true }],
		requestDefaults: ionRequestDefaults,
		// every request goes through a request function (transport/routing.ts explains why)
		requestOperations: { pagination: ionSingleRequest },
		properties: assembleProperties(
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: resourceOptions(RESOURCES),
				default: 'customer',
				routing: ionResourceRouting,
			},
			RESOURCES,
			[retryRequestOptions],
		),
	};

	methods = {
		loadOptions: {
			getProductSkus,
			getReportColumns,
			getSkuPlans,
			getTemplateAttributes,
		},
		listSearch: {
			searchCustomers,
			searchProducts,
			searchReports,
			searchSubscriptions,
		},
	};
}
