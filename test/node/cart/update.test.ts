// Cart > Update through n8n-core against the emulator: read, change the fields set, write back.
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

describe('Cart > Update', () => {
	test('changes only the fields set and sends every other field back as Ion had it', async () => {
		const customerId = firstCustomer(t.ion);
		const { cartId } = await seedCart(t.ion, customerId, [], {
			status: 'OPEN',
			cartDisplayName: 'Before',
			currencyCode: 'GBP',
			payment: { paymentType: 'CREDIT_CARD', creditCardName: 'Visa 4242' },
		});
		const r = await t.run({
			resource: 'cart',
			operation: 'update',
			customerId: rl(customerId),
			cartId,
			updateFields: { cartDisplayName: 'After', status: 'SAVED_FOR_LATER' },
		});
		expect(r.error).toBeUndefined();
		expect(r.items[0].json).toMatchObject({
			cartId,
			cartDisplayName: 'After',
			status: 'SAVED_FOR_LATER',
		});
		const requests = dataRequests(t.ion);
		expect(requests.map((e) => `${e.method} ${e.path}`)).toEqual([
			`GET /api/v3/customers/${customerId}/carts/${cartId}`,
			`PUT /api/v3/customers/${customerId}/carts/${cartId}`,
		]);
		expect(requests[1].body).toEqual({
			cartDisplayName: 'After',
			userName: 'integration@reseller.example.com',
			payment: { paymentType: 'CREDIT_CARD', creditCardName: 'Visa 4242' },
			status: 'SAVED_FOR_LATER',
			currencyCode: 'GBP',
		});
		expect(t.ion.store.carts.get(cartId)).toMatchObject({
			displayName: 'After',
			currencyCode: 'GBP',
		});
	});

	test('nothing to update, or a bad currency, is refused before any request', async () => {
		const base = {
			resource: 'cart',
			operation: 'update',
			customerId: rl(firstCustomer(t.ion)),
			cartId: '3001',
		};
		const empty = await t.run({ ...base, updateFields: { cartDisplayName: '  ' } });
		expect(empty.error?.message).toBe('Update Fields is empty: add at least one field to change');
		expect(dataRequests(t.ion)).toHaveLength(0);
	});

	test('a bad currency code is refused before the PUT', async () => {
		const customerId = firstCustomer(t.ion);
		const { cartId } = await seedCart(t.ion, customerId, []);
		const r = await t.run({
			resource: 'cart',
			operation: 'update',
			customerId: rl(customerId),
			cartId,
			updateFields: { currencyCode: 'US' },
		});
		expect(r.error?.message).toBe(
			'Currency Code must be a three-letter currency code such as USD, got "US"',
		);
		expect(dataRequests(t.ion).filter((e) => e.method === 'PUT')).toHaveLength(0);
	});
});
