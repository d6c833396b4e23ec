// Cart Item > Update through n8n-core against the emulator: read, change, write back.
import { dataRequests, rl, setup, type Ctx } from '../helpers';
import { AWS_PLAN, firstCustomer, seedCart } from '../cart/fixtures';

let t: Ctx;
beforeAll(async () => {
	t = await setup();
});
afterAll(async () => {
	await t.ion.close();
});
beforeEach(() => t.ion.reset());

describe('Cart Item > Update', () => {
	test('changes the quantity and keeps the plan and payment as Ion had them', async () => {
		const customerId = firstCustomer(t.ion);
		const { cartId, itemIds } = await seedCart(t.ion, customerId, [AWS_PLAN]);
		const r = await t.run({
			resource: 'cartItem',
			operation: 'update',
			customerId: rl(customerId),
			cartId,
			cartItemId: itemIds[0],
			updateFields: { quantity: 7 },
		});
		expect(r.error).toBeUndefined();
		expect(r.items[0].json).toMatchObject({
			cartItemId: itemIds[0],
			cartId,
			quantity: 7,
			planName: AWS_PLAN,
		});
		const requests = dataRequests(t.ion);
		expect(requests.map((e) => e.method)).toEqual(['GET', 'PUT']);
		expect(requests[1].body).toEqual({
			planName: AWS_PLAN,
			quantity: 7,
			payment: { paymentType: 'OFFLINE' },
		});
		expect(t.ion.store.carts.get(cartId)?.cartItems[0].quantity).toBe(7);
	});

	test('refused before any request: nothing to update; refused before the PUT: quantity 0', async () => {
		const customerId = firstCustomer(t.ion);
		const { cartId, itemIds } = await seedCart(t.ion, customerId, [AWS_PLAN]);
		const base = {
			resource: 'cartItem',
			operation: 'update',
			customerId: rl(customerId),
			cartId,
			cartItemId: itemIds[0],
		};
		const empty = await t.run({ ...base, updateFields: {} });
		expect(empty.error?.message).toBe('Update Fields is empty: add at least one field to change');
		expect(dataRequests(t.ion)).toHaveLength(0);
		const zero = await t.run({ ...base, updateFields: { quantity: '={{ 0 }}' } });
		expect(zero.error?.message).toBe('Quantity must be at least 1, got 0');
		expect(dataRequests(t.ion).filter((e) => e.method === 'PUT')).toHaveLength(0);
	});
});
