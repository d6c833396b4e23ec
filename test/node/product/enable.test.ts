// Product > Enable through n8n-core against the emulator.
import { dataRequests, rl, setup, type Ctx } from '../helpers';

let t: Ctx;
beforeAll(async () => {
	t = await setup();
});
afterAll(async () => {
	await t.ion.close();
});
beforeEach(() => t.ion.reset());

describe('Product > Enable', () => {
	test('makes a disabled product orderable again and outputs it with its new state', async () => {
		const product = [...t.ion.store.products.values()][0];
		product.disabled = true;
		const r = await t.run(
			{ resource: 'product', operation: 'enable', productId: rl('={{ $json.id }}') },
			{ items: [{ json: { id: product.id } }] },
		);
		expect(r.error).toBeUndefined();
		expect(r.items).toEqual([
			{ json: { productId: product.id, disabled: false }, pairedItem: { item: 0 } },
		]);
		expect(t.ion.store.products.get(product.id)?.disabled).toBe(false);
		expect(dataRequests(t.ion).map((e) => `${e.method} ${e.path}`)).toEqual([
			`POST /api/v3/accounts/${t.ion.accountId}/products/${product.id}:enable`,
		]);
	});

	test('an unknown product is "not found"', async () => {
		const r = await t.run({
			resource: 'product',
			operation: 'enable',
			productId: rl('NO-SUCH-PRODUCT'),
		});
		expect(r.error?.message).toMatch(/did not find the resource/);
		expect(r.error?.message).toMatch(/NO-SUCH-PRODUCT/);
	});
});
