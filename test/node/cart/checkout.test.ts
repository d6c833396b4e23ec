// Cart > Checkout through n8n-core against the emulator: the order Ion places for the cart, the
// provisioning attributes per cart item, and the money rule (never resent after a 5xx or a drop).
import type { INodeParameters } from 'n8n-workflow';

import { dataRequests, fastRetry, rl, setup, type Ctx } from '../helpers';
import { AWS_PLAN, SOPHOS_PLAN, firstCustomer, seedCart } from './fixtures';

let t: Ctx;
beforeAll(async () => {
	t = await setup();
});
afterAll(async () => {
	await t.ion.close();
});
beforeEach(() => {
	t.ion.setFaults([]);
	t.ion.reset();
});

const CHECKOUT_ROUTE = 'POST /api/v3/customers/{customerId}/carts/{cartId}:checkout';
const checkouts = () => dataRequests(t.ion, CHECKOUT_ROUTE);

function checkout(
	customerId: string,
	cartId: string,
	attributes: Array<Record<string, string>> = [],
): INodeParameters {
	return {
		resource: 'cart',
		operation: 'checkout',
		customerId: rl(customerId),
		cartId,
		provisioningAttributes: { attribute: attributes },
		requestOptions: fastRetry,
	};
}

describe('Cart > Checkout', () => {
	test('places the order for the cart with the attributes of each item, and outputs it with its orderId', async () => {
		const customerId = firstCustomer(t.ion);
		const { cartId, itemIds } = await seedCart(t.ion, customerId, [SOPHOS_PLAN, AWS_PLAN]);
		const ordersBefore = t.ion.store.orders.size;
		const r = await t.run(
			checkout(customerId, cartId, [
				{ cartItemId: itemIds[0], name: 'dataGeography', value: 'US' },
			]),
		);
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(1);
		const order = r.items[0].json;
		expect(order.orderId).toMatch(/^\d+$/);
		expect(order.customerId).toBe(customerId);
		expect(order.cartId).toBe(Number(cartId));
		expect(r.items[0].pairedItem).toEqual({ item: 0 });
		// what Ion received: provisionData per cart item, the ID as a number
		expect(checkouts()).toHaveLength(1);
		expect(checkouts()[0].path).toBe(`/api/v3/customers/${customerId}/carts/${cartId}:checkout`);
		expect(checkouts()[0].body).toEqual({
			provisionData: [
				{ cartItemId: Number(itemIds[0]), attributes: [{ name: 'dataGeography', value: 'US' }] },
			],
		});
		// what Ion did: one order with both items, and the cart is checked out
		expect(t.ion.store.orders.size).toBe(ordersBefore + 1);
		const stored = t.ion.store.orders.get(String(order.orderId));
		expect(stored?.orderItems.map((i) => [i.productId, i.quantity])).toEqual([
			['SOPHOS-MDR-COMPLETE', 2],
			['AWS-EC', 2],
		]);
		expect(t.ion.store.carts.get(cartId)?.status).toBe('CHECKED_OUT');
	});

	test('a 5xx on the checkout is never resent and says the outcome is unknown and how to check', async () => {
		const customerId = firstCustomer(t.ion);
		const { cartId } = await seedCart(t.ion, customerId);
		t.ion.setFaults([{ kind: '5xx', method: 'POST', path: ':checkout', status: 503 }]);
		const r = await t.run(checkout(customerId, cartId));
		expect(r.error?.message).toMatch(/outcome of the checkout is unknown/);
		expect(r.error?.description).toMatch(/Cart > Get/);
		expect(r.error?.description).toMatch(/CHECKED_OUT/);
		expect(r.error?.description).toMatch(/Order > Get Many for Customer/);
		expect(checkouts()).toHaveLength(1);
		expect(t.ion.store.carts.get(cartId)?.status).toBe('OPEN');
	});

	test('a dropped connection on the checkout is never resent either', async () => {
		const customerId = firstCustomer(t.ion);
		const { cartId } = await seedCart(t.ion, customerId);
		t.ion.setFaults([{ kind: 'drop', method: 'POST', path: ':checkout' }]);
		const r = await t.run(checkout(customerId, cartId));
		expect(r.error?.message).toMatch(/outcome of the checkout is unknown/);
		expect(checkouts()).toHaveLength(1);
	});

	test('a 429 is waited out and resent: Ion did not process it', async () => {
		const customerId = firstCustomer(t.ion);
		const { cartId } = await seedCart(t.ion, customerId);
		t.ion.setFaults([{ kind: '429', method: 'POST', path: ':checkout', count: 1, retryAfter: 0 }]);
		const r = await t.run(checkout(customerId, cartId));
		expect(r.error).toBeUndefined();
		expect(checkouts().map((e) => e.status)).toEqual([429, 200]);
		expect(t.ion.store.carts.get(cartId)?.status).toBe('CHECKED_OUT');
	});

	test("Ion's refusal (a required provisioning attribute missing) names the attribute; nothing is bought", async () => {
		const customerId = firstCustomer(t.ion);
		const { cartId } = await seedCart(t.ion, customerId, [SOPHOS_PLAN]);
		const ordersBefore = t.ion.store.orders.size;
		const r = await t.run(checkout(customerId, cartId));
		expect(r.error?.message).toMatch(/rejected the request as invalid|Invalid provisioning data/i);
		expect(`${r.error?.message} ${r.error?.description}`).toMatch(/dataGeography/);
		expect(checkouts()).toHaveLength(1);
		expect(t.ion.store.orders.size).toBe(ordersBefore);
	});

	test('bad input is refused before any request, naming the field', async () => {
		const customerId = firstCustomer(t.ion);
		const badItem = await t.run(
			checkout(customerId, '3001', [{ cartItemId: 'abc', name: 'x', value: 'y' }]),
		);
		expect(badItem.error?.message).toBe(
			'Provisioning Attributes, row 1: Cart Item ID must be a number, got "abc"',
		);
		const noName = await t.run(
			checkout(customerId, '3001', [{ cartItemId: '1', name: ' ', value: 'y' }]),
		);
		expect(noName.error?.message).toBe('Provisioning Attributes, row 1: Name is required');
		const dash = await t.run(checkout('-', '3001'));
		expect(dash.error?.message).toMatch(/^Customer must be a number, got -/);
		const noCart = await t.run(checkout(customerId, ' '));
		expect(noCart.error?.message).toBe('Cart ID is required');
		expect(dataRequests(t.ion)).toHaveLength(0);
	});

	test('Continue On Fail: a bad item gives an error item paired with it, the other cart is checked out', async () => {
		const customerId = firstCustomer(t.ion);
		const { cartId } = await seedCart(t.ion, customerId);
		const r = await t.run(checkout(customerId, '={{ $json.cartId }}'), {
			items: [{ json: { cartId: 'a/b' } }, { json: { cartId } }],
			continueOnFail: true,
		});
		expect(r.items).toHaveLength(2);
		expect(r.items[0].json.error).toMatch(/Cart ID contains characters/);
		expect(r.items[0].pairedItem).toEqual({ item: 0 });
		expect(r.items[1].json.orderId).toMatch(/^\d+$/);
		expect(r.items[1].pairedItem).toEqual({ item: 1 });
		expect(checkouts()).toHaveLength(1);
	});
});
