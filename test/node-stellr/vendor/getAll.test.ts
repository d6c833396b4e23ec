// Vendor > Get Many.
import { dataRequests, setup, type StellrCtx } from '../helpers';

let t: StellrCtx;
afterEach(async () => {
	await t?.stellr.close();
});

describe('Vendor > Get Many', () => {
	test('one item per vendor', async () => {
		t = await setup();
		const r = await t.run({ resource: 'vendor', operation: 'getAll', returnAll: true });
		expect(r.items.map((i) => [i.json.vendorId, i.json.authorized])).toEqual([
			['Microsoft', true],
			['Google', true],
			['Adobe', true],
			['Acronis', false],
		]);
		expect(dataRequests(t.stellr).map((e) => e.path)).toEqual(['/api/v1/cloud/vendors']);
	});
});
