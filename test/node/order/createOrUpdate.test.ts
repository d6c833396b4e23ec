// Order > Create or Update: the OrderRequest body from the UI fields or JSON, checks before any
// request, Ion's 400, Continue On Fail, and the money rule (a 5xx is never resent, a 429 is).
import type { Order, Product } from '../../../emulator/types';
import { runNode } from '../../harness';
import { rl, seatUpdateOrder, updatableSubscription, useOrderEmulator } from '../helpers';

const t = useOrderEmulator();
const dataCalls = () => t.ion.log.filter((l) => l.path.startsWith('/api/'));
const account = () => `/api/v3/accounts/${t.ion.accountId}`;

/** A purchasable Microsoft product (CREATE needs the domainName attribute). */
function microsoftProduct(): { product: Product; skuId: string; planId: string } {
	for (const product of t.ion.store.products.values()) {
		if (product.disabled || product.cloudConsumption.cloudProvider !== 'MICROSOFT') continue;
		const sku = product.definition.skus[0];
		if (sku?.plans.length) return { product, skuId: sku.id, planId: sku.plans[0].id };
	}
	throw new Error('no Microsoft product in the seed');
}

describe('Order > Create or Update', () => {
	test('UI fields: CREATE item with attributes, PO and references; body is the spec OrderRequest; returns the order', async () => {
		const { product, skuId, planId } = microsoftProduct();
		const customerId = t.busyCustomer;
		const subsBefore = t.ion.store.subscriptions.size;
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
			store: t.store,
		});
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(1);
		expect(r.items[0].pairedItem).toEqual({ item: 0 });
		const order = r.items[0].json as unknown as Order;
		expect(order).toMatchObject({ customerId, referenceId: 'PSA-42', displayName: 'Contoso onboarding' });
		expect(t.ion.store.orders.get(order.orderId)).toBeDefined();
		expect(t.ion.store.subscriptions.size).toBe(subsBefore + 1);
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
		const { sub } = updatableSubscription(t.ion);
		const newQty = Number(sub.subscriptionTotalLicenses) + 3;
		const r = await runNode({
			parameters: seatUpdateOrder(sub, newQty),
			store: t.store,
		});
		expect(r.error).toBeUndefined();
		expect(t.ion.store.subscriptions.get(sub.id)?.subscriptionTotalLicenses).toBe(String(newQty));
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
		const { sub } = updatableSubscription(t.ion);
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
			store: t.store,
		});
		expect(r.error).toBeUndefined();
		expect(r.items[0].json.referenceId).toBe('from-ui');
		expect(t.ion.store.subscriptions.get(sub.id)?.subscriptionTotalLicenses).toBe('4');
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
			parameters: { resource: 'order', operation: 'createOrUpdate', customerId: rl(t.busyCustomer), ...extra },
			store: t.store,
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
			store: t.store,
		});
		expect(r.error?.message).toMatch(/Customer must be a number, got acme/);
		expect(dataCalls()).toHaveLength(0);
	});

	test("Ion's 400 names the problem; Continue On Fail keeps going with a paired error item", async () => {
		const { product, skuId, planId } = microsoftProduct();
		const parameters = {
			resource: 'order',
			operation: 'createOrUpdate',
			customerId: rl(t.busyCustomer),
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
		const failed = await runNode({ parameters, store: t.store });
		expect(failed.error?.name).toBe('NodeApiError');
		expect(failed.error?.message).toMatch(/invalid/i);
		expect((failed.error as { description?: string }).description).toMatch(/plan .* does not exist/);
		const r = await runNode({ parameters, store: t.store, continueOnFail: true, items: [{ json: {} }, { json: {} }] });
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(2);
		r.items.forEach((it, i) => {
			expect(it.json.error).toMatch(/invalid/i);
			expect(it.pairedItem).toEqual({ item: i });
		});
	});

	test('Continue On Fail with a bad and a good item: the bad one is refused unsent, the good one is ordered', async () => {
		const { sub } = updatableSubscription(t.ion);
		const qty = Number(sub.subscriptionTotalLicenses) + 4;
		const r = await runNode({
			parameters: seatUpdateOrder(sub, '={{ $json.qty }}'),
			items: [{ json: { qty: -2 } }, { json: { qty } }],
			store: t.store,
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
		expect(t.ion.store.subscriptions.get(sub.id)?.subscriptionTotalLicenses).toBe(String(qty));
	});

	test('a 5xx on the order POST is never retried: one POST, outcome reported as unknown', async () => {
		const { sub } = updatableSubscription(t.ion);
		const before = sub.subscriptionTotalLicenses;
		t.ion.setFaults([{ kind: '5xx', method: 'POST', path: '/orders' }]);
		const r = await runNode({
			parameters: { ...seatUpdateOrder(sub, Number(before) + 1), requestOptions: { retryBaseDelayMs: 1 } },
			store: t.store,
		});
		expect(r.error?.message).toMatch(/outcome of the order is unknown/);
		expect(dataCalls().filter((c) => c.method === 'POST')).toHaveLength(1);
	});

	test('a 429 on the order POST is waited out and resent (Ion did not process it)', async () => {
		const { sub } = updatableSubscription(t.ion);
		const qty = Number(sub.subscriptionTotalLicenses) + 2;
		t.ion.setFaults([{ kind: '429', method: 'POST', path: '/orders', count: 1, retryAfter: 0 }]);
		const r = await runNode({
			parameters: seatUpdateOrder(sub, qty),
			store: t.store,
		});
		expect(r.error).toBeUndefined();
		expect(dataCalls().map((c) => c.status)).toEqual([429, 200]);
		expect(t.ion.store.subscriptions.get(sub.id)?.subscriptionTotalLicenses).toBe(String(qty));
	});
});
