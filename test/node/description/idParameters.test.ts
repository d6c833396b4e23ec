// Literal IDs that fail a mode's regex never run (n8n-core refuses the workflow), so the bad
// values below come from expressions, as they would from input items.
// The ID parameters: each operation lists them in its own file, the node merges equal
// definitions (nodes/shared/description.ts), and the operation's ID check fills them into its
// path (nodes/StreamOneIon/transport/paths.ts). These tests pin what that must keep: the path
// (trimmed, URL-encoded), the checks before any request (with the field named as before), "-"
// only where Ion accepts it, how many definitions each name has, and how many expressions
// RoutingNode evaluates per item.
import { Expression, NodeHelpers, type INodeParameters, type INodeProperties } from 'n8n-workflow';

import { StreamOneIon } from '../../../nodes/StreamOneIon/StreamOneIon.node';
import { dataRequests, rl, setup } from '../helpers';
import type { Ctx } from '../helpers';

let t: Ctx;
afterEach(async () => {
	await t?.ion.close();
});

const description = new StreamOneIon().description;

function firstCustomer(): string {
	return [...t.ion.store.customers.keys()][0];
}

function paths(): string[] {
	return dataRequests(t.ion).map((e) => `${e.method} ${e.path}`);
}

describe('description: shared ID parameters', () => {
	const named = (name: string) => description.properties.filter((p) => p.name === name);

	test('customerId, orderId and subscriptionId have one definition each (RoutingNode evaluates every definition per item)', () => {
		expect(named('customerId')).toHaveLength(1);
		expect(named('orderId')).toHaveLength(1);
		expect(named('subscriptionId')).toHaveLength(1);
		expect(named('productId')).toHaveLength(1);
		expect(named('templateId')).toHaveLength(1);
		expect(named('cartId')).toHaveLength(1);
		expect(named('cartItemId')).toHaveLength(1);
	});

	test('the ID parameters carry no routing (RoutingNode would read them once more per pass)', () => {
		for (const name of ['customerId', 'orderId', 'subscriptionId', 'productId', 'templateId', 'cartId', 'cartItemId']) {
			for (const property of named(name)) expect(property.routing).toBeUndefined();
		}
	});

	test('every operation shows each ID parameter at most once; By ID accepts "-" in the editor (the node refuses it where Ion does)', () => {
		const operations = description.properties.filter((p) => p.name === 'operation');
		const shown: Record<string, { count: number; allowsDash: boolean }> = {};
		for (const operationProperty of operations) {
			const resource = (operationProperty.displayOptions?.show?.resource as string[])[0];
			for (const option of operationProperty.options as Array<{ value: string }>) {
				const parameters = { resource, operation: option.value };
				const node = {
					id: '1',
					name: 'n',
					type: 't',
					typeVersion: 1,
					position: [0, 0] as [number, number],
					parameters,
				};
				const visible = named('customerId').filter((p: INodeProperties) =>
					NodeHelpers.displayParameter(parameters, p, node, description),
				);
				for (const name of ['orderId', 'subscriptionId']) {
					expect(
						named(name).filter((p) =>
							NodeHelpers.displayParameter(parameters, p, node, description),
						).length,
					).toBeLessThanOrEqual(1);
				}
				if (visible.length === 0) continue;
				const byId = visible[0].modes?.find((m) => m.name === 'id');
				const regex = (byId?.validation?.[0] as unknown as { properties: { regex: string } })
					.properties.regex;
				shown[`${resource}/${option.value}`] = {
					count: visible.length,
					allowsDash: new RegExp(regex).test('-'),
				};
			}
		}
		expect(shown).toEqual({
			'cart/checkout': { count: 1, allowsDash: true },
			'cart/createCart': { count: 1, allowsDash: true },
			'cart/delete': { count: 1, allowsDash: true },
			'cart/get': { count: 1, allowsDash: true },
			'cart/getCarts': { count: 1, allowsDash: true },
			'cart/update': { count: 1, allowsDash: true },
			'cartItem/add': { count: 1, allowsDash: true },
			'cartItem/get': { count: 1, allowsDash: true },
			'cartItem/getCartItems': { count: 1, allowsDash: true },
			'cartItem/remove': { count: 1, allowsDash: true },
			'cartItem/update': { count: 1, allowsDash: true },
			'customer/get': { count: 1, allowsDash: true },
			'customer/getCloudProfile': { count: 1, allowsDash: true },
			'customer/getCloudProfiles': { count: 1, allowsDash: true },
			'customer/update': { count: 1, allowsDash: true },
			'invoice/getAllForCustomer': { count: 1, allowsDash: true },
			'order/cancel': { count: 1, allowsDash: true },
			'order/createOrUpdate': { count: 1, allowsDash: true },
			'order/get': { count: 1, allowsDash: true },
			'order/getAllForCustomer': { count: 1, allowsDash: true },
			'subscription/cancel': { count: 1, allowsDash: true },
			'subscription/get': { count: 1, allowsDash: true },
			'subscription/reactivate': { count: 1, allowsDash: true },
			'subscription/setAutoRenew': { count: 1, allowsDash: true },
			'subscription/suspend': { count: 1, allowsDash: true },
			'subscription/updateSeats': { count: 1, allowsDash: true },
		});
	});
});

describe('paths from $parameter: trimmed and URL-encoded, one per item', () => {
	test('Customer > Get and Get Cloud Profiles with an expression per item, spaces trimmed', async () => {
		t = await setup();
		const id = firstCustomer();
		const items = [{ json: { id: ` ${id} ` } }, { json: { id: Number(id) } }];
		const get = await t.run(
			{ resource: 'customer', operation: 'get', customerId: rl('={{ $json.id }}') },
			{ items },
		);
		expect(get.error).toBeUndefined();
		expect(get.items.map((i) => [i.json.customerId, i.pairedItem])).toEqual([
			[id, { item: 0 }],
			[id, { item: 1 }],
		]);
		const profiles = await t.run(
			{ resource: 'customer', operation: 'getCloudProfiles', customerId: rl('={{ $json.id }}') },
			{ items: items.slice(0, 1) },
		);
		expect(profiles.error).toBeUndefined();
		const base = `/api/v3/accounts/${t.ion.accountId}/customers/${id}`;
		expect(paths()).toEqual([`GET ${base}`, `GET ${base}`, `GET ${base}/cloudProfiles`]);
	});

	test('Product > Get encodes the product ID in the path', async () => {
		t = await setup();
		const r = await t.run(
			{ resource: 'product', operation: 'get', productId: rl(' AWS EC+1 ') },
			{ continueOnFail: true },
		);
		expect(r.items).toHaveLength(1);
		expect(paths()).toEqual([`GET /api/v3/accounts/${t.ion.accountId}/products/AWS%20EC%2B1`]);
	});
});

describe('IDs are checked before any request, naming the field as before', () => {
	const cases: Array<[string, INodeParameters, RegExp]> = [
		[
			'Customer > Get, "-"',
			{ resource: 'customer', operation: 'get', customerId: rl('={{ "-" }}') },
			/^Customer must be a number/,
		],
		[
			'Customer > Get, "../1"',
			{ resource: 'customer', operation: 'get', customerId: rl('={{ "../1" }}') },
			/^Customer must be a number/,
		],
		[
			'Customer > Get Cloud Profiles, empty',
			{ resource: 'customer', operation: 'getCloudProfiles', customerId: rl('={{ "" }}') },
			/^Customer is required/,
		],
		[
			'Customer > Update, "-"',
			{
				resource: 'customer',
				operation: 'update',
				customerId: rl('={{ "-" }}'),
				updateFields: { city: 'x' },
			},
			/^Customer must be a number/,
		],
		[
			'Order > Cancel, "-"',
			{ resource: 'order', operation: 'cancel', customerId: rl('={{ "-" }}'), orderId: '1' },
			/^Customer must be a number/,
		],
		[
			'Order > Create or Update, "-"',
			{
				resource: 'order',
				operation: 'createOrUpdate',
				customerId: rl('={{ "-" }}'),
				inputMode: 'json',
				orderJson: '{"orderItems":[]}',
			},
			/^Customer must be a number/,
		],
		[
			'Order > Get, order "1/2"',
			{ resource: 'order', operation: 'get', customerId: rl('={{ "-" }}'), orderId: '1/2' },
			/^Order ID must be a number/,
		],
		[
			'Order > Get Many for Customer, "x"',
			{ resource: 'order', operation: 'getAllForCustomer', customerId: rl('={{ "x" }}') },
			/^Customer must be a number/,
		],
		[
			'Subscription > Get, "-"',
			{
				resource: 'subscription',
				operation: 'get',
				customerId: rl('={{ "-" }}'),
				subscriptionId: '1',
			},
			/^Customer must be a number/,
		],
		[
			'Subscription > Get, subscription "a"',
			{ resource: 'subscription', operation: 'get', customerId: rl('1'), subscriptionId: 'a' },
			/^Subscription must be a number/,
		],
		[
			'Subscription > Update Seats, "-"',
			{
				resource: 'subscription',
				operation: 'updateSeats',
				customerId: rl('={{ "-" }}'),
				subscriptionId: '1',
				quantity: 2,
			},
			/^Customer must be a number/,
		],
		[
			'Product > Get, "../x"',
			{ resource: 'product', operation: 'get', productId: rl('={{ "../x" }}') },
			/^Product contains characters that are not allowed/,
		],
		[
			'Provisioning Template > Get, ".."',
			{ resource: 'provisioningTemplate', operation: 'get', templateId: '..' },
			/^Template ID contains characters that are not allowed/,
		],
	];

	test.each(cases)('%s', async (_name, parameters, message) => {
		t = await setup();
		const r = await t.run(parameters);
		expect(r.error?.message).toMatch(message);
		expect(dataRequests(t.ion)).toHaveLength(0);
		const paired = await t.run(parameters, {
			continueOnFail: true,
			items: [{ json: {} }, { json: {} }],
		});
		expect(
			paired.items.map((i) => [String(i.json.error).match(message) !== null, i.pairedItem]),
		).toEqual([
			[true, { item: 0 }],
			[true, { item: 1 }],
		]);
		expect(dataRequests(t.ion)).toHaveLength(0);
	});

	test('a literal "-" is refused by the node before any request where it is not allowed, and reaches Ion where it is', async () => {
		t = await setup();
		const get = await t.run({ resource: 'customer', operation: 'get', customerId: rl('-') });
		expect(get.error?.message).toBe('Customer must be a number, got -');
		expect(get.error?.description).toMatch(/Only Order > Get and Order > Get Many for Customer accept -/);
		const subscription = await t.run({
			resource: 'subscription',
			operation: 'get',
			customerId: rl('-'),
			subscriptionId: '1',
		});
		expect(subscription.error?.message).toBe('Customer must be a number, got -');
		expect(dataRequests(t.ion)).toHaveLength(0);
		const r = await t.run(
			{ resource: 'order', operation: 'get', customerId: rl('-'), orderId: '1' },
			{ continueOnFail: true },
		);
		expect(paths()).toEqual([`GET /api/v3/accounts/${t.ion.accountId}/customers/-/orders/1`]);
		expect(r.items).toHaveLength(1);
	});

	test('"-" still reaches Ion where it is allowed (Order > Get Many for Customer)', async () => {
		t = await setup();
		const r = await t.run({
			resource: 'order',
			operation: 'getAllForCustomer',
			customerId: rl(' - '),
			limit: 1,
		});
		expect(r.error).toBeUndefined();
		expect(paths()).toEqual([`GET /api/v3/accounts/${t.ion.accountId}/customers/-/orders`]);
	});
});

describe('expression evaluations per item (n8n-core 2.41 RoutingNode)', () => {
	// RoutingNode evaluates, per item and twice, every definition whose name is set; see
	// docs/benchmark.md. 25 per item when customerId was defined 9 times.
	test('Customer > Get with {{ $json.id }}: at most 4 per item (25 with 9 definitions, 11 with 3)', async () => {
		t = await setup();
		const proto = Expression.prototype as unknown as Record<
			string,
			(...args: unknown[]) => unknown
		>;
		const original = proto.resolveSimpleParameterValue;
		const id = firstCustomer();
		const items = [1, 2, 3, 4].map(() => ({ json: { id } }));
		const parameters = {
			resource: 'customer',
			operation: 'get',
			customerId: rl('={{ $json.id }}'),
		};
		await t.run(parameters, { items });
		let count = 0;
		proto.resolveSimpleParameterValue = function (this: unknown, ...args: unknown[]) {
			if (typeof args[0] === 'string' && args[0].startsWith('=')) count++;
			return original.apply(this, args);
		};
		try {
			const r = await t.run(parameters, { items });
			expect(r.error).toBeUndefined();
		} finally {
			proto.resolveSimpleParameterValue = original;
		}
		expect(count / items.length).toBeLessThanOrEqual(4);
	});
});
