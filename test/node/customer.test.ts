// Customer resource: requests as the spec says, outputs, pagination, validation, error mapping.
import { dataRequests, rl, setup } from './helpers';
import type { Ctx } from './helpers';

const LIST = 'GET /api/v3/accounts/{accountId}/customers';
const ONE = 'GET /api/v3/accounts/{accountId}/customers/{customerId}';

let t: Ctx;
afterEach(async () => {
	await t?.ion.close();
});

function customerIds(): string[] {
	return [...t.ion.store.customers.keys()];
}

describe('Customer > Get Many', () => {
	test('Return All follows nextPageToken over >= 3 pages, filters on every page, each record once', async () => {
		t = await setup({ seed: { customers: 23, subscriptions: 0, products: 0, orders: 0 }, maxPageSize: 4 });
		const active = [...t.ion.store.customers.values()].filter((c) => c.customerStatus === 'ACTIVE');
		expect(active.length).toBeGreaterThan(8); // at least 3 pages of 4
		const r = await t.run({
			resource: 'customer',
			operation: 'getAll',
			returnAll: true,
			filters: { customerStatus: 'ACTIVE' },
		});
		expect(r.error).toBeUndefined();
		const pages = dataRequests(t.ion, LIST);
		expect(pages.length).toBe(Math.ceil(active.length / 4));
		expect(pages.length).toBeGreaterThanOrEqual(3);
		for (const [i, p] of pages.entries()) {
			expect(p.query['filter.customerStatus']).toBe('ACTIVE');
			expect(p.query.pageSize).toBe('100');
			if (i === 0) expect(p.query.pageToken).toBeUndefined();
			else expect(p.query.pageToken).toBeTruthy();
		}
		// no page token used twice
		const tokens = pages.map((p) => p.query.pageToken).filter(Boolean);
		expect(new Set(tokens).size).toBe(tokens.length);
		const names = r.items.map((i) => i.json.name);
		expect(names.length).toBe(active.length);
		expect(new Set(names).size).toBe(active.length);
		expect(r.items.every((i) => i.json.customerStatus === 'ACTIVE')).toBe(true);
		// one item per record, paired with the input item, with a convenience customerId
		for (const item of r.items) {
			expect(Array.isArray(item.json)).toBe(false);
			expect(item.pairedItem).toEqual({ item: 0 });
			expect(String(item.json.name).endsWith(`/customers/${String(item.json.customerId)}`)).toBe(true);
		}
	});

	test('every filter is sent with the spec names on every page', async () => {
		t = await setup({ seed: { customers: 23, subscriptions: 0, products: 0, orders: 0 }, maxPageSize: 2 });
		const c = [...t.ion.store.customers.values()][3];
		const r = await t.run({
			resource: 'customer',
			operation: 'getAll',
			returnAll: true,
			filters: {
				customerEmail: c.customerEmail,
				customerName: c.customerName,
				languageCode: c.languageCode,
				customerStatus: c.customerStatus,
			},
		});
		expect(r.error).toBeUndefined();
		expect(r.items.map((i) => i.json.customerEmail)).toEqual([c.customerEmail]);
		const [req] = dataRequests(t.ion, LIST);
		expect(req.query).toEqual({
			'filter.customerEmail': c.customerEmail,
			'filter.customerName': c.customerName,
			'filter.languageCode': c.languageCode,
			'filter.customerStatus': c.customerStatus,
			pageSize: '100',
		});
	});

	test('Limit asks only for what is missing and stops without fetching another page', async () => {
		t = await setup({ seed: { customers: 23, subscriptions: 0, products: 0, orders: 0 }, maxPageSize: 5 });
		const r = await t.run({ resource: 'customer', operation: 'getAll', returnAll: false, limit: 7 });
		expect(r.error).toBeUndefined();
		expect(r.items.length).toBe(7);
		const pages = dataRequests(t.ion, LIST);
		expect(pages.map((p) => p.query.pageSize)).toEqual(['7', '2']);
		expect(r.items.map((i) => i.json.name)).toEqual(
			customerIds()
				.slice(0, 7)
				.map((id) => `accounts/${t.ion.accountId}/customers/${id}`),
		);
	});

	test('Limit equal to one page: exactly one request even when Ion offers a next page', async () => {
		t = await setup({ seed: { customers: 23, subscriptions: 0, products: 0, orders: 0 }, maxPageSize: 5 });
		const r = await t.run({ resource: 'customer', operation: 'getAll', returnAll: false, limit: 5 });
		expect(r.items.length).toBe(5);
		expect(dataRequests(t.ion, LIST).length).toBe(1);
	});

	test('default (Return All off, Limit 50) sends pageSize 50, which List Customers requires', async () => {
		t = await setup();
		const r = await t.run({ resource: 'customer', operation: 'getAll' });
		expect(r.error).toBeUndefined();
		expect(r.items.length).toBe(t.ion.store.customers.size);
		expect(dataRequests(t.ion, LIST)[0].query.pageSize).toBe('50');
	});

	test('an empty result gives no items and no error', async () => {
		t = await setup();
		const r = await t.run({
			resource: 'customer',
			operation: 'getAll',
			returnAll: true,
			filters: { customerEmail: 'nobody@nowhere.example' },
		});
		expect(r.error).toBeUndefined();
		expect(r.items).toEqual([]);
	});
});

describe('Customer > Get', () => {
	test('GET .../customers/{id}; output is the customer with customerId, paired', async () => {
		t = await setup();
		const id = customerIds()[2];
		const r = await t.run({ resource: 'customer', operation: 'get', customerId: rl(id) });
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(1);
		expect(r.items[0].json.customerId).toBe(id);
		expect(r.items[0].json.customerOrganization).toBe(t.ion.store.customers.get(id)?.customerOrganization);
		expect(r.items[0].pairedItem).toEqual({ item: 0 });
		const reqs = dataRequests(t.ion);
		expect(reqs.map((e) => `${e.method} ${e.path}`)).toEqual([
			`GET /api/v3/accounts/${t.ion.accountId}/customers/${id}`,
		]);
	});

	test('From List mode works the same (value is the id)', async () => {
		t = await setup();
		const id = customerIds()[0];
		const r = await t.run({ resource: 'customer', operation: 'get', customerId: rl(id, 'list') });
		expect(r.items[0].json.customerId).toBe(id);
	});

	test('one request per input item, each output paired with its input', async () => {
		t = await setup();
		const ids = customerIds().slice(0, 3);
		const r = await t.run(
			{ resource: 'customer', operation: 'get', customerId: rl('={{ $json.id }}') },
			{ items: ids.map((id) => ({ json: { id } })) },
		);
		expect(r.error).toBeUndefined();
		expect(r.items.map((i) => [i.json.customerId, i.pairedItem])).toEqual(
			ids.map((id, i) => [id, { item: i }]),
		);
		expect(dataRequests(t.ion, ONE)).toHaveLength(3);
	});

	test('404 becomes a NodeApiError that says to check the ID, with Ion code and request ID', async () => {
		t = await setup();
		const r = await t.run({ resource: 'customer', operation: 'get', customerId: rl('999999') });
		expect(r.error).toBeDefined();
		expect(r.error?.message).toMatch(/not find|not found/i);
		expect(r.error?.message).toMatch(/check the ID/i);
		expect(String((r.error as { httpCode?: string }).httpCode)).toBe('404');
		expect(r.error?.description).toMatch(/NOT_FOUND/);
		expect(r.error?.description).toMatch(/request ID: \S+/);
		expect(dataRequests(t.ion)).toHaveLength(1); // a 404 is not retried
	});

	test.each([
		['letters', 'abc'],
		['path traversal', '../../customers'],
		['a slash', '12/34'],
		['a query', '12?x=1'],
		['a fragment', '12#x'],
		['negative', '-5'],
		['empty', ''],
	])('a customer ID with %s is refused before any request', async (_label, value) => {
		t = await setup();
		const r = await t.run(
			{ resource: 'customer', operation: 'get', customerId: rl('={{ $json.id }}') },
			{ items: [{ json: { id: value } }] },
		);
		expect(r.error).toBeDefined();
		expect(r.error?.message).toMatch(/Customer/);
		expect(dataRequests(t.ion)).toHaveLength(0);
	});

	test('Continue On Fail: one error item per failed input item, paired; good items still returned', async () => {
		t = await setup();
		const good = customerIds()[1];
		const r = await t.run(
			{ resource: 'customer', operation: 'get', customerId: rl('={{ $json.id }}') },
			{
				continueOnFail: true,
				items: [{ json: { id: good } }, { json: { id: '999999' } }, { json: { id: 'x/y' } }],
			},
		);
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(3);
		expect(r.items[0].json.customerId).toBe(good);
		expect(r.items[0].pairedItem).toEqual({ item: 0 });
		expect(r.items[1].json.error).toMatch(/check the ID/i);
		expect(r.items[1].pairedItem).toEqual({ item: 1 });
		expect(r.items[2].json.error).toMatch(/Customer must be a number/);
		expect(r.items[2].pairedItem).toEqual({ item: 2 });
		// the invalid ID never reached Ion
		expect(dataRequests(t.ion, ONE)).toHaveLength(2);
	});
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

describe('Customer > Get Cloud Profiles', () => {
	test('GET .../customers/{id}/cloudProfiles with providerId and enabledOnly', async () => {
		t = await setup();
		const id = customerIds()[0];
		const r = await t.run({
			resource: 'customer',
			operation: 'getCloudProfiles',
			customerId: rl(id),
			options: { providerId: '2', enabledOnly: false },
		});
		expect(r.error).toBeUndefined();
		const [req] = dataRequests(t.ion);
		expect(req.path).toBe(`/api/v3/accounts/${t.ion.accountId}/customers/${id}/cloudProfiles`);
		expect(req.query).toEqual({ providerId: '2', enabledOnly: 'false' });
		expect(r.items).toHaveLength(1);
		expect(r.items[0].pairedItem).toEqual({ item: 0 });
	});

	test('a non-numeric provider ID is refused before any request', async () => {
		t = await setup();
		const r = await t.run({
			resource: 'customer',
			operation: 'getCloudProfiles',
			customerId: rl(customerIds()[0]),
			options: { providerId: 'azure' },
		});
		expect(r.error?.message).toMatch(/Provider ID must be a number/);
		expect(dataRequests(t.ion)).toHaveLength(0);
	});
});
