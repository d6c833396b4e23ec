// Order resource (Get Many, Get Many for Customer, Get, Create or Update, Cancel) against the
// emulator through n8n-core.
import { startEmulator, type Emulator } from '../../emulator';
import type { Order, Product, Subscription } from '../../emulator/types';
import { CredentialStore, runNode } from '../harness';

const PAGE = 3;
let ion: Emulator;
let store: CredentialStore;
/** the customer given extra orders in beforeAll */
let busyCustomer: string;
const EXTRA_ORDERS = 8;

const rl = (value: string, mode = 'id') => ({ __rl: true, mode, value });
const dataCalls = () => ion.log.filter((l) => l.path.startsWith('/api/'));
const account = () => `/api/v3/accounts/${ion.accountId}`;
const allOrders = () => [...ion.store.orders.values()];

beforeAll(async () => {
	ion = await startEmulator({ port: 0, seed: 'demo', maxPageSize: PAGE });
	// more orders for one customer so filtered lists span >= 3 pages
	const seedOrder = allOrders()[0];
	busyCustomer = [...ion.store.customers.keys()].find((c) => c !== seedOrder.customerId) as string;
	for (let i = 0; i < EXTRA_ORDERS; i++) {
		const orderId = String(ion.store.nextOrderId);
		const stamp = new Date(Date.UTC(2025, 0, 1 + i)).toISOString();
		ion.store.addOrder({
			...structuredClone(seedOrder),
			orderId,
			customerId: busyCustomer,
			name: `accounts/${ion.accountId}/customers/${busyCustomer}/orders/${orderId}`,
			status: i % 2 ? 'COMPLETED' : 'NEW',
			createTime: stamp,
			updateTime: new Date(Date.UTC(2025, 5, 30 - i)).toISOString(),
		});
	}
	ion.store.touch();
});
afterAll(async () => {
	await ion.close();
});
beforeEach(() => {
	store = new CredentialStore({ accountId: ion.accountId, refreshToken: ion.issueRefreshToken(), baseUrl: ion.url });
	ion.setFaults([]);
	ion.reset();
});

/** An active subscription whose provider needs no attributes for UPDATE, and its product. */
function updatableSubscription(): { sub: Subscription; product: Product } {
	for (const sub of ion.store.subscriptions.values()) {
		const product = ion.store.products.get(sub.ccpProductId);
		if (sub.subscriptionStatus === 'ACTIVE' && product && !product.disabled) return { sub, product };
	}
	throw new Error('no active subscription in the seed');
}

/** A purchasable Microsoft product (CREATE needs the domainName attribute). */
function microsoftProduct(): { product: Product; skuId: string; planId: string } {
	for (const product of ion.store.products.values()) {
		if (product.disabled || product.cloudConsumption.cloudProvider !== 'MICROSOFT') continue;
		const sku = product.definition.skus[0];
		if (sku?.plans.length) return { product, skuId: sku.id, planId: sku.plans[0].id };
	}
	throw new Error('no Microsoft product in the seed');
}

describe('Order > Get Many (account)', () => {
	test('Return All follows nextPageToken over >= 3 pages; every order once, newest first; pairedItem set', async () => {
		const r = await runNode({ parameters: { resource: 'order', operation: 'getAll', returnAll: true }, store });
		expect(r.error).toBeUndefined();
		const ids = r.items.map((i) => i.json.orderId as string);
		expect(ids).toHaveLength(allOrders().length);
		expect(new Set(ids)).toEqual(new Set(allOrders().map((o) => o.orderId)));
		const times = r.items.map((i) => i.json.createTime as string);
		expect([...times].sort().reverse()).toEqual(times);
		for (const item of r.items) expect(item.pairedItem).toEqual({ item: 0 });
		const calls = dataCalls();
		expect(calls.length).toBeGreaterThanOrEqual(3);
		calls.forEach((c, i) => {
			expect(c).toMatchObject({ method: 'GET', path: `${account()}/orders`, status: 200 });
			expect(c.query.pageSize).toBeDefined();
			if (i === 0) expect(c.query.pageToken).toBeUndefined();
			else expect(c.query.pageToken).toEqual(expect.any(String));
		});
	});

	test('filters and sort use the spec names and are kept on every page', async () => {
		const expected = allOrders()
			.filter((o) => o.customerId === busyCustomer && o.status === 'COMPLETED')
			.sort((a, b) => (a.updateTime < b.updateTime ? -1 : 1));
		expect(expected.length).toBeGreaterThan(PAGE);
		const r = await runNode({
			parameters: {
				resource: 'order',
				operation: 'getAll',
				returnAll: true,
				filters: { customerIds: ` ${busyCustomer} , `, status: 'COMPLETED' },
				sort: { sortBy: 'updateTime', sortOrder: 'ASC' },
			},
			store,
		});
		expect(r.error).toBeUndefined();
		expect(r.items.map((i) => i.json.orderId)).toEqual(expected.map((o) => o.orderId));
		const calls = dataCalls();
		expect(calls.length).toBeGreaterThanOrEqual(2);
		for (const c of calls) {
			expect(c.query).toMatchObject({
				'filter.customerIdList': busyCustomer,
				status: 'COMPLETED',
				sortBy: 'updateTime',
				sortOrder: 'ASC',
			});
		}
	});

	test('a filtered list over >= 3 pages returns each match exactly once', async () => {
		const expected = allOrders().filter((o) => o.customerId === busyCustomer);
		expect(expected.length).toBeGreaterThan(2 * PAGE);
		const r = await runNode({
			parameters: { resource: 'order', operation: 'getAll', returnAll: true, filters: { customerIds: busyCustomer } },
			store,
		});
		expect(r.error).toBeUndefined();
		const ids = r.items.map((i) => i.json.orderId);
		expect(ids).toHaveLength(expected.length);
		expect(new Set(ids)).toEqual(new Set(expected.map((o) => o.orderId)));
		const calls = dataCalls();
		expect(calls.length).toBeGreaterThanOrEqual(3);
		for (const c of calls) expect(c.query['filter.customerIdList']).toBe(busyCustomer);
	});

	test('account, provider and sub-account filters are sent under their spec names', async () => {
		const r = await runNode({
			parameters: {
				resource: 'order',
				operation: 'getAll',
				returnAll: true,
				filters: { accountIds: `${ion.accountId}`, providerNames: 'microsoft', excludeSubAccounts: true },
			},
			store,
		});
		expect(r.error).toBeUndefined();
		expect(dataCalls()[0].query).toMatchObject({
			'filter.accountIdList': ion.accountId,
			'filter.providerNameList': 'microsoft',
			'filter.excludeSubAccounts': 'true',
		});
		for (const item of r.items) {
			expect((item.json.orderItems as Array<{ providerName: string }>).some((i) => i.providerName === 'MICROSOFT')).toBe(true);
		}
	});

	test('Limit below the page size: one request with pageSize = limit', async () => {
		const r = await runNode({ parameters: { resource: 'order', operation: 'getAll', returnAll: false, limit: 2 }, store });
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(2);
		const calls = dataCalls();
		expect(calls).toHaveLength(1);
		expect(calls[0].query.pageSize).toBe('2');
	});

	test('Limit above the page size stops as soon as it is reached', async () => {
		const r = await runNode({ parameters: { resource: 'order', operation: 'getAll', returnAll: false, limit: PAGE + 1 }, store });
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(PAGE + 1);
		expect(new Set(r.items.map((i) => i.json.orderId)).size).toBe(PAGE + 1);
		expect(dataCalls().map((c) => c.query.pageSize)).toEqual([String(PAGE + 1), '1']);
	});

	test('a non-numeric id in Customer IDs is refused before any request', async () => {
		const r = await runNode({
			parameters: { resource: 'order', operation: 'getAll', returnAll: true, filters: { customerIds: '10001, abc' } },
			store,
		});
		expect(r.error?.message).toMatch(/Customer IDs must be a number, got abc/);
		expect(dataCalls()).toHaveLength(0);
	});
});

describe('Order > Get Many for Customer', () => {
	test('lists one customer over >= 3 pages with the status filter on every page', async () => {
		const expected = allOrders().filter((o) => o.customerId === busyCustomer && o.status === 'NEW');
		const r = await runNode({
			parameters: {
				resource: 'order',
				operation: 'getAllForCustomer',
				customerId: rl(busyCustomer),
				returnAll: true,
				filters: { status: 'NEW' },
			},
			store,
		});
		expect(r.error).toBeUndefined();
		expect(new Set(r.items.map((i) => i.json.orderId))).toEqual(new Set(expected.map((o) => o.orderId)));
		expect(r.items).toHaveLength(expected.length);
		const all = await runNode({
			parameters: { resource: 'order', operation: 'getAllForCustomer', customerId: rl(busyCustomer), returnAll: true },
			store,
		});
		expect(all.items).toHaveLength(allOrders().filter((o) => o.customerId === busyCustomer).length);
		const calls = dataCalls();
		expect(calls.length).toBeGreaterThanOrEqual(3 + 1);
		for (const c of calls) expect(c.path).toBe(`${account()}/customers/${busyCustomer}/orders`);
		const filtered = calls.filter((c) => c.query.status === 'NEW');
		expect(filtered.length).toBeGreaterThanOrEqual(1);
	});

	test('"-" lists the orders of every customer', async () => {
		const r = await runNode({
			parameters: { resource: 'order', operation: 'getAllForCustomer', customerId: rl('-'), returnAll: true },
			store,
		});
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(allOrders().length);
		for (const c of dataCalls()) expect(c.path).toBe(`${account()}/customers/-/orders`);
	});

	test('a non-numeric customer from an expression is refused before any request', async () => {
		const r = await runNode({
			parameters: { resource: 'order', operation: 'getAllForCustomer', customerId: rl('={{ $json.c }}'), returnAll: true },
			items: [{ json: { c: '10001/../x' } }],
			store,
		});
		expect(r.error?.message).toMatch(/Customer must be a number/);
		expect(dataCalls()).toHaveLength(0);
	});
});

describe('Order > Get', () => {
	test('GET .../customers/{customerId}/orders/{orderId}; "-" works too; one paired item per input', async () => {
		const [a, b] = allOrders();
		const r = await runNode({
			parameters: { resource: 'order', operation: 'get', customerId: rl('={{ $json.c }}'), orderId: '={{ $json.o }}' },
			items: [{ json: { c: a.customerId, o: a.orderId } }, { json: { c: '-', o: b.orderId } }],
			store,
		});
		expect(r.error).toBeUndefined();
		expect(r.items.map((i) => [i.json.orderId, i.pairedItem])).toEqual([
			[a.orderId, { item: 0 }],
			[b.orderId, { item: 1 }],
		]);
		expect(dataCalls().map((c) => `${c.method} ${c.path} ${c.status}`).sort()).toEqual(
			[
				`GET ${account()}/customers/${a.customerId}/orders/${a.orderId} 200`,
				`GET ${account()}/customers/-/orders/${b.orderId} 200`,
			].sort(),
		);
	});

	test('404 maps to a NodeApiError; Continue On Fail gives a paired error item', async () => {
		const params = { resource: 'order', operation: 'get', customerId: rl('-'), orderId: '123' };
		const failed = await runNode({ parameters: params, store });
		expect(failed.error?.name).toBe('NodeApiError');
		expect(failed.error?.message).toMatch(/not found/i);
		const r = await runNode({ parameters: params, store, continueOnFail: true });
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(1);
		expect(r.items[0].json.error).toMatch(/not found/i);
		expect(r.items[0].pairedItem).toEqual({ item: 0 });
	});

	test('a non-numeric order id is refused before any request', async () => {
		const r = await runNode({
			parameters: { resource: 'order', operation: 'get', customerId: rl('-'), orderId: 'ORD-1' },
			store,
		});
		expect(r.error?.message).toMatch(/Order ID must be a number, got ORD-1/);
		expect(dataCalls()).toHaveLength(0);
	});
});

describe('Order > Create or Update', () => {
	test('UI fields: CREATE item with attributes, PO and references; body is the spec OrderRequest; returns the order', async () => {
		const { product, skuId, planId } = microsoftProduct();
		const customerId = busyCustomer;
		const subsBefore = ion.store.subscriptions.size;
		const r = await runNode({
			parameters: {
				resource: 'order',
				operation: 'createOrUpdate',
				customerId: rl(customerId),
				inputMode: 'fields',
				orderItems: {
					item: [
						{
							action: 'CREATE',
							productId: product.id,
							skuId,
							planId,
							quantity: 5,
							attributes: { attribute: [{ name: 'domainName', value: 'contoso' }] },
							options: { endCustomerPO: 'EC-1', resellerPO: 'RS-1', referenceId: 'line-1' },
						},
					],
				},
				additionalFields: { referenceId: 'PSA-42', displayName: 'Contoso onboarding' },
			},
			store,
		});
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(1);
		expect(r.items[0].pairedItem).toEqual({ item: 0 });
		const order = r.items[0].json as unknown as Order;
		expect(order).toMatchObject({ customerId, referenceId: 'PSA-42', displayName: 'Contoso onboarding' });
		expect(ion.store.orders.get(order.orderId)).toBeDefined();
		expect(ion.store.subscriptions.size).toBe(subsBefore + 1);
		// before the order: the product (its provider) and that provider's CREATE template, read once
		const calls = dataCalls();
		expect(calls.map((c) => c.route)).toEqual([
			'GET /api/v3/accounts/{accountId}/products/{productId}',
			'GET /api/v3/accounts/{accountId}/provisionTemplates',
			'POST /api/v3/accounts/{accountId}/customers/{customerId}/orders',
		]);
		expect(calls[2]).toMatchObject({ method: 'POST', path: `${account()}/customers/${customerId}/orders`, status: 200 });
		expect(calls[2].body).toEqual({
			referenceId: 'PSA-42',
			displayName: 'Contoso onboarding',
			orderItems: [
				{
					action: 'CREATE',
					referenceId: 'line-1',
					productId: product.id,
					skuId,
					planId,
					quantity: 5,
					endCustomerPO: 'EC-1',
					resellerPO: 'RS-1',
					attributes: [{ name: 'domainName', value: 'contoso' }],
				},
			],
		});
	});

	test('UI fields: UPDATE item changes the subscription quantity', async () => {
		const { sub } = updatableSubscription();
		const newQty = Number(sub.subscriptionTotalLicenses) + 3;
		const r = await runNode({
			parameters: {
				resource: 'order',
				operation: 'createOrUpdate',
				customerId: rl(sub.customerId),
				orderItems: {
					item: [
						{
							action: 'UPDATE',
							resourceId: sub.subscriptionId,
							productId: sub.ccpProductId,
							skuId: sub.ccpSkuId,
							planId: sub.ccpPlanId,
							quantity: newQty,
						},
					],
				},
			},
			store,
		});
		expect(r.error).toBeUndefined();
		expect(ion.store.subscriptions.get(sub.id)?.subscriptionTotalLicenses).toBe(String(newQty));
		expect(dataCalls().find((c) => c.method === 'POST')?.body).toEqual({
			orderItems: [
				{
					action: 'UPDATE',
					resourceId: sub.subscriptionId,
					productId: sub.ccpProductId,
					skuId: sub.ccpSkuId,
					planId: sub.ccpPlanId,
					quantity: newQty,
					attributes: [],
				},
			],
		});
	});

	test('JSON mode sends the checked body; Reference ID from the UI overrides the JSON', async () => {
		const { sub } = updatableSubscription();
		const json = {
			referenceId: 'from-json',
			orderItems: [
				{
					action: 'update',
					resourceId: sub.subscriptionId,
					productId: sub.ccpProductId,
					skuId: sub.ccpSkuId,
					planId: sub.ccpPlanId,
					quantity: '4',
					attributes: [],
				},
			],
		};
		const r = await runNode({
			parameters: {
				resource: 'order',
				operation: 'createOrUpdate',
				customerId: rl(sub.customerId),
				inputMode: 'json',
				orderJson: JSON.stringify(json),
				additionalFields: { referenceId: 'from-ui' },
			},
			store,
		});
		expect(r.error).toBeUndefined();
		expect(r.items[0].json.referenceId).toBe('from-ui');
		expect(ion.store.subscriptions.get(sub.id)?.subscriptionTotalLicenses).toBe('4');
		expect(dataCalls().find((c) => c.method === 'POST')?.body).toEqual({
			referenceId: 'from-ui',
			orderItems: [
				{
					action: 'UPDATE',
					resourceId: sub.subscriptionId,
					productId: sub.ccpProductId,
					skuId: sub.ccpSkuId,
					planId: sub.ccpPlanId,
					quantity: 4,
					attributes: [],
				},
			],
		});
	});

	const item = { action: 'CREATE', productId: 'P', skuId: 'S', planId: 'L', quantity: 1 };
	test.each([
		// a literal empty Resource ID is flagged by n8n itself (required when Action is Update); an expression is not
		['an UPDATE item without a resource id', { orderItems: { item: [{ ...item, action: 'UPDATE', resourceId: '={{ "" }}' }] } }, /Order item 1: Resource ID is required for an UPDATE item/],
		['a quantity below zero', { orderItems: { item: [{ ...item, quantity: -1 }] } }, /Order item 1: Quantity cannot be below zero/],
		['a fractional quantity', { orderItems: { item: [{ ...item, quantity: 1.5 }] } }, /Order item 1: Quantity must be a whole number/],
		['a missing product id', { orderItems: { item: [{ ...item, productId: ' ' }] } }, /Order item 1: Product is required/],
		['an attribute without a name', { orderItems: { item: [{ ...item, attributes: { attribute: [{ name: '', value: 'x' }] } }] } }, /attribute 1: Name is required/],
		['an add-on without a plan', { orderItems: { item: [{ ...item, options: { addOns: { addOn: [{ addOnId: 'A', quantity: 1 }] } } }] } }, /add-on 1: Plan is required/],
		['no items at all', { orderItems: {} }, /Order Items: add at least one item/],
		['invalid JSON', { inputMode: 'json', orderJson: '{"orderItems": [' }, /Order \(JSON\) is not valid JSON/],
		['JSON without orderItems', { inputMode: 'json', orderJson: '{"displayName": "x"}' }, /Order \(JSON\) needs a non-empty "orderItems" list/],
		['a JSON UPDATE item without resourceId', { inputMode: 'json', orderJson: JSON.stringify({ orderItems: [{ ...item, action: 'UPDATE' }] }) }, /Resource ID is required for an UPDATE item/],
		['a bad JSON action', { inputMode: 'json', orderJson: JSON.stringify({ orderItems: [{ ...item, action: 'DELETE' }] }) }, /Action must be CREATE or UPDATE/],
	])('refuses %s before any request', async (_name, extra, message) => {
		const r = await runNode({
			parameters: { resource: 'order', operation: 'createOrUpdate', customerId: rl(busyCustomer), ...extra },
			store,
		});
		// RoutingNode wraps errors thrown in preSend into a NodeApiError; the message is ours
		expect(r.error?.message).toMatch(message);
		expect(dataCalls()).toHaveLength(0);
	});

	test('a non-numeric customer from an expression is refused before any request', async () => {
		const r = await runNode({
			parameters: {
				resource: 'order',
				operation: 'createOrUpdate',
				customerId: rl('={{ $json.c }}'),
				orderItems: { item: [item] },
			},
			items: [{ json: { c: 'acme' } }],
			store,
		});
		expect(r.error?.message).toMatch(/Customer must be a number, got acme/);
		expect(dataCalls()).toHaveLength(0);
	});

	test("Ion's 400 names the problem; Continue On Fail keeps going with a paired error item", async () => {
		const { product, skuId, planId } = microsoftProduct();
		const parameters = {
			resource: 'order',
			operation: 'createOrUpdate',
			customerId: rl(busyCustomer),
			// a plan the SKU does not have: the node cannot know, Ion refuses it
			orderItems: {
				item: [
					{
						action: 'CREATE',
						productId: product.id,
						skuId,
						planId: `${planId}-NONE`,
						quantity: 1,
						attributes: { attribute: [{ name: 'domainName', value: 'contoso' }] },
					},
				],
			},
		};
		const failed = await runNode({ parameters, store });
		expect(failed.error?.name).toBe('NodeApiError');
		expect(failed.error?.message).toMatch(/invalid/i);
		expect((failed.error as { description?: string }).description).toMatch(/plan .* does not exist/);
		const r = await runNode({ parameters, store, continueOnFail: true, items: [{ json: {} }, { json: {} }] });
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(2);
		r.items.forEach((it, i) => {
			expect(it.json.error).toMatch(/invalid/i);
			expect(it.pairedItem).toEqual({ item: i });
		});
	});

	test('Continue On Fail with a bad and a good item: the bad one is refused unsent, the good one is ordered', async () => {
		const { sub } = updatableSubscription();
		const qty = Number(sub.subscriptionTotalLicenses) + 4;
		const r = await runNode({
			parameters: {
				resource: 'order',
				operation: 'createOrUpdate',
				customerId: rl(sub.customerId),
				orderItems: {
					item: [
						{
							action: 'UPDATE',
							resourceId: sub.subscriptionId,
							productId: sub.ccpProductId,
							skuId: sub.ccpSkuId,
							planId: sub.ccpPlanId,
							quantity: '={{ $json.qty }}',
						},
					],
				},
			},
			items: [{ json: { qty: -2 } }, { json: { qty } }],
			store,
			continueOnFail: true,
		});
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(2);
		expect(r.items[0].json.error).toMatch(/Quantity cannot be below zero/);
		expect(r.items[0].pairedItem).toEqual({ item: 0 });
		expect(r.items[1].json.orderId).toEqual(expect.any(String));
		expect(r.items[1].pairedItem).toEqual({ item: 1 });
		const posts = dataCalls().filter((c) => c.method === 'POST');
		expect(posts).toHaveLength(1);
		expect((posts[0].body as { orderItems: Array<{ quantity: number }> }).orderItems[0].quantity).toBe(qty);
		expect(ion.store.subscriptions.get(sub.id)?.subscriptionTotalLicenses).toBe(String(qty));
	});

	test('a 5xx on the order POST is never retried: one POST, outcome reported as unknown', async () => {
		const { sub } = updatableSubscription();
		const before = sub.subscriptionTotalLicenses;
		ion.setFaults([{ kind: '5xx', method: 'POST', path: '/orders' }]);
		const r = await runNode({
			parameters: {
				resource: 'order',
				operation: 'createOrUpdate',
				customerId: rl(sub.customerId),
				orderItems: {
					item: [
						{
							action: 'UPDATE',
							resourceId: sub.subscriptionId,
							productId: sub.ccpProductId,
							skuId: sub.ccpSkuId,
							planId: sub.ccpPlanId,
							quantity: Number(before) + 1,
						},
					],
				},
				retrySettings: { baseDelayMs: 1 },
			},
			store,
		});
		expect(r.error?.message).toMatch(/outcome of the order is unknown/);
		expect(dataCalls().filter((c) => c.method === 'POST')).toHaveLength(1);
	});

	test('a 429 on the order POST is waited out and resent (Ion did not process it)', async () => {
		const { sub } = updatableSubscription();
		const qty = Number(sub.subscriptionTotalLicenses) + 2;
		ion.setFaults([{ kind: '429', method: 'POST', path: '/orders', count: 1, retryAfter: 0 }]);
		const r = await runNode({
			parameters: {
				resource: 'order',
				operation: 'createOrUpdate',
				customerId: rl(sub.customerId),
				orderItems: {
					item: [
						{
							action: 'UPDATE',
							resourceId: sub.subscriptionId,
							productId: sub.ccpProductId,
							skuId: sub.ccpSkuId,
							planId: sub.ccpPlanId,
							quantity: qty,
						},
					],
				},
			},
			store,
		});
		expect(r.error).toBeUndefined();
		expect(dataCalls().map((c) => c.status)).toEqual([429, 200]);
		expect(ion.store.subscriptions.get(sub.id)?.subscriptionTotalLicenses).toBe(String(qty));
	});
});

describe('Order > Cancel', () => {
	async function placeOrder(): Promise<Order> {
		const { sub } = updatableSubscription();
		const r = await runNode({
			parameters: {
				resource: 'order',
				operation: 'createOrUpdate',
				customerId: rl(sub.customerId),
				orderItems: {
					item: [
						{
							action: 'UPDATE',
							resourceId: sub.subscriptionId,
							productId: sub.ccpProductId,
							skuId: sub.ccpSkuId,
							planId: sub.ccpPlanId,
							quantity: Number(sub.subscriptionTotalLicenses) + 1,
						},
					],
				},
			},
			store,
		});
		expect(r.error).toBeUndefined();
		ion.reset();
		return r.items[0].json as unknown as Order;
	}

	test('POST .../orders/{orderId}:cancel cancels the order and returns it', async () => {
		const order = await placeOrder();
		const r = await runNode({
			parameters: { resource: 'order', operation: 'cancel', customerId: rl(order.customerId), orderId: order.orderId },
			store,
		});
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(1);
		expect(r.items[0].json).toMatchObject({ orderId: order.orderId, status: 'CANCELED' });
		expect(r.items[0].pairedItem).toEqual({ item: 0 });
		expect(ion.store.orders.get(order.orderId)?.status).toBe('CANCELED');
		const calls = dataCalls();
		expect(calls).toHaveLength(1);
		expect(calls[0]).toMatchObject({
			method: 'POST',
			path: `${account()}/customers/${order.customerId}/orders/${order.orderId}:cancel`,
			status: 200,
		});
	});

	test('cancelling twice: Ion 400 becomes a NodeApiError with its message', async () => {
		const order = await placeOrder();
		const params = { resource: 'order', operation: 'cancel', customerId: rl(order.customerId), orderId: order.orderId };
		expect((await runNode({ parameters: params, store })).error).toBeUndefined();
		const again = await runNode({ parameters: params, store });
		expect(again.error?.name).toBe('NodeApiError');
		expect(again.error?.message).toMatch(/already CANCELED/);
	});

	test('a 5xx on cancel is not retried', async () => {
		const order = await placeOrder();
		ion.setFaults([{ kind: '5xx', method: 'POST', path: ':cancel' }]);
		const r = await runNode({
			parameters: {
				resource: 'order',
				operation: 'cancel',
				customerId: rl(order.customerId),
				orderId: order.orderId,
				retrySettings: { baseDelayMs: 1 },
			},
			store,
		});
		expect(r.error?.message).toMatch(/outcome of the cancellation is unknown/);
		expect(dataCalls()).toHaveLength(1);
	});

	test('"-" is refused as the customer of a cancellation, before any request', async () => {
		const r = await runNode({
			parameters: { resource: 'order', operation: 'cancel', customerId: rl('={{ $json.c }}'), orderId: '1' },
			items: [{ json: { c: '-' } }],
			store,
		});
		expect(r.error?.message).toMatch(/Customer must be a number/);
		expect(dataCalls()).toHaveLength(0);
	});
});
