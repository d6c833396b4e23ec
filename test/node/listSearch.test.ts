// Resource-locator searches: Ion's page token is handed through, the search text goes to
// Ion's filter, an ID typed in the customer search is looked up directly.
import type { IDataObject, IHttpRequestOptions, ILoadOptionsFunctions } from 'n8n-workflow';

import { searchCustomers } from '../../nodes/StreamOneIon/listSearch/searchCustomers';
import { searchProducts } from '../../nodes/StreamOneIon/listSearch/searchProducts';
import { dataRequests, setup } from './helpers';
import type { Ctx } from './helpers';

let t: Ctx;
afterEach(async () => {
	await t?.ion.close();
});

/** A minimal ILoadOptionsFunctions: the credential and an authenticated request helper. */
function loadOptionsContext(): ILoadOptionsFunctions {
	const { accessToken } = t.ion.issueTokens();
	const credentials = { accountId: t.ion.accountId, baseUrl: t.ion.url };
	const httpRequestWithAuthentication = async (_type: string, options: IHttpRequestOptions) => {
		const url = new URL(`${options.baseURL ?? ''}${options.url}`);
		for (const [k, v] of Object.entries((options.qs ?? {}) as IDataObject)) url.searchParams.set(k, String(v));
		const res = await fetch(url, {
			method: options.method,
			headers: { Authorization: `Bearer ${accessToken}`, Accept: 'application/json' },
		});
		const body = (await res.json()) as IDataObject;
		const headers: IDataObject = {};
		res.headers.forEach((value, key) => {
			headers[key] = value;
		});
		return { statusCode: res.status, body, headers };
	};
	return {
		getCredentials: async () => credentials,
		getNode: () => ({ id: 'n', name: 'Ion', type: 'CUSTOM.streamOneIon', typeVersion: 1, position: [0, 0], parameters: {} }),
		getCurrentNodeParameter: () => undefined,
		helpers: { httpRequestWithAuthentication },
	} as unknown as ILoadOptionsFunctions;
}

describe('searchCustomers', () => {
	test('pages with Ion page tokens until the end, every customer once', async () => {
		t = await setup({ seed: { customers: 120, subscriptions: 0, products: 0, orders: 0 } });
		const ctx = loadOptionsContext();
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
		const page = await searchCustomers.call(loadOptionsContext(), c.customerName);
		expect(dataRequests(t.ion)[0].query['filter.customerName']).toBe(c.customerName);
		const hit = page.results.find((r) => r.value === id);
		expect(hit?.name).toContain(c.customerOrganization);
		expect(hit?.name).toContain(id);
	});

	test('an e-mail goes to filter.customerEmail', async () => {
		t = await setup();
		const c = [...t.ion.store.customers.values()][1];
		const page = await searchCustomers.call(loadOptionsContext(), c.customerEmail);
		expect(dataRequests(t.ion)[0].query['filter.customerEmail']).toBe(c.customerEmail);
		expect(page.results).toHaveLength(1);
	});

	test('digits are looked up as a customer ID', async () => {
		t = await setup();
		const id = [...t.ion.store.customers.keys()][5];
		const page = await searchCustomers.call(loadOptionsContext(), id);
		expect(page.results.map((r) => r.value)).toEqual([id]);
		expect(dataRequests(t.ion).map((r) => r.path)).toEqual([`/api/v3/accounts/${t.ion.accountId}/customers/${id}`]);
		const none = await searchCustomers.call(loadOptionsContext(), '99999999');
		expect(none.results).toEqual([]);
	});
});

describe('searchProducts', () => {
	test('search text goes to filter.name, page token handed through', async () => {
		t = await setup({ seed: { customers: 1, subscriptions: 0, products: 80, orders: 0 } });
		const ctx = loadOptionsContext();
		const first = await searchProducts.call(ctx, '');
		expect(first.results).toHaveLength(50);
		expect(first.paginationToken).toBeTruthy();
		const second = await searchProducts.call(ctx, '', first.paginationToken as string);
		expect(second.results).toHaveLength(30);
		expect(second.paginationToken).toBeUndefined();
		const all = [...first.results, ...second.results].map((r) => r.value);
		expect(new Set(all).size).toBe(80);

		t.ion.reset();
		const p = [...(t.ion.store.products.values() as Iterable<{ id: string; marketing: { displayName: string } }>)][0];
		const found = await searchProducts.call(ctx, p.marketing.displayName);
		expect(dataRequests(t.ion)[0].query['filter.name']).toBe(p.marketing.displayName);
		expect(found.results.map((r) => r.value)).toContain(p.id);
		expect(found.results.find((r) => r.value === p.id)?.name).toContain(p.marketing.displayName);
	});
});
