// Product > Get: one product by ID.
import { calls, expectRefusedBeforeSending, setup, type StellrCtx } from '../helpers';

let t: StellrCtx;
afterEach(async () => {
	await t?.stellr.close();
});

describe('Product > Get', () => {
	test('outputs the product', async () => {
		t = await setup();
		const product = [...t.stellr.store.products.values()][4];
		const r = await t.run({
			resource: 'product',
			operation: 'getById',
			productId: product.productId,
		});
		expect(r.items[0].json).toMatchObject({
			productId: product.productId,
			productName: product.productName,
			skuNo: product.skuNo,
		});
		expect(calls(t.stellr)).toEqual([`GET /api/v1/cloud/products/${product.productId} 200`]);
	});

	test('an ID with a # is refused before sending', async () => {
		t = await setup();
		expectRefusedBeforeSending(
			t,
			await t.run({ resource: 'product', operation: 'getById', productId: '100001#x' }),
			/^Product ID contains characters/,
		);
	});
});
