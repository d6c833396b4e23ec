// Customer > Get Cloud Profile (Azure, Deprecated) against the emulator through n8n-core.
import { dataRequests, rl, setup, type Ctx } from '../helpers';

let t: Ctx;
beforeAll(async () => {
	t = await setup();
});
afterAll(async () => {
	await t.ion.close();
});
beforeEach(() => t.ion.reset());

describe('Customer > Get Cloud Profile (Azure, Deprecated)', () => {
	test('sends the required provider ID (and refresh when asked) to the singular endpoint', async () => {
		const id = [...t.ion.store.customers.keys()][0];
		const r = await t.run({
			resource: 'customer',
			operation: 'getCloudProfile',
			customerId: rl(id),
			providerId: ' 30 ',
			options: { refresh: true },
		});
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(1);
		expect(r.items[0].pairedItem).toEqual({ item: 0 });
		const [call] = dataRequests(t.ion);
		expect(`${call.method} ${call.path}`).toBe(
			`GET /api/v3/accounts/${t.ion.accountId}/customers/${id}/cloudProfile`,
		);
		expect(call.query).toEqual({ providerId: '30', refresh: 'true' });
	});

	test('a provider ID that is not a number is refused before any request', async () => {
		const id = [...t.ion.store.customers.keys()][0];
		const r = await t.run({
			resource: 'customer',
			operation: 'getCloudProfile',
			customerId: rl(id),
			providerId: 'azure',
		});
		expect(r.error?.message).toBe('Provider ID must be a number, got azure');
		expect(dataRequests(t.ion)).toHaveLength(0);
	});
});
