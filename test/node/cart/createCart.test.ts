// Cart > Create through n8n-core against the emulator.
import { dataRequests, rl, setup, type Ctx } from '../helpers';
import { firstCustomer } from './fixtures';

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

const ROUTE = 'POST /api/v3/customers/{customerId}/carts';

describe('Cart > Create', () => {
	test('creates the cart under /api/v3/customers/{id}/carts and outputs it with a leading cartId', async () => {
		const customerId = firstCustomer(t.ion);
		const r = await t.run({
			resource: 'cart',
			operation: 'createCart',
			customerId: rl(` ${customerId} `),
			cartDisplayName: ' Onboarding Harbor Vet ',
			status: 'QUOTE',
			additionalFields: {
				currencyCode: 'eur',
				paymentType: 'OFFLINE',
				userName: 'ops@msp.example',
			},
		});
		expect(r.error).toBeUndefined();
		const cart = r.items[0].json;
		expect(Object.keys(cart)[0]).toBe('cartId');
		expect(cart).toMatchObject({
			cartDisplayName: 'Onboarding Harbor Vet',
			status: 'QUOTE',
			currencyCode: 'EUR',
			totalItems: 0,
		});
		expect(t.ion.store.carts.get(String(cart.cartId))?.customerId).toBe(customerId);
		const [request] = dataRequests(t.ion, ROUTE);
		expect(request.path).toBe(`/api/v3/customers/${customerId}/carts`);
		expect(request.body).toEqual({
			cartDisplayName: 'Onboarding Harbor Vet',
			userName: 'ops@msp.example',
			payment: { paymentType: 'OFFLINE' },
			status: 'QUOTE',
			currencyCode: 'EUR',
		});
		expect(r.items[0].pairedItem).toEqual({ item: 0 });
	});

	test('only the status is required: a cart with nothing else set', async () => {
		const r = await t.run({
			resource: 'cart',
			operation: 'createCart',
			customerId: rl(firstCustomer(t.ion)),
		});
		expect(r.error).toBeUndefined();
		expect(dataRequests(t.ion, ROUTE)[0].body).toEqual({ status: 'OPEN' });
	});

	test('a bad currency code or customer is refused before any request', async () => {
		const bad = await t.run({
			resource: 'cart',
			operation: 'createCart',
			customerId: rl(firstCustomer(t.ion)),
			additionalFields: { currencyCode: 'dollars' },
		});
		expect(bad.error?.message).toBe(
			'Currency Code must be a three-letter currency code such as USD, got "dollars"',
		);
		const dash = await t.run({ resource: 'cart', operation: 'createCart', customerId: rl('-') });
		expect(dash.error?.message).toMatch(/^Customer must be a number, got -/);
		expect(dataRequests(t.ion)).toHaveLength(0);
	});

	test('a 5xx is not resent (a second cart would be created): the hint says where to look', async () => {
		t.ion.setFaults([{ kind: '5xx', method: 'POST', path: '/carts' }]);
		const r = await t.run({
			resource: 'cart',
			operation: 'createCart',
			customerId: rl(firstCustomer(t.ion)),
			requestOptions: { retryBaseDelayMs: 1 },
		});
		expect(r.error?.message).toMatch(/outcome of the cart creation is unknown/);
		expect(r.error?.description).toMatch(/Cart > Get Many/);
		expect(dataRequests(t.ion, ROUTE)).toHaveLength(1);
	});
});
