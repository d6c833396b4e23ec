// Invoice > Get Many for Customer against the emulator's v1 billing API through n8n-core.
import { rl, type Ctx } from '../helpers';
import { setupWithApiKeys, v1Requests } from './invoiceSetup';

let t: Ctx;
beforeAll(async () => {
	t = await setupWithApiKeys();
});
afterAll(async () => {
	await t.ion.close();
});
beforeEach(() => t.ion.reset());

describe('Invoice > Get Many for Customer', () => {
	test("sends the customer as customerId and returns only that customer's invoices", async () => {
		const customerId = t.ion.store.customerOrder[2];
		const expected = t.ion.v1.all().filter((i) => i.customerId === customerId);
		const r = await t.run({
			resource: 'invoice',
			operation: 'getAllForCustomer',
			customerId: rl(customerId),
			returnAll: true,
			invoiceFilters: { status: 'closed' },
		});
		expect(r.error).toBeUndefined();
		expect(r.items.map((i) => i.json.id)).toEqual(
			expected.filter((i) => i.status === 'closed').map((i) => i.id),
		);
		expect(v1Requests(t)[0]).toMatchObject({
			path: '/api/v1/invoices',
			query: { customerId, 'filter[status]': 'closed', offset: '0' },
		});
	});

	test('several input items: one list each, paired with its item', async () => {
		const [a, b] = t.ion.store.customerOrder;
		const r = await t.run(
			{
				resource: 'invoice',
				operation: 'getAllForCustomer',
				customerId: rl('={{ $json.id }}'),
				returnAll: false,
				limit: 2,
			},
			{ items: [{ json: { id: a } }, { json: { id: b } }] },
		);
		expect(r.error).toBeUndefined();
		expect(r.items.map((i) => [i.json.customerId, i.pairedItem])).toEqual([
			[a, { item: 0 }],
			[a, { item: 0 }],
			[b, { item: 1 }],
			[b, { item: 1 }],
		]);
	});

	test('"-" (every customer) is refused before any request: v1 takes one customer', async () => {
		const r = await t.run({
			resource: 'invoice',
			operation: 'getAllForCustomer',
			customerId: rl('-'),
			returnAll: true,
		});
		expect(r.error?.message).toMatch(/Customer must be a number, got -/);
		expect(t.ion.log).toHaveLength(0);
	});
});
