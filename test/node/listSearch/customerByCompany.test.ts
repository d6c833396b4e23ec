// The customer picker finds a customer by company name, contact name, e-mail or ID. Ion filters only
// by contact name and e-mail (filter.customerName is the primary contact, per the spec, and the
// emulator matches only that), so the company comes from the picker's customer index
// (nodes/StreamOneIon/listSearch/customerIndex.ts). Run in n8n-core's real LoadOptionsContext.
import type { INodeListSearchResult } from 'n8n-workflow';

import {
	clearCustomerIndexes,
	growCustomerIndex,
	INDEX_PAGES_PER_SEARCH,
	INDEX_TTL_MS,
} from '../../../nodes/StreamOneIon/listSearch/customerIndex';
import { searchCustomers } from '../../../nodes/StreamOneIon/listSearch/searchCustomers';
import { editorContext } from '../editorContext';
import { CredentialStore } from '../../harness';
import { dataRequests, setup, startProxy, type Ctx } from '../helpers';

let t: Ctx;
afterEach(async () => {
	clearCustomerIndexes();
	await t?.ion.close();
});

const search = async (text: string): Promise<INodeListSearchResult> =>
	await searchCustomers.call(
		editorContext(t.store, { resource: 'customer', operation: 'get' }),
		text,
	);

const idOf = (name: string) => name.split('/').pop() as string;
const listRoute = 'GET /api/v3/accounts/{accountId}/customers';

describe('customer picker search', () => {
	test('finds a customer by company name, which Ion cannot filter by', async () => {
		t = await setup();
		const target = [...t.ion.store.customers.values()].find(
			(c) => !c.customerName.toLowerCase().includes(c.customerOrganization.toLowerCase()),
		);
		expect(target).toBeDefined();
		const company = target!.customerOrganization;
		// Ion's own filter does not find it (the contact name is something else)
		const viaIon = await fetch(
			`${t.ion.url}/api/v3/accounts/${t.ion.accountId}/customers?pageSize=50&filter.customerName=${encodeURIComponent(company)}`,
			{ headers: { authorization: `Bearer ${t.ion.issueTokens().accessToken}` } },
		);
		expect(((await viaIon.json()) as { customers?: unknown[] }).customers ?? []).toHaveLength(0);
		t.ion.reset();

		const found = await search(company.slice(2, -2).toUpperCase());
		expect(found.results.map((r) => r.value)).toContain(idOf(target!.name));
		expect(found.results.find((r) => r.value === idOf(target!.name))?.name).toBe(
			`${company} (${target!.customerName}) · ${idOf(target!.name)}`,
		);
	});

	test('finds by contact name, by part of an e-mail, and by ID', async () => {
		t = await setup();
		const c = [...t.ion.store.customers.values()][3];
		const id = idOf(c.name);
		for (const text of [c.customerName, c.customerEmail.split('@')[0], id]) {
			expect((await search(text)).results.map((r) => r.value)).toContain(id);
		}
	});

	test('cost: the list is read once, at most 20 pages per search; then one request per search', async () => {
		t = await setup({ seed: { customers: 2500, subscriptions: 0, products: 0, orders: 0 } });
		const customers = [...t.ion.store.customers.values()];
		const last = customers[customers.length - 1];
		const pages = () => dataRequests(t.ion, listRoute).filter((e) => e.query.pageSize === '100');

		// first search: Ion's contact filter + 20 pages of 100 (2,000 customers), the last one not yet
		let found = await search(last.customerOrganization);
		expect(pages()).toHaveLength(INDEX_PAGES_PER_SEARCH);
		expect(dataRequests(t.ion)).toHaveLength(1 + INDEX_PAGES_PER_SEARCH);
		expect(found.results.map((r) => r.value)).not.toContain(idOf(last.name));

		// the next search reads the remaining 5 pages and finds it
		t.ion.reset();
		found = await search(last.customerOrganization);
		expect(pages()).toHaveLength(5);
		expect(found.results.map((r) => r.value)).toContain(idOf(last.name));

		// from now on: only Ion's contact filter, nothing read again
		t.ion.reset();
		found = await search(customers[10].customerOrganization);
		expect(found.results.map((r) => r.value)).toContain(idOf(customers[10].name));
		expect(dataRequests(t.ion)).toHaveLength(1);
		expect(dataRequests(t.ion)[0].query['filter.customerName']).toBe(
			customers[10].customerOrganization,
		);
	});

	test('the index is read again after its lifetime', async () => {
		t = await setup({ seed: { customers: 30, subscriptions: 0, products: 0, orders: 0 } });
		const ctx = editorContext(t.store, {});
		const start = Date.now();
		expect((await growCustomerIndex(ctx, start)).customers).toHaveLength(30);
		t.ion.reset();
		await growCustomerIndex(ctx, start + INDEX_TTL_MS);
		expect(dataRequests(t.ion)).toHaveLength(0);
		await growCustomerIndex(ctx, start + INDEX_TTL_MS + 1);
		expect(dataRequests(t.ion)).toHaveLength(1);
	});

	test('a failed page leaves the index as it was; the next search carries on from there', async () => {
		t = await setup({ seed: { customers: 250, subscriptions: 0, products: 0, orders: 0 } });
		let failPages = true;
		const proxy = await startProxy(t.ion.url, (req) =>
			failPages && String(req.url).includes('pageToken') ? 'fail' : 'pass',
		);
		try {
			const store = new CredentialStore({
				accountId: t.ion.accountId,
				refreshToken: t.ion.issueRefreshToken(),
				baseUrl: proxy.url,
			});
			// no retries, so the failure shows at once
			const ctx = editorContext(store, { requestOptions: { retryEnabled: false } });
			const first = await growCustomerIndex(ctx);
			expect(first.complete).toBe(false);
			expect(first.customers).toHaveLength(100);
			expect(first.error?.message).toMatch(/unavailable|503/i);
			failPages = false;
			const second = await growCustomerIndex(ctx);
			expect(second.complete).toBe(true);
			expect(new Set(second.customers.map((c) => c.id)).size).toBe(250);
			expect(second.customers).toHaveLength(250);
		} finally {
			await proxy.close();
		}
	});
});
