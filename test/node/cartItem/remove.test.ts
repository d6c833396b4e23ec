// Cart Item > Remove through n8n-core against the emulator.
import { dataRequests, rl, setup, type Ctx } from '../helpers';
import { AWS_PLAN, SOPHOS_PLAN, firstCustomer, seedCart } from '../cart/fixtures';

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

describe('Cart Item > Remove', () => {
	test('removes the item (204) and outputs what it removed; the other item stays', async () => {
		const customerId = firstCustomer(t.ion);
		const { cartId, itemIds } = await seedCart(t.ion, customerId, [AWS_PLAN, SOPHOS_PLAN]);
		const r = await t.run({
			resource: 'cartItem',
			operation: 'remove',
			customerId: rl(customerId),
			cartId,
			cartItemId: itemIds[0],
		});
		expect(r.error).toBeUndefined();
		expect(r.items).toEqual([
			{
				json: { deleted: true, customerId, cartId, cartItemId: itemIds[0] },
				pairedItem: { item: 0 },
			},
		]);
		expect(t.ion.store.carts.get(cartId)?.cartItems.map((i) => i.id)).toEqual([itemIds[1]]);
		expect(dataRequests(t.ion).map((e) => `${e.method} ${e.status}`)).toEqual(['DELETE 204']);
	});

	test('a dropped connection is not resent; the hint says to check the items', async () => {
		const customerId = firstCustomer(t.ion);
		const { cartId, itemIds } = await seedCart(t.ion, customerId, [AWS_PLAN]);
		t.ion.setFaults([{ kind: 'drop', method: 'DELETE', path: '/cartItems/' }]);
		const r = await t.run({
			resource: 'cartItem',
			operation: 'remove',
			customerId: rl(customerId),
			cartId,
			cartItemId: itemIds[0],
			requestOptions: { retryBaseDelayMs: 1 },
		});
		expect(r.error?.message).toMatch(/outcome of the cart item removal is unknown/);
		expect(r.error?.description).toMatch(/Cart Item > Get Many/);
		expect(dataRequests(t.ion)).toHaveLength(1);
	});
});
