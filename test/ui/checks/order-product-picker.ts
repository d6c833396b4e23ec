// Order > Create or Update, "Using Fields Below": an order item's Product is a searchable picker
// and its SKU and Plan are dropdowns filled from the chosen product (issue 10). The SKU dropdown reads
// the product of its own item ("&productId", resolved by n8n-core next to the SKU parameter), so a
// filled SKU list shows that path works in the real editor. The attribute names come from the
// provisioning template of the product's provider, the required ones marked.
import { expectThat, type UiCheck } from '../check';

export const orderProductPickerCheck: UiCheck = {
	name: 'order-product-picker',
	title: "an order item's Product picker finds a product, and its SKU and Plan dropdowns fill",
	async run({ editor, ion, step, note }) {
		// a Microsoft product: its CREATE template requires the domainName attribute
		const product = [...ion.store.products.values()].find(
			(p) =>
				p.cloudConsumption.cloudProvider === 'MICROSOFT' &&
				p.definition.skus.some((s) => s.plans.length > 0),
		);
		expectThat(product, 'the demo tenant has no product with a SKU and a plan');
		const sku = product.definition.skus.find((s) => s.plans.length > 0);
		expectThat(sku, 'no SKU with a plan');
		const name = product.marketing.displayName;

		await step('add the node (Order > Create or Update)', () =>
			editor.addIonNode('Create or update an order'),
		);
		const items = editor.byTestId('fixed-collection-orderItems');
		await step(
			'add an order item',
			() =>
				items
					.getByRole('button', { name: /add order item/i })
					.first()
					.click(),
			{
				screenshot: true,
			},
		);
		const productField = editor
			.parameter('productId')
			.or(editor.resourceLocator('productId'))
			.first();
		await step("scroll to the item's Product field", () => productField.scrollIntoViewIfNeeded(), {
			screenshot: true,
		});
		expectThat(
			await editor.resourceLocator('productId').isVisible(),
			'Product in the order item is not a picker (no resource locator)',
		);
		const found = await step(
			`search the Product list for "${name}"`,
			() => editor.searchLocatorList('productId', name),
			{
				screenshot: true,
			},
		);
		note(`"${name}" lists: ${found.join(' | ')}`);
		const entry = found.find((label) => label.includes(product.id));
		expectThat(entry, `the Product list does not offer ${product.id}`);
		await step(`pick "${entry}"`, () => editor.pickLocatorItem(entry));
		const skus = await step('open the SKU dropdown', () => editor.optionsOf('skuId'));
		note(`SKU options: ${skus.join(' | ')}`);
		expectThat(
			skus.some((s) => s.includes(sku.displayName) || s.includes(sku.id)),
			`the SKU dropdown lacks ${sku.id}`,
		);
		const sku0 = skus.find((s) => s.includes(sku.displayName) || s.includes(sku.id)) ?? '';
		await step(`choose SKU "${sku0}"`, () => editor.selectOption('skuId', sku0));
		const plans = await step('open the Plan dropdown', () => editor.optionsOf('planId'), {
			screenshot: true,
		});
		note(`Plan options: ${plans.join(' | ')}`);
		expectThat(
			sku.plans.every((p) => plans.some((o) => o.includes(p.displayName) || o.includes(p.id))),
			`the Plan dropdown lacks plans of ${sku.id}: ${sku.plans.map((p) => p.id).join(', ')}`,
		);
		await step(`choose Plan "${plans[0]}"`, () => editor.selectOption('planId', plans[0]));
		await step('add an attribute', () =>
			items
				.getByRole('button', { name: /add attribute/i })
				.first()
				.click(),
		);
		const names = await step('open the attribute Name dropdown', () => editor.optionsOf('name'));
		note(`attribute names: ${names.join(' | ')}`);
		expectThat(
			names[0] === 'domainName (required)',
			`the template's required attribute is not offered first: ${names.slice(0, 3).join(' | ')}`,
		);
		await step('choose domainName', () => editor.selectOption('name', names[0]));
		await step('type its value', () => editor.fill('value', 'contoso'));
		// the order panel as the README shows it (docs/order-item-panel.png)
		await step('the order item, filled in', async () => undefined, { screenshot: true });
	},
};
