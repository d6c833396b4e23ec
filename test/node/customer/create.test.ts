// Customer > Create: the CreateCustomerRequest body, checks before any request, Ion's 412.
import { dataRequests, setup } from '../helpers';
import type { Ctx } from '../helpers';

let t: Ctx;
afterEach(async () => {
	await t?.ion.close();
});

const NEW_CUSTOMER = {
	customerOrganization: 'Wayne Enterprises',
	customerName: 'Lucius Fox',
	customerEmail: 'lucius.fox@wayne.example.com',
	languageCode: 'en',
	street: '1007 Mountain Drive',
	city: 'Gotham',
	state: 'NJ',
	zip: '07001',
	country: 'US',
};

describe('Customer > Create', () => {
	test('POST .../customers with the CreateCustomerRequest body; output has user with generated password', async () => {
		t = await setup();
		const before = t.ion.store.customers.size;
		const r = await t.run({
			resource: 'customer',
			operation: 'create',
			...NEW_CUSTOMER,
			additionalFields: { customerTitle: 'CEO', customerPhone: '+1 555 0100', suite: 'Floor 2' },
		});
		expect(r.error).toBeUndefined();
		const [req] = dataRequests(t.ion);
		expect(req.method).toBe('POST');
		expect(req.path).toBe(`/api/v3/accounts/${t.ion.accountId}/customers`);
		expect(req.body).toEqual({
			customerOrganization: 'Wayne Enterprises',
			customerAddress: {
				street: '1007 Mountain Drive',
				suite: 'Floor 2',
				city: 'Gotham',
				state: 'NJ',
				zip: '07001',
				country: 'US',
			},
			customerName: 'Lucius Fox',
			customerEmail: 'lucius.fox@wayne.example.com',
			customerTitle: 'CEO',
			customerPhone: '+1 555 0100',
			languageCode: 'en',
		});
		expect(t.ion.store.customers.size).toBe(before + 1);
		const out = r.items[0].json as { customerId: string; user: { password: string } };
		expect(out.customerId).toMatch(/^\d+$/);
		expect(t.ion.store.customers.has(out.customerId)).toBe(true);
		expect(out.user.password).toBeTruthy();
	});

	test('optional fields left out are not sent', async () => {
		t = await setup();
		const r = await t.run({ resource: 'customer', operation: 'create', ...NEW_CUSTOMER });
		expect(r.error).toBeUndefined();
		const body = dataRequests(t.ion)[0].body as Record<string, unknown>;
		expect(Object.keys(body).sort()).toEqual(
			['customerAddress', 'customerEmail', 'customerName', 'customerOrganization', 'languageCode'].sort(),
		);
		expect(Object.keys(body.customerAddress as object).sort()).toEqual(['city', 'country', 'state', 'street', 'zip']);
	});

	test.each([
		['customerOrganization', 'Organization Name'],
		['customerEmail', 'Email'],
		['street', 'Street'],
		['country', 'Country'],
	])('missing %s is refused before any request, naming the field', async (key, label) => {
		t = await setup();
		const r = await t.run({ resource: 'customer', operation: 'create', ...NEW_CUSTOMER, [key]: '={{ "" }}' });
		expect(r.error?.message).toBe(`${label} is required`);
		expect(dataRequests(t.ion)).toHaveLength(0);
	});

	test('an invalid e-mail is refused before any request', async () => {
		t = await setup();
		const r = await t.run({ resource: 'customer', operation: 'create', ...NEW_CUSTOMER, customerEmail: 'not-an-email' });
		expect(r.error?.message).toMatch(/Email is not a valid e-mail/);
		expect(dataRequests(t.ion)).toHaveLength(0);
	});

	test("Ion's 412 (e-mail in use) names the field Ion named", async () => {
		t = await setup();
		const taken = [...t.ion.store.customers.values()][0].customerEmail;
		const r = await t.run({ resource: 'customer', operation: 'create', ...NEW_CUSTOMER, customerEmail: taken });
		expect(r.error?.message).toMatch(/already in use/);
		expect(r.error?.message).toMatch(/field: customerEmail/);
		expect(r.error?.description).toMatch(/FAILED_PRECONDITION/);
		expect(dataRequests(t.ion)).toHaveLength(1);
	});
});
