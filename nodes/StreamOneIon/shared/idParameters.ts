import type { INodeProperties } from 'n8n-workflow';

import { makeCustomerLocator } from './descriptions';

/*
 * The ID parameters that several operations share (customerId, orderId, subscriptionId), each
 * defined as few times as possible, with `displayOptions.show` listing every operation that uses
 * it. They carry no routing: each operation builds its path in its own `routing.request.url`
 * (with `paramSegment`) and validates the IDs in its own `routing.send.preSend`.
 *
 * Why: n8n-core's RoutingNode evaluates, for every input item and twice (runNode and
 * resolveBaseUrl), the value of EVERY property whose name is set in the node's parameters,
 * before it looks at displayOptions. An ID set with an expression such as {{ $json.id }} is
 * therefore evaluated twice per item for each definition with its name, shown or not; a property
 * with routing adds one more evaluation per pass when it is shown. See docs/benchmark.md.
 *
 * `displayOptions.show` ANDs its keys, so a definition is shown for every resource x operation
 * pair of its lists. Each list below is chosen so that every such pair either does not exist or
 * uses the parameter.
 *
 * customerId needs three definitions, not one: Order > Get and Order > Get Many for Customer
 * accept "-" (all customers) in By ID, the other operations do not, and the editor's check of a
 * By ID value is a regex on the mode that cannot depend on the operation. `get` exists for
 * customers, orders and subscriptions, so the orders' operations need definitions of their own.
 */

/** The customer whose record or subscription is read or changed. */
const customerOrSubscriptionCustomer: INodeProperties = {
	...makeCustomerLocator({
		description:
			'The Ion customer (end client). Pick from the list or enter the numeric customer ID shown in Ion under Customers; for a subscription, that is its "customerId" field.',
	}),
	displayOptions: {
		show: {
			resource: ['customer', 'subscription'],
			operation: ['get', 'getCloudProfiles', 'update', 'updateSeats'],
		},
	},
};

/** The customer an order is placed for or cancelled for (no "-"). */
const orderCustomer: INodeProperties = {
	...makeCustomerLocator({
		description:
			'The Ion customer the order is for. Pick from the list or enter the numeric Customer ID shown in Ion under Customers.',
	}),
	displayOptions: { show: { resource: ['order'], operation: ['cancel', 'createOrUpdate'] } },
};

/** The customer whose orders are read; By ID also accepts "-" for every customer. */
const orderCustomerOrAll: INodeProperties = {
	...makeCustomerLocator({
		allowAll: true,
		description:
			'The Ion customer the order belongs to. Pick from the list or enter the numeric Customer ID shown in Ion under Customers. By ID also accepts "-" to look across every customer under your account, including customers of your sub-resellers.',
	}),
	displayOptions: { show: { resource: ['order'], operation: ['get', 'getAllForCustomer'] } },
};

const orderId: INodeProperties = {
	displayName: 'Order ID',
	name: 'orderId',
	type: 'string',
	required: true,
	default: '',
	placeholder: '123456',
	displayOptions: { show: { resource: ['order'], operation: ['get', 'cancel'] } },
	description:
		'The Ion order number, as shown in the Orders list of the portal or in the "orderId" field of an order. Cancel works only while the order status is New or On Hold.',
};

const subscriptionId: INodeProperties = {
	displayName: 'Subscription ID',
	name: 'subscriptionId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 500123',
	displayOptions: { show: { resource: ['subscription'], operation: ['get', 'updateSeats'] } },
	description:
		'Ion\'s internal subscription number: the "ID" field of a subscription from Subscription > Get Many (not the vendor\'s subscription GUID)',
};

/** In the order the editor shows them: the customer first, then the order or subscription. */
export const idParameters: INodeProperties[] = [
	customerOrSubscriptionCustomer,
	orderCustomer,
	orderCustomerOrAll,
	orderId,
	subscriptionId,
];
