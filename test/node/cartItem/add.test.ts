// Cart Item > Add through n8n-core against the emulator.
import { dataRequests, rl, setup, type Ctx } from '../helpers';
import { AWS_PLAN, firstCustomer, seedCart } from '../cart/fixtures';

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

const ROUTE = 'POST /api/v3/customers/{customerId}/carts/{cartId}/cartItems';

function add(customerId: string, cartId: string, extra: object = {}) {
	return {
		resource: 'cartItem',
		operation: 'add',
		customerId: rl(customerId),
		cartId,
		planName: ` ${AWS_PLAN} `,
		quantity: 3,
		...extra,
	};
}

describe('Cart Item > Add', () => {
	test('puts the plan into the cart and outputs the item with cartItemId and cartId', async () => {
		const customerId = firstCustomer(t.ion);
		const { cartId } = await seedCart(t.ion, customerId, []);
		const r = await t.run(
			add(customerId, cartId, {
				options: { paymentType: 'OFFLINE', addOnPlanId: 'ADDON-1', addOnDisplayName: 'Support' },
			}),
		);
		expect(r.error).toBeUndefined();
		const item = r.items[0].json;
		expect(item).toMatchObject({ cartId, planName: AWS_PLAN, quantity: 3, status: 'DRAFT' });
		expect(item.cartItemId).toMatch(/^\d+$/);
		expect(dataRequests(t.ion, ROUTE)[0].body).toEqual({
			planName: AWS_PLAN,
			quantity: 3,
			payment: { paymentType: 'OFFLINE' },
			addOns: { planId: 'ADDON-1', displayName: 'Support' },
		});
		expect(t.ion.store.carts.get(cartId)?.cartItems).toHaveLength(1);
	});

	test('refused before any request: no plan, quantity 0, an add-on without its display name', async () => {
		const customerId = firstCustomer(t.ion);
		const noPlan = await t.run(add(customerId, '3001', { planName: '={{ "" }}' }));
		expect(noPlan.error?.message).toBe('Plan is required');
		const zero = await t.run(add(customerId, '3001', { quantity: '={{ 0 }}' }));
		expect(zero.error?.message).toBe('Quantity must be at least 1, got 0');
		const half = await t.run(add(customerId, '3001', { quantity: '={{ 1.5 }}' }));
		expect(half.error?.message).toBe('Quantity must be a whole number, got "1.5"');
		const addOn = await t.run(add(customerId, '3001', { options: { addOnPlanId: 'X' } }));
		expect(addOn.error?.message).toBe('Add-On Display Name is required when an add-on is set');
		expect(dataRequests(t.ion)).toHaveLength(0);
	});

	test("an unknown plan is Ion's 400, naming planName", async () => {
		const customerId = firstCustomer(t.ion);
		const { cartId } = await seedCart(t.ion, customerId, []);
		const r = await t.run(add(customerId, cartId, { planName: 'NO-SUCH-PLAN' }));
		expect(r.error?.message).toMatch(/rejected the request as invalid: planName/);
	});

	test('a 5xx is not resent (a second add would put the item in twice); the hint says to check the items', async () => {
		const customerId = firstCustomer(t.ion);
		const { cartId } = await seedCart(t.ion, customerId, []);
		t.ion.setFaults([{ kind: '5xx', method: 'POST', path: '/cartItems' }]);
		const r = await t.run(add(customerId, cartId, { requestOptions: { retryBaseDelayMs: 1 } }));
		expect(r.error?.message).toMatch(/outcome of the cart item addition is unknown/);
		expect(r.error?.description).toMatch(/Cart Item > Get Many/);
		expect(dataRequests(t.ion, ROUTE)).toHaveLength(1);
	});
});
