import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { searchCustomers } from './listSearch/searchCustomers';
import { searchProducts } from './listSearch/searchProducts';
import { apiRequestDescription, apiRequestOperation } from './resources/apiRequest';
import { customerDescription, customerOperation } from './resources/customer';
import { orderDescription, orderOperation } from './resources/order';
import { orderNotice } from './resources/order/createOrUpdate';
import { productDescription, productOperation } from './resources/product';
import {
	provisioningTemplateDescription,
	provisioningTemplateOperation,
} from './resources/provisioningTemplate';
import { subscriptionDescription, subscriptionOperation } from './resources/subscription';
import { seatsNotice } from './resources/subscription/updateSeats';
import { retrySettings } from './shared/descriptions';
import { idParameters } from './shared/idParameters';
import { throwIonError } from './shared/errors';
import { ionSingleRequest } from './shared/transport';

export class StreamOneIon implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'TD SYNNEX StreamOne Ion',
		name: 'streamOneIon',
		icon: { light: 'file:streamOneIon.svg', dark: 'file:streamOneIon.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Automate TD SYNNEX StreamOne Ion: customers, orders, products, provisioning templates and subscriptions',
		defaults: { name: 'StreamOne Ion' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'streamOneIonApi', required: true }],
		requestDefaults: {
			baseURL: '={{String($credentials.baseUrl || "https://ion.tdsynnex.com").replace(/\\/+$/, "")}}',
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			// Every status but 401 reaches throwIonError (our messages, Retry-After for the retry
			// policy); 401 still throws inside n8n so it refreshes the token and resends once.
			ignoreHttpStatusErrors: { ignore: true, except: [401] },
		},
		// Every operation's request goes through a request function (retry policy, pairedItem,
		// Continue On Fail items). Lists override it in their operation's routing.operations.
		requestOperations: { pagination: ionSingleRequest },
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'API Request', value: 'apiRequest' },
					{ name: 'Customer', value: 'customer' },
					{ name: 'Order', value: 'order' },
					{ name: 'Product', value: 'product' },
					{ name: 'Provisioning Template', value: 'provisioningTemplate' },
					{ name: 'Subscription', value: 'subscription' },
				],
				default: 'customer',
				// paginate: RoutingNode only calls requestOperations.pagination when it is true; the
				// first property that sets it wins, so setting it here covers every operation.
				routing: {
					send: { paginate: true },
					output: { postReceive: [throwIonError] },
				},
			},
			// The editor shows the parameters in this order. The Operation selectors and the notices
			// come before the ID parameters that several operations share (shared/idParameters.ts),
			// so every operation still shows Operation, its notice, Customer, then the rest.
			customerOperation,
			productOperation,
			orderOperation,
			subscriptionOperation,
			provisioningTemplateOperation,
			apiRequestOperation,
			orderNotice,
			seatsNotice,
			...idParameters,
			...customerDescription,
			...productDescription,
			...orderDescription,
			...subscriptionDescription,
			...provisioningTemplateDescription,
			...apiRequestDescription,
			retrySettings,
		],
	};

	methods = {
		listSearch: {
			searchCustomers,
			searchProducts,
		},
	};
}
