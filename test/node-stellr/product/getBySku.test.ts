// Product > Get by SKU Number.
import { calls, setup, type StellrCtx } from '../helpers';

let t: StellrCtx;
afterEach(async () => {
	await t?.stellr.close();
});

describe('Product > Get by SKU Number', () => {
	test('outputs the product with that SKU number; an unknown SKU is a 404', async () => {
		t = await setup();
		const product = [...t.stellr.store.products.values()][7];
		const r = await t.run({
			resource: 'product',
			operation: 'getBySku',
			skuNo: ` ${product.skuNo} `,
		});
		expect(r.items[0].json).toMatchObject({ productId: product.productId, skuNo: product.skuNo });
		expect(calls(t.stellr)).toEqual([`GET /api/v1/cloud/products/skuNo/${product.skuNo} 200`]);
		const missing = await t.run({ resource: 'product', operation: 'getBySku', skuNo: '1' });
		expect(missing.error?.message).toMatch(/^StreamOne Stellr did not find the resource/);
	});
});
