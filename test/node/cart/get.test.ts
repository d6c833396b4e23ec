// Cart > Get through n8n-core against the emulator.
import { dataRequests, rl, setup, type Ctx } from '../helpers';
import { firstCustomer, seedCart } from './fixtures';

let t: Ctx;
beforeAll(async () => {
	t = await setup();
});
afterAll(async () => {
	await t.ion.close();
});
beforeEach(() => t.ion.reset());

describe('Cart > Get', () => {
	test('gets one cart with its number of items, with a leading cartId', async () => {
		const customerId = firstCustomer(t.ion);
		const { cartId } = await seedCart(t.ion, customerId);
		const r = await t.run({
			resource: 'cart',
			operation: 'get',
			customerId: rl(customerId),
			cartId: ` ${cartId} `,
		});
		expect(r.error).toBeUndefined();
		expect(r.items[0].json).toMatchObject({
			cartId,
			name: `customers/${customerId}/carts/${cartId}`,
			cartDisplayName: 'Seeded',
			status: 'OPEN',
			totalItems: 1,
		});
		expect(dataRequests(t.ion).map((e) => `${e.method} ${e.path}`)).toEqual([
			`GET /api/v3/customers/${customerId}/carts/${cartId}`,
		]);
	});

	test('a cart of another customer is "not found" and says to check the ID', async () => {
		const [first, second] = [...t.ion.store.customers.keys()];
		const { cartId } = await seedCart(t.ion, first);
		const r = await t.run({ resource: 'cart', operation: 'get', customerId: rl(second), cartId });
		expect(r.error?.message).toMatch(/did not find the resource/);
		expect(r.error?.message).toContain(`customers/${second}/carts/${cartId}`);
	});

	test('a Cart ID that could change the path is refused before any request', async () => {
		const r = await t.run({
			resource: 'cart',
			operation: 'get',
			customerId: rl(firstCustomer(t.ion)),
			cartId: '../1',
		});
		expect(r.error?.message).toMatch(/^Cart ID contains characters that are not allowed/);
		expect(dataRequests(t.ion)).toHaveLength(0);
	});
});
