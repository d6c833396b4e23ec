// Vendor (list, check) and Product (vendor products, get, by SKU, related, Google transferable) routes.
import { StellrError, bodyObject, invalid, notFound, ok, page, q, str } from '../envelope';
import type { Ctx, RouteTable } from '../router';
import type { Product, Vendor } from '../types';

/** A product as the API shows it: without the emulator's upgrade-path bookkeeping. */
export function publicProduct(product: Product): Omit<Product, 'family' | 'rank'> {
	const copy: Partial<Product> = { ...product };
	delete copy.family;
	delete copy.rank;
	return copy as Omit<Product, 'family' | 'rank'>;
}

export function requireVendor(ctx: Ctx, vendorId = ctx.params.vendorId): Vendor {
	const vendor = [...ctx.store.vendors.values()].find(
		(v) => v.vendorId.toLowerCase() === vendorId.toLowerCase(),
	);
	if (!vendor) throw notFound('vendor', vendorId);
	if (!vendor.authorized) {
		throw new StellrError(
			403,
			'VENDOR_NOT_AUTHORIZED',
			`the reseller is not authorized for vendor '${vendor.vendorId}'`,
		);
	}
	return vendor;
}

/** The product, or 404 for a product in the path, or 400 naming `field` for one in the body. */
export function requireProduct(ctx: Ctx, productId: string, field?: string): Product {
	const product = ctx.store.products.get(productId);
	if (product) return product;
	throw field ? invalid(field, `no product '${productId}'`) : notFound('product', productId);
}

export const catalogueRoutes: RouteTable = {
	'GET /api/v1/cloud/vendors': (ctx) =>
		page(ctx.requestId, ctx.query, [...ctx.store.vendors.values()], ctx.maxPageSize),

	'POST /api/v1/cloud/vendors/{vendorId}/check/{checkType}': (ctx) => {
		const vendor = requireVendor(ctx);
		const checkType = vendor.checkTypes.find(
			(t) => t.toLowerCase() === ctx.params.checkType.toLowerCase(),
		);
		if (!checkType)
			throw invalid(
				'checkType',
				`must be one of ${vendor.checkTypes.join(', ')} for ${vendor.vendorId}, got '${ctx.params.checkType}'`,
			);
		const body = bodyObject(ctx.body);
		const raw = (str(body, 'domain') as string).toLowerCase();
		const domain =
			vendor.vendorId === 'Microsoft' && !raw.includes('.') ? `${raw}.onmicrosoft.com` : raw;
		const account = [...ctx.store.vendorAccounts.values()].find(
			(a) => a.vendorId === vendor.vendorId && a.domain === domain,
		);
		const base = { vendorId: vendor.vendorId, checkType, domain };
		if (checkType === 'domain') return ok(ctx.requestId, { ...base, available: !account });
		if (checkType === 'tenant')
			return ok(ctx.requestId, {
				...base,
				exists: Boolean(account),
				accountId: account?.accountId ?? null,
			});
		// transferEligibility (Google): the domain must be a Google customer and the token must match
		const token = str(body, 'transferToken') as string;
		const eligible = Boolean(account && account.transferToken === token);
		return ok(ctx.requestId, {
			...base,
			eligible,
			reason: eligible ? null : account ? 'INVALID_TRANSFER_TOKEN' : 'DOMAIN_NOT_FOUND',
		});
	},

	'GET /api/v2/vendors/{vendorId}/cloud/products': (ctx) => {
		const vendor = requireVendor(ctx);
		const keyword = q(ctx.query, 'keyword')?.toLowerCase();
		const term = q(ctx.query, 'billingTerm')?.toUpperCase();
		const records = [...ctx.store.products.values()]
			.filter((p) => p.vendorId === vendor.vendorId)
			.filter(
				(p) =>
					!keyword ||
					p.productName.toLowerCase().includes(keyword) ||
					p.skuNo === keyword ||
					p.mfgPartNo.toLowerCase().includes(keyword),
			)
			.filter((p) => !term || p.billingTerm === term)
			.map(publicProduct);
		return page(ctx.requestId, ctx.query, records, ctx.maxPageSize);
	},

	'GET /api/v1/cloud/products/{productId}': (ctx) =>
		ok(ctx.requestId, publicProduct(requireProduct(ctx, ctx.params.productId))),

	'GET /api/v1/cloud/products/skuNo/{skuNo}': (ctx) => {
		const product = [...ctx.store.products.values()].find((p) => p.skuNo === ctx.params.skuNo);
		if (!product) throw notFound('product with SKU number', ctx.params.skuNo);
		return ok(ctx.requestId, publicProduct(product));
	},

	'GET /api/v1/cloud/products/{primaryProductId}/related': (ctx) => {
		const primary = ctx.store.products.get(ctx.params.primaryProductId);
		if (!primary) throw notFound('product', ctx.params.primaryProductId);
		const records = [...ctx.store.products.values()]
			.filter((p) => p.primaryProductIds.includes(primary.productId))
			.map(publicProduct);
		return page(ctx.requestId, ctx.query, records, ctx.maxPageSize);
	},

	'GET /api/v1/vendors/Google/cloud/products/transferable': (ctx) => {
		const customerNo = q(ctx.query, 'customerNo');
		if (!customerNo) throw invalid('customerNo', 'is required');
		if (!ctx.store.customer(customerNo)) throw notFound('customer', customerNo);
		const records = ctx.store.transferable.filter((t) => t.customerNo === customerNo);
		return page(ctx.requestId, ctx.query, records, ctx.maxPageSize);
	},
};
