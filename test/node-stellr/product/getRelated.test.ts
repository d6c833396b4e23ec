// Product > Get Many Related: the add-ons of a product.
import { dataRequests, setup, type StellrCtx } from '../helpers';

let t: StellrCtx;
afterEach(async () => {
	await t?.stellr.close();
});

describe('Product > Get Many Related', () => {
	test('one item per related product', async () => {
		t = await setup();
		const all = [...t.stellr.store.products.values()];
		const relatedTo = (id: string) => all.filter((p) => p.primaryProductIds.includes(id));
		// the product with the most add-ons
		const premium = all.reduce((best, p) =>
			relatedTo(p.productId).length > relatedTo(best.productId).length ? p : best,
		);
		const related = relatedTo(premium.productId);
		expect(related.length).toBeGreaterThan(1);
		const r = await t.run({
			resource: 'product',
			operation: 'getRelated',
			primaryProductId: premium.productId,
			limit: 1,
		});
		expect(r.items.map((i) => i.json.productId)).toEqual([related[0].productId]);
		expect(dataRequests(t.stellr)[0]).toMatchObject({
			path: `/api/v1/cloud/products/${premium.productId}/related`,
			query: { pageNo: '1', pageSize: '1' },
		});
	});
});
