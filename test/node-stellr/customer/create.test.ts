// Customer > Create: a JSON body, sent once; Stellr's 409 for a known e-mail names the field.
import {
	dataRequests,
	expectRefusedBeforeSending,
	fastRetry,
	setup,
	type StellrCtx,
} from '../helpers';

let t: StellrCtx;
afterEach(async () => {
	await t?.stellr.close();
});

const CREATE = 'POST /api/v1/cloud/customers';
const customer = {
	customerName: 'Northwind Traders',
	email: 'it@northwind-traders.com',
	phone: '+1 555 0100',
	contactFirstName: 'Ana',
	contactLastName: 'Trujillo',
	address: { line1: '1 Main St', city: 'Austin', state: 'TX', postalCode: '78701', country: 'US' },
};
const create = (body: unknown) => ({
	resource: 'customer',
	operation: 'create',
	body: JSON.stringify(body),
	retrySettings: fastRetry,
});

describe('Customer > Create', () => {
	test('creates the customer and outputs it with its new customer number', async () => {
		t = await setup();
		const r = await t.run(create(customer));
		expect(r.error).toBeUndefined();
		expect(dataRequests(t.stellr, CREATE)[0].body).toEqual(customer);
		expect(r.items[0].json).toMatchObject({ ...customer, status: 'ACTIVE' });
		expect(t.stellr.store.customers.get(r.items[0].json.customerNo as string)?.email).toBe(
			customer.email,
		);
	});

	test("an e-mail that is taken: 409 with Stellr's text and the field", async () => {
		t = await setup();
		const taken = [...t.stellr.store.customers.values()][0].email;
		const r = await t.run(create({ ...customer, email: taken }));
		expect(r.error?.message).toMatch(/a customer with e-mail .* already exists \(field: email\)$/);
		expect((r.error as { description?: string }).description).toMatch(
			/email: already used by another customer/,
		);
	});

	test('a body that is not an object is refused before sending', async () => {
		t = await setup();
		const r = await t.run({ ...create(null), body: '"Northwind"' });
		expectRefusedBeforeSending(t, r, /^Body \(JSON\) must be a JSON object/);
	});

	test('a dropped connection after Stellr created it: outcome unknown, look the customer up by e-mail', async () => {
		t = await setup();
		t.stellr.setFaults([{ kind: 'drop', when: 'after', path: '/cloud/customers', method: 'POST' }]);
		const before = t.stellr.store.customers.size;
		const r = await t.run(create(customer));
		expect(r.error?.message).toMatch(
			/^The outcome of the customer creation is unknown: StreamOne Stellr did not answer/,
		);
		expect((r.error as { description?: string }).description).toMatch(
			/Customer > Get Many, Keyword = the e-mail address/,
		);
		expect(dataRequests(t.stellr, CREATE)).toHaveLength(1);
		expect(t.stellr.store.customers.size).toBe(before + 1);
	});
});
