// Product > Get Many for Vendor: the vendor in the path (v2), Keyword and Billing Term filters.
import { dataRequests, expectRefusedBeforeSending, rl, setup, type StellrCtx } from '../helpers';

let t: StellrCtx;
afterEach(async () => {
	await t?.stellr.close();
});

const products = () => [...t.stellr.store.products.values()];

describe('Product > Get Many for Vendor', () => {
	test("Return All: the vendor's products, without the emulator's bookkeeping fields", async () => {
		t = await setup();
		const r = await t.run({
			resource: 'product',
			operation: 'getAllForVendor',
			vendorId: rl('Google'),
			returnAll: true,
		});
		expect(r.items.map((i) => i.json.productId)).toEqual(
			products()
				.filter((p) => p.vendorId === 'Google')
				.map((p) => p.productId),
		);
		expect(dataRequests(t.stellr).map((e) => e.path)).toEqual([
			'/api/v2/vendors/Google/cloud/products',
		]);
	});

	test('Keyword and Billing Term filter on Stellr', async () => {
		t = await setup();
		const r = await t.run({
			resource: 'product',
			operation: 'getAllForVendor',
			vendorId: rl('Microsoft'),
			returnAll: true,
			filters: { keyword: 'Business Premium', billingTerm: 'MONTHLY' },
		});
		expect(r.items.map((i) => [i.json.productName, i.json.billingTerm])).toEqual([
			['Microsoft 365 Business Premium', 'MONTHLY'],
		]);
		expect(dataRequests(t.stellr)[0].query).toMatchObject({
			keyword: 'Business Premium',
			billingTerm: 'MONTHLY',
		});
	});

	test('a vendor you are not authorized for: 403 in plain words', async () => {
		t = await setup();
		const r = await t.run({
			resource: 'product',
			operation: 'getAllForVendor',
			vendorId: rl('Acronis'),
		});
		expect(r.error?.message).toMatch(
			/^StreamOne Stellr refused access: .*: the reseller is not authorized for vendor 'Acronis'/,
		);
	});

	test('an empty vendor is refused before sending', async () => {
		t = await setup();
		expectRefusedBeforeSending(
			t,
			await t.run({
				resource: 'product',
				operation: 'getAllForVendor',
				vendorId: rl('={{ " " }}'),
			}),
			/^Vendor is required/,
		);
	});
});
