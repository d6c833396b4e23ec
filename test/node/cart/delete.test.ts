// Cart > Delete through n8n-core against the emulator.
import { dataRequests, rl, setup, type Ctx } from '../helpers';
import { firstCustomer, seedCart } from './fixtures';

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

describe('Cart > Delete', () => {
	test('deletes the cart (204) and outputs what it deleted, one item per input item', async () => {
		const customerId = firstCustomer(t.ion);
		const a = await seedCart(t.ion, customerId);
		const b = await seedCart(t.ion, customerId);
		const r = await t.run(
			{
				resource: 'cart',
				operation: 'delete',
				customerId: rl(customerId),
				cartId: '={{ $json.id }}',
			},
			{ items: [{ json: { id: a.cartId } }, { json: { id: b.cartId } }] },
		);
		expect(r.error).toBeUndefined();
		expect(r.items.map((i) => [i.json, i.pairedItem])).toEqual([
			[{ deleted: true, customerId, cartId: a.cartId }, { item: 0 }],
			[{ deleted: true, customerId, cartId: b.cartId }, { item: 1 }],
		]);
		expect(t.ion.store.carts.has(a.cartId)).toBe(false);
		expect(t.ion.store.carts.has(b.cartId)).toBe(false);
		expect(dataRequests(t.ion).map((e) => `${e.method} ${e.status}`)).toEqual([
			'DELETE 204',
			'DELETE 204',
		]);
	});

	test('a 5xx is not resent; the hint says how to check', async () => {
		const customerId = firstCustomer(t.ion);
		const { cartId } = await seedCart(t.ion, customerId);
		t.ion.setFaults([{ kind: '5xx', method: 'DELETE', path: '/carts/' }]);
		const r = await t.run({
			resource: 'cart',
			operation: 'delete',
			customerId: rl(customerId),
			cartId,
			requestOptions: { retryBaseDelayMs: 1 },
		});
		expect(r.error?.message).toMatch(/outcome of the cart deletion is unknown/);
		expect(r.error?.description).toMatch(/Cart > Get/);
		expect(dataRequests(t.ion)).toHaveLength(1);
	});
});
