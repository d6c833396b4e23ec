// Customer > Get Many: token pages, filters on every page, Limit, the pageSize List Customers requires.
import { dataRequests, setup } from '../helpers';
import type { Ctx } from '../helpers';

const LIST = 'GET /api/v3/accounts/{accountId}/customers';

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
