// Customer > Get: GET .../customers/{id}, per item, 404 mapping, checks before any request, Continue On Fail.
import { dataRequests, rl, setup } from '../helpers';
import type { Ctx } from '../helpers';

const ONE = 'GET /api/v3/accounts/{accountId}/customers/{customerId}';

let t: Ctx;
afterEach(async () => {
	await t?.ion.close();
});

function customerIds(): string[] {
	return [...t.ion.store.customers.keys()];
}

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
