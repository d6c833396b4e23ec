// searchCustomers (the customer picker): Ion's page token is handed through, the search text goes
// to Ion's filter, an ID typed in the search is looked up directly.
import { searchCustomers } from '../../../nodes/StreamOneIon/listSearch/searchCustomers';
import { dataRequests, loadOptionsContext, setup } from '../helpers';
import type { Ctx } from '../helpers';

let t: Ctx;
afterEach(async () => {
	await t?.ion.close();
});

describe('searchCustomers', () => {
	test('pages with Ion page tokens until the end, every customer once', async () => {
		t = await setup({ seed: { customers: 120, subscriptions: 0, products: 0, orders: 0 } });
		const ctx = loadOptionsContext(t.ion);
		const seen: string[] = [];
		let token: string | undefined;
		let pages = 0;
		do {
			const page = await searchCustomers.call(ctx, '', token);
			seen.push(...page.results.map((r) => String(r.value)));
			token = page.paginationToken as string | undefined;
			pages++;
		} while (token);
		expect(pages).toBe(3); // 50 + 50 + 20
		expect(seen.sort()).toEqual([...t.ion.store.customers.keys()].sort());
		const reqs = dataRequests(t.ion);
		expect(reqs.map((r) => r.query.pageSize)).toEqual(['50', '50', '50']);
		expect(reqs[0].query.pageToken).toBeUndefined();
		expect(reqs[1].query.pageToken).toBeTruthy();
	});

	test('search text goes to filter.customerName; the label shows organisation, contact and ID', async () => {
		t = await setup();
		const c = [...t.ion.store.customers.values()][2];
		const id = [...t.ion.store.customers.keys()][2];
		const page = await searchCustomers.call(loadOptionsContext(t.ion), c.customerName);
		expect(dataRequests(t.ion)[0].query['filter.customerName']).toBe(c.customerName);
		const hit = page.results.find((r) => r.value === id);
		expect(hit?.name).toContain(c.customerOrganization);
		expect(hit?.name).toContain(id);
	});

	test('an e-mail goes to filter.customerEmail', async () => {
		t = await setup();
		const c = [...t.ion.store.customers.values()][1];
		const page = await searchCustomers.call(loadOptionsContext(t.ion), c.customerEmail);
		expect(dataRequests(t.ion)[0].query['filter.customerEmail']).toBe(c.customerEmail);
		expect(page.results).toHaveLength(1);
	});

	test('digits are looked up as a customer ID', async () => {
		t = await setup();
		const id = [...t.ion.store.customers.keys()][5];
		const page = await searchCustomers.call(loadOptionsContext(t.ion), id);
		expect(page.results.map((r) => r.value)).toEqual([id]);
		expect(dataRequests(t.ion).map((r) => r.path)).toEqual([`/api/v3/accounts/${t.ion.accountId}/customers/${id}`]);
		const none = await searchCustomers.call(loadOptionsContext(t.ion), '99999999');
		expect(none.results).toEqual([]);
	});
});
