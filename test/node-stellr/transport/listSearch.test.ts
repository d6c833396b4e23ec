// The pickers: customers by keyword with Stellr's page numbers, a customer's subscriptions and
// the vendors filtered by the search text.
import type { IDataObject, IHttpRequestOptions, ILoadOptionsFunctions } from 'n8n-workflow';

import { searchCustomers } from '../../../nodes/StreamOneStellr/listSearch/searchCustomers';
import { searchSubscriptions } from '../../../nodes/StreamOneStellr/listSearch/searchSubscriptions';
import { searchVendors } from '../../../nodes/StreamOneStellr/listSearch/searchVendors';
import { stellrToken } from '../../stellr/helpers';
import { dataRequests, setup, type StellrCtx } from '../helpers';

let t: StellrCtx;
afterEach(async () => {
	await t?.stellr.close();
});

/** A minimal ILoadOptionsFunctions: the credential, the current customer and an authenticated request. */
async function loadOptionsContext(customerNo?: string): Promise<ILoadOptionsFunctions> {
	const token = await stellrToken(t.stellr);
	const httpRequestWithAuthentication = async (_type: string, options: IHttpRequestOptions) => {
		const url = new URL(`${options.baseURL ?? ''}${options.url}`);
		for (const [k, v] of Object.entries((options.qs ?? {}) as IDataObject))
			url.searchParams.set(k, String(v));
		const res = await fetch(url, {
			method: options.method,
			headers: { Authorization: `Bearer ${token}` },
		});
		return { statusCode: res.status, body: (await res.json()) as IDataObject, headers: {} };
	};
	return {
		getCredentials: async () => t.store.data,
		getNode: () => ({
			id: 'n',
			name: 'Stellr',
			type: 'CUSTOM.streamOneStellr',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		}),
		getCurrentNodeParameter: (name: string) => (name === 'customerNo' ? customerNo : undefined),
		helpers: { httpRequestWithAuthentication },
	} as unknown as ILoadOptionsFunctions;
}

describe('pickers', () => {
	test('customers: 50 per page by page number until the end, each customer once, labelled with e-mail and number', async () => {
		t = await setup({ seed: { customers: 120 } });
		const ctx = await loadOptionsContext();
		const seen: string[] = [];
		let token: string | undefined;
		do {
			const page = await searchCustomers.call(ctx, '', token);
			seen.push(...page.results.map((r) => String(r.value)));
			token = page.paginationToken as string | undefined;
		} while (token);
		expect(seen).toEqual([...t.stellr.store.customers.keys()]);
		expect(dataRequests(t.stellr).map((e) => `${e.query.pageNo}/${e.query.pageSize}`)).toEqual([
			'1/50',
			'2/50',
			'3/50',
		]);
		const first = [...t.stellr.store.customers.values()][0];
		const label = (await searchCustomers.call(ctx, first.email)).results[0].name;
		expect(label).toBe(`${first.customerName} (${first.email}) · ${first.customerNo}`);
		expect(dataRequests(t.stellr).at(-1)?.query.keyword).toBe(first.email);
	});

	test("subscriptions: the chosen customer's, filtered by the text; without a customer, a clear message", async () => {
		t = await setup();
		const customerNo = '7100007';
		const all = await searchSubscriptions.call(await loadOptionsContext(customerNo));
		expect(all.results.map((r) => r.value)).toEqual(
			t.stellr.store.subscriptionsOf(customerNo).map((s) => s.subscriptionId),
		);
		const copilot = await searchSubscriptions.call(await loadOptionsContext(customerNo), 'copilot');
		expect(copilot.results.map((r) => r.name)).toEqual([
			expect.stringMatching(/^Microsoft 365 Copilot \(ACTIVE, \d+ seats\) · \d+$/),
		]);
		await expect(searchSubscriptions.call(await loadOptionsContext(''))).rejects.toThrow(
			'Choose the Customer first',
		);
	});

	test('vendors: filtered by the text', async () => {
		t = await setup();
		const page = await searchVendors.call(await loadOptionsContext(), 'goo');
		expect(page.results).toEqual([{ name: 'Google', value: 'Google' }]);
	});
});
