import { startEmulator } from '../../emulator';
import type { Emulator } from '../../emulator';
import { acct, call, login } from './helpers';
import type { Loose } from './helpers';

describe('emulator pagination', () => {
	let ion: Emulator;
	let token: string;
	beforeAll(async () => {
		ion = await startEmulator({ port: 0, seed: { customers: 237, subscriptions: 451, products: 60, orders: 25 }, maxPageSize: 50 });
		token = await login(ion);
	});
	afterAll(async () => ion.close());

	async function pullAll(path: string, key: string, pageSize: number): Promise<{ items: Loose[]; pages: number; sizes: number[] }> {
		const items: Loose[] = [];
		const sizes: number[] = [];
		let pageToken = '';
		let pages = 0;
		do {
			const sep = path.includes('?') ? '&' : '?';
			const r = await call(ion, `${path}${sep}pageSize=${pageSize}${pageToken ? `&pageToken=${encodeURIComponent(pageToken)}` : ''}`, { token });
			expect(r.status).toBe(200);
			items.push(...r.body[key]);
			sizes.push(r.body[key].length);
			pageToken = r.body.nextPageToken ?? '';
			pages++;
		} while (pageToken && pages < 100);
		return { items, pages, sizes };
	}

	test('customers: every record exactly once over several pages, server cap applies', async () => {
		const { items, pages, sizes } = await pullAll(acct(ion, '/customers'), 'customers', 500);
		expect(pages).toBeGreaterThanOrEqual(3);
		expect(Math.max(...sizes)).toBe(50); // asked for 500, capped at maxPageSize
		const ids = items.map((c) => c.name);
		expect(new Set(ids).size).toBe(237);
		expect(ids.length).toBe(237);
		expect(ids).toEqual([...ion.store.customers.values()].map((c) => c.name));
	});

	test('customers: last page has no nextPageToken; token alone continues the listing', async () => {
		const first = await call(ion, acct(ion, '/customers?pageSize=100'), { token });
		expect(first.body.customers).toHaveLength(50);
		const second = await call(ion, acct(ion, `/customers?pageToken=${first.body.nextPageToken}`), { token });
		expect(second.status).toBe(200);
		expect(second.body.customers[0].name).toBe([...ion.store.customers.values()][50].name);
		const last = await call(ion, acct(ion, '/customers?pageSize=40&filter.customerName=zzz-no-match'), { token });
		expect(last.body.customers).toEqual([]);
		expect(last.body.nextPageToken).toBeUndefined();
	});

	test('customers: 400 when neither pageSize nor pageToken is sent', async () => {
		const r = await call(ion, acct(ion, '/customers'), { token });
		expect(r.status).toBe(400);
		expect(r.body.error).toBe('INVALID_REQUEST');
		expect(r.body.message).toBe('At least one of page_size and page_token must be present');
		expect(r.body.code).toBe(400);
	});

	test('customers: filters stay applied across pages and a token of another filter set is rejected', async () => {
		const active = [...ion.store.customers.values()].filter((c) => c.customerStatus === 'ACTIVE');
		expect(active.length).toBeGreaterThan(60);
		const { items, pages } = await pullAll(acct(ion, '/customers?filter.customerStatus=ACTIVE'), 'customers', 30);
		expect(pages).toBeGreaterThanOrEqual(3);
		expect(items.map((c) => c.name)).toEqual(active.map((c) => c.name));
		const p1 = await call(ion, acct(ion, '/customers?pageSize=10&filter.customerStatus=ACTIVE'), { token });
		const mixed = await call(ion, acct(ion, `/customers?pageToken=${p1.body.nextPageToken}&filter.customerStatus=INACTIVE`), { token });
		expect(mixed.status).toBe(400);
		expect(mixed.body.error).toBe('INVALID_ARGUMENT');
		const garbage = await call(ion, acct(ion, '/customers?pageToken=not-a-token'), { token });
		expect(garbage.status).toBe(400);
	});

	test('products and orders use the same token style', async () => {
		const products = await pullAll(acct(ion, '/products'), 'products', 20);
		expect(products.pages).toBe(3);
		expect(new Set(products.items.map((p) => p.id)).size).toBe(60);
		const orders = await pullAll(acct(ion, '/orders'), 'orders', 10);
		expect(orders.items).toHaveLength(25);
		expect(orders.pages).toBe(3);
		// default sort: newest first
		const times = orders.items.map((o) => o.createTime);
		expect([...times].sort().reverse()).toEqual(times);
		const noSize = await call(ion, acct(ion, '/products'), { token });
		expect(noSize.status).toBe(400);
	});

	test('subscriptions: offset/limit with totalCount, capped limit, filters', async () => {
		const all: Loose[] = [];
		let offset = 0;
		let total = -1;
		let pages = 0;
		for (;;) {
			const r = await call(ion, acct(ion, `/subscriptions?pagination.limit=1000&pagination.offset=${offset}`), { token });
			expect(r.status).toBe(200);
			expect(typeof r.body.totalCount).toBe('string'); // int64 in the spec: a JSON string
			total = Number(r.body.totalCount);
			expect(r.body.items.length).toBeLessThanOrEqual(50);
			if (!r.body.items.length) break;
			all.push(...r.body.items);
			offset += r.body.items.length;
			pages++;
		}
		expect(total).toBe(451);
		expect(pages).toBe(10);
		expect(new Set(all.map((s) => s.id)).size).toBe(451);

		const suspended = [...ion.store.subscriptions.values()].filter((s) => s.subscriptionStatus === 'SUSPENDED');
		const f = await call(ion, acct(ion, '/subscriptions?subscriptionStatus=SUSPENDED&pagination.limit=10'), { token });
		expect(f.body.totalCount).toBe(String(suspended.length));
		expect(f.body.items.every((s: Loose) => s.subscriptionStatus === 'SUSPENDED')).toBe(true);

		const cust = all[0].customerId;
		const byCustomer = await call(ion, acct(ion, `/subscriptions?customerId=${cust}&pagination.limit=50`), { token });
		expect(byCustomer.body.items.length).toBe(Number(byCustomer.body.totalCount));
		expect(byCustomer.body.items.every((s: Loose) => s.customerId === cust)).toBe(true);
	});

	test('subscriptions: cloudProviderName matches the whole name exactly (a documented guess), so "Microsoft" finds nothing', async () => {
		const names = new Set([...ion.store.subscriptions.values()].map((s) => s.cloudProviderName));
		expect(names).toContain('Microsoft CSP (NCE)');
		expect(names).not.toContain('Microsoft');
		const count = async (name: string) =>
			Number((await call(ion, acct(ion, `/subscriptions?cloudProviderName=${encodeURIComponent(name)}&pagination.limit=1`), { token })).body.totalCount);
		const nce = [...ion.store.subscriptions.values()].filter((s) => s.cloudProviderName === 'Microsoft CSP (NCE)');
		expect(nce.length).toBeGreaterThan(0);
		expect(await count('Microsoft CSP (NCE)')).toBe(nce.length);
		expect(await count('Microsoft')).toBe(0);
		expect(await count('microsoft csp (nce)')).toBe(0);
	});
});
