import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { ION_CREDENTIAL_TYPE } from '../../credentials/ionConstants';
import { retrySettings } from '../shared/commonParameters';
import { assembleProperties, resourceOptions } from '../shared/description';
import { searchCustomers } from './listSearch/searchCustomers';
import { searchProducts } from './listSearch/searchProducts';
import { searchReports } from './listSearch/searchReports';
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
		displayName: 'TD SYNNEX StreamOne Ion',
		name: 'streamOneIon',
		icon: { light: 'file:streamOneIon.svg', dark: 'file:streamOneIon.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Automate TD SYNNEX StreamOne Ion: customers, carts, orders, subscriptions, products, programs, reports, invoices, provisioning templates and token health',
		defaults: { name: 'StreamOne Ion' },
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
			[retrySettings],
		),
	};

	methods = {
		listSearch: {
			searchCustomers,
			searchProducts,
			searchReports,
		},
		loadOptions: {
			getReportColumns,
		},
	};
}
