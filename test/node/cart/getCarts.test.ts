// Cart > Get Many through n8n-core against the emulator: status filter, Return All over offset
// pages (Ion sends no total), Limit.
import { dataRequests, rl, setup, type Ctx } from '../helpers';
import { seedCart } from './fixtures';

const PAGE = 2;
let t: Ctx;
let customerId: string;
const openCarts: string[] = [];
beforeAll(async () => {
	t = await setup({ maxPageSize: PAGE });
	customerId = [...t.ion.store.customers.keys()][1];
	for (let i = 0; i < 5; i++) openCarts.push((await seedCart(t.ion, customerId, [])).cartId);
	await seedCart(t.ion, customerId, [], { status: 'QUOTE', cartDisplayName: 'A quote' });
});
afterAll(async () => {
	await t.ion.close();
});
beforeEach(() => t.ion.reset());

const ROUTE = 'GET /api/v3/customers/{customerId}/carts';

describe('Cart > Get Many', () => {
	test('Return All reads every offset page of the status asked for, one item per cart with its cartId', async () => {
		const r = await t.run({
			resource: 'cart',
			operation: 'getCarts',
			customerId: rl(customerId),
			status: 'OPEN',
			returnAll: true,
		});
		expect(r.error).toBeUndefined();
		expect(r.items.map((i) => i.json.cartId)).toEqual(openCarts);
		expect(r.items.every((i) => i.json.status === 'OPEN')).toBe(true);
		expect(
			r.items.every((i) => i.pairedItem && (i.pairedItem as { item: number }).item === 0),
		).toBe(true);
		const pages = dataRequests(t.ion, ROUTE);
		// 5 carts at 2 per page, then the empty page that ends a list without a total
		expect(pages.map((p) => p.query['pagination.offset'])).toEqual(['0', '2', '4', '5']);
		expect(pages.every((p) => p.query.status === 'OPEN')).toBe(true);
	});

	test('Limit stops early and asks only for what is still missing (Ion caps the page at 2 here)', async () => {
		const r = await t.run({
			resource: 'cart',
			operation: 'getCarts',
			customerId: rl(customerId),
			status: 'OPEN',
			limit: 3,
		});
		expect(r.items).toHaveLength(3);
		expect(dataRequests(t.ion, ROUTE).map((p) => p.query['pagination.limit'])).toEqual(['3', '1']);
	});

	test('status Any lists every cart; Quote only the quote', async () => {
		const any = await t.run({
			resource: 'cart',
			operation: 'getCarts',
			customerId: rl(customerId),
			status: 'CART_STATUS_UNSPECIFIED',
			returnAll: true,
		});
		expect(any.items).toHaveLength(openCarts.length + 1);
		const quotes = await t.run({
			resource: 'cart',
			operation: 'getCarts',
			customerId: rl(customerId),
			status: 'QUOTE',
			returnAll: true,
		});
		expect(quotes.items.map((i) => i.json.cartDisplayName)).toEqual(['A quote']);
	});

	test('a customer that is not a number is refused before any request', async () => {
		const r = await t.run(
			{
				resource: 'cart',
				operation: 'getCarts',
				customerId: rl('={{ $json.id }}'),
				status: 'OPEN',
			},
			{ items: [{ json: { id: 'acme' } }] },
		);
		expect(r.error?.message).toBe('Customer must be a number, got acme');
		expect(dataRequests(t.ion)).toHaveLength(0);
	});
});
