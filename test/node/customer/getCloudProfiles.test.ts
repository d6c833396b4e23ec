// Customer > Get Cloud Profiles: GET .../customers/{id}/cloudProfiles with its query options.
import { dataRequests, rl, setup } from '../helpers';
import type { Ctx } from '../helpers';

let t: Ctx;
afterEach(async () => {
	await t?.ion.close();
});

function customerIds(): string[] {
	return [...t.ion.store.customers.keys()];
}

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
