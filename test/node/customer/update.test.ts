// Customer > Update: GET, overlay the set fields, PUT the whole UpdateCustomerRequest.
import { dataRequests, rl, setup } from '../helpers';
import type { Ctx } from '../helpers';

let t: Ctx;
afterEach(async () => {
	await t?.ion.close();
});

function customerIds(): string[] {
	return [...t.ion.store.customers.keys()];
}

describe('Customer > Update', () => {
	test('reads the customer, then PUTs the full record with only the set fields changed', async () => {
		t = await setup();
		const id = customerIds()[4];
		const c = structuredClone(t.ion.store.customers.get(id));
		if (!c) throw new Error('seed');
		const r = await t.run({
			resource: 'customer',
			operation: 'update',
			customerId: rl(id),
			updateFields: { customerPhone: '+44 20 7946 0000', city: 'London' },
		});
		expect(r.error).toBeUndefined();
		const reqs = dataRequests(t.ion);
		expect(reqs.map((e) => `${e.method} ${e.path}`)).toEqual([
			`GET /api/v3/accounts/${t.ion.accountId}/customers/${id}`,
			`PUT /api/v3/accounts/${t.ion.accountId}/customers/${id}`,
		]);
		const body = reqs[1].body as Record<string, unknown>;
		expect(body.customerPhone).toBe('+44 20 7946 0000');
		expect(body.customerOrganization).toBe(c.customerOrganization);
		expect(body.customerEmail).toBe(c.customerEmail);
		expect(body.languageCode).toBe(c.languageCode);
		expect(body.customerAddress).toMatchObject({
			street: c.customerAddress.street,
			city: 'London',
			state: c.customerAddress.state,
			zip: c.customerAddress.zip,
			country: c.customerAddress.country,
		});
		// only request-body fields of UpdateCustomerRequest, no output-only ones
		for (const key of Object.keys(body)) {
			expect([
				'customerOrganization',
				'customerAddress',
				'customerName',
				'customerEmail',
				'customerTitle',
				'customerPhone',
				'languageCode',
			]).toContain(key);
		}
		expect(t.ion.store.customers.get(id)?.customerPhone).toBe('+44 20 7946 0000');
		expect(r.items[0].json.customerId).toBe(id);
	});

	test('no Update Fields: refused before any request', async () => {
		t = await setup();
		const r = await t.run({ resource: 'customer', operation: 'update', customerId: rl(customerIds()[0]), updateFields: {} });
		expect(r.error?.message).toMatch(/Update Fields is empty/);
		expect(dataRequests(t.ion)).toHaveLength(0);
	});

	test('a non-numeric customer ID: refused before any request', async () => {
		t = await setup();
		const r = await t.run({
			resource: 'customer',
			operation: 'update',
			customerId: rl('={{ "1;2" }}'),
			updateFields: { city: 'x' },
		});
		expect(r.error?.message).toMatch(/Customer must be a number/);
		expect(dataRequests(t.ion)).toHaveLength(0);
	});

	test('unknown customer: 404 from the read, no PUT', async () => {
		t = await setup();
		const r = await t.run({ resource: 'customer', operation: 'update', customerId: rl('424242'), updateFields: { city: 'x' } });
		expect(r.error?.message).toMatch(/check the ID/i);
		expect(dataRequests(t.ion).map((e) => e.method)).toEqual(['GET']);
	});
});
