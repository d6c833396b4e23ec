// Cart Item > Get Many through n8n-core against the emulator: Ion answers the whole list at once.
import { dataRequests, rl, setup, type Ctx } from '../helpers';
import { AWS_PLAN, SOPHOS_PLAN, firstCustomer, seedCart } from '../cart/fixtures';

let t: Ctx;
let customerId: string;
let cartId: string;
let itemIds: string[];
beforeAll(async () => {
	t = await setup();
	customerId = firstCustomer(t.ion);
	({ cartId, itemIds } = await seedCart(t.ion, customerId, [AWS_PLAN, SOPHOS_PLAN, AWS_PLAN]));
});
afterAll(async () => {
	await t.ion.close();
});
beforeEach(() => t.ion.reset());

const list = (extra: object) => ({
	resource: 'cartItem',
	operation: 'getCartItems',
	customerId: rl(customerId),
	cartId,
	...extra,
});

describe('Cart Item > Get Many', () => {
	test('Return All: one item per cart item, each with its cartItemId and cartId, in one request', async () => {
		const r = await t.run(list({ returnAll: true }));
		expect(r.error).toBeUndefined();
		expect(r.items.map((i) => [i.json.cartItemId, i.json.cartId, i.json.planName])).toEqual([
			[itemIds[0], cartId, AWS_PLAN],
			[itemIds[1], cartId, SOPHOS_PLAN],
			[itemIds[2], cartId, AWS_PLAN],
		]);
		expect(dataRequests(t.ion)).toHaveLength(1);
	});

	test('Limit cuts the list', async () => {
		const r = await t.run(list({ limit: 2 }));
		expect(r.items.map((i) => i.json.cartItemId)).toEqual(itemIds.slice(0, 2));
	});

	test('an empty cart gives no items, not an empty item', async () => {
		const empty = await seedCart(t.ion, customerId, []);
		const r = await t.run(list({ cartId: empty.cartId, returnAll: true }));
		expect(r.error).toBeUndefined();
		expect(r.items).toEqual([]);
	});
});
