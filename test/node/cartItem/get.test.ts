// Cart Item > Get through n8n-core against the emulator.
import { dataRequests, rl, setup, type Ctx } from '../helpers';
import { AWS_PLAN, SOPHOS_PLAN, firstCustomer, seedCart } from '../cart/fixtures';

let t: Ctx;
beforeAll(async () => {
	t = await setup();
});
afterAll(async () => {
	await t.ion.close();
});
beforeEach(() => t.ion.reset());

describe('Cart Item > Get', () => {
	test('gets one item of the cart with its IDs, plan and prices', async () => {
		const customerId = firstCustomer(t.ion);
		const { cartId, itemIds } = await seedCart(t.ion, customerId, [AWS_PLAN, SOPHOS_PLAN]);
		const r = await t.run({
			resource: 'cartItem',
			operation: 'get',
			customerId: rl(customerId),
			cartId,
			cartItemId: itemIds[1],
		});
		expect(r.error).toBeUndefined();
		expect(r.items[0].json).toMatchObject({
			cartItemId: itemIds[1],
			cartId,
			planName: SOPHOS_PLAN,
			quantity: 2,
			recurringPrice: { currency: 'USD', value: expect.any(Number) },
		});
		expect(dataRequests(t.ion).map((e) => e.path)).toEqual([
			`/api/v3/customers/${customerId}/carts/${cartId}/cartItems/${itemIds[1]}`,
		]);
	});

	test('an unknown item is "not found"; an empty Cart Item ID is refused before any request', async () => {
		const customerId = firstCustomer(t.ion);
		const { cartId } = await seedCart(t.ion, customerId, []);
		const base = { resource: 'cartItem', operation: 'get', customerId: rl(customerId), cartId };
		const missing = await t.run({ ...base, cartItemId: '999999' });
		expect(missing.error?.message).toMatch(/did not find the resource/);
		t.ion.reset();
		const empty = await t.run({ ...base, cartItemId: ' ' });
		expect(empty.error?.message).toBe('Cart Item ID is required');
		expect(dataRequests(t.ion)).toHaveLength(0);
	});
});
