import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { text } from '../../shared/validation';
import { plansOf, productTemplateAttributes, readProduct, skusOf } from '../shared/catalogue';
import { LIST_SEARCH_RETRY } from '../../shared/resourceLocator';

/*
 * The dropdowns of an order item (Order > Create or Update, Using Fields Below).
 *
 * SKU and Plan read the product of their own item: n8n-core's load-options context resolves a
 * parameter path that starts with "&" next to the parameter being loaded (LoadOptionsContext
 * getCurrentNodeParameter: "orderItems.item[2].skuId" + "&productId" ->
 * "orderItems.item[2].productId"), and the editor reloads them when `loadOptionsDependsOn`
 * ['&productId.value'] changes (the locator's value, see orderItems.ts). The attribute names sit one level deeper (inside the item's
 * Attributes), where "&" cannot reach the item, so they offer the names of every item's template.
 */

/** A resource locator's value ({ __rl, mode, value }) or a plain value, as trimmed text. */
export function locatorValue(value: unknown): string {
	if (value !== null && typeof value === 'object' && 'value' in (value as IDataObject)) {
		return text((value as IDataObject).value);
	}
	return text(value);
}

/** A value the editor could not resolve yet (an expression) is treated as not set. */
const usable = (value: string) => (value.startsWith('=') ? '' : value);

function sibling(ctx: ILoadOptionsFunctions, name: string): string {
	return usable(locatorValue(ctx.getCurrentNodeParameter(`&${name}`)));
}

function label(record: IDataObject): string {
	const id = text(record.id);
	const name = text(record.displayName);
	return name && name !== id ? `${name} · ${id}` : id;
}

/** SKU of an order item: the SKUs of the item's product. */
export async function getProductSkus(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const productId = sibling(this, 'productId');
	if (!productId) return [];
	const product = await readProduct(this, productId, LIST_SEARCH_RETRY);
	return skusOf(product).map((sku) => ({ name: label(sku), value: text(sku.id) }));
}

/** Plan of an order item: the plans (term and billing) of the item's SKU. */
export async function getSkuPlans(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const productId = sibling(this, 'productId');
	const skuId = sibling(this, 'skuId');
	if (!productId || !skuId) return [];
	const product = await readProduct(this, productId, LIST_SEARCH_RETRY);
	return plansOf(product, skuId).map((plan) => ({ name: label(plan), value: text(plan.id) }));
}

/**
 * Attribute names of the order items' provisioning templates (product's provider and the
 * item's action), required ones first and marked.
 */
export async function getTemplateAttributes(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const items = ((this.getCurrentNodeParameter('orderItems') as IDataObject | undefined)?.item ??
		[]) as IDataObject[];
	const wanted = new Map<string, { productId: string; action: string }>();
	for (const item of Array.isArray(items) ? items : []) {
		const productId = usable(locatorValue(item.productId));
		const action = text(item.action).toUpperCase() || 'CREATE';
		if (productId) wanted.set(`${productId}|${action}`, { productId, action });
	}
	const options = new Map<string, INodePropertyOptions & { required: boolean }>();
	for (const { productId, action } of wanted.values()) {
		const found = await productTemplateAttributes(this, productId, action, LIST_SEARCH_RETRY);
		for (const name of [...found.required, ...found.allowed]) {
			const required = found.required.includes(name) || options.get(name)?.required === true;
			const where = `${found.provider || productId} ${action}`;
			options.set(name, {
				name: required ? `${name} (required)` : name,
				value: name,
				description: `${required ? 'Required' : 'Accepted'} by the ${where} provisioning template`,
				required,
			});
		}
	}
	return [...options.values()]
		.sort(
			(a, b) =>
				Number(b.required) - Number(a.required) || String(a.value).localeCompare(String(b.value)),
		)
		.map(({ name, value, description }) => ({ name, value, description }));
}
