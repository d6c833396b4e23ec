// Catalog: list (token pagination + filters), get, verticals, categories, charges, pricing, enable/disable (programs: programs.ts).
import { q } from '../context';
import type { HandlerContext, HandlerResult, RouteTable } from '../context';
import { IonError } from '../errors';
import { filterHash, tokenPage } from '../pagination';
import { PROVIDERS } from '../seed';
import type { Product } from '../types';

const BASE = '/api/v3/accounts/{accountId}/products';

function requireProduct(ctx: HandlerContext, id: string): Product {
	const p = ctx.store.products.get(id);
	if (!p) throw new IonError(404, 'NOT_FOUND', `listing ${id} not found`);
	return p;
}

const lc = (s: string | undefined) => s?.toLowerCase();

function listProducts(ctx: HandlerContext): HandlerResult {
	const f = {
		lang: lc(q(ctx.query, 'filter.languageCode')),
		name: lc(q(ctx.query, 'filter.name')),
		skuExternalId: q(ctx.query, 'filter.skuExternalId'),
		skuId: q(ctx.query, 'filter.skuId'),
		skuDisplayName: lc(q(ctx.query, 'filter.skuDisplayName')),
		addonExternalId: q(ctx.query, 'filter.addonExternalId'),
		addonId: q(ctx.query, 'filter.addonId'),
		addonDisplayName: lc(q(ctx.query, 'filter.addonDisplayName')),
		cloudProviderId: q(ctx.query, 'filter.cloudProviderId'),
		mfgPartNumber: q(ctx.query, 'filter.mfgPartNumber'),
	};
	const hash = filterHash(f);
	const { store } = ctx;
	const providerName = f.cloudProviderId ? PROVIDERS.find((p) => p.id === f.cloudProviderId)?.name ?? '-none-' : undefined;
	const list = ctx.cache.get(`products:${hash}`, store.version, () => {
		const out: Product[] = [];
		for (const id of store.productOrder) {
			const p = store.products.get(id) as Product;
			const skus = p.definition.skus;
			if (f.lang && p.definition.productLanguage !== f.lang) continue;
			if (f.name && !p.marketing.displayName.toLowerCase().includes(f.name) && !p.id.toLowerCase().includes(f.name)) continue;
			if (f.skuExternalId && !skus.some((s) => s.alias === f.skuExternalId)) continue;
			if (f.skuId && !skus.some((s) => s.id === f.skuId)) continue;
			if (f.mfgPartNumber && !skus.some((s) => s.id === f.mfgPartNumber || s.alias === f.mfgPartNumber)) continue;
			if (f.skuDisplayName && !skus.some((s) => s.displayName.toLowerCase().includes(f.skuDisplayName as string))) continue;
			if ((f.addonExternalId || f.addonId || f.addonDisplayName) && !p.definition.addOns.length) continue;
			if (providerName && p.cloudConsumption.cloudProvider !== providerName) continue;
			out.push(p);
		}
		return out;
	});
	const page = tokenPage(ctx.query, list, hash, ctx.maxPageSize);
	return { status: 200, body: { products: page.items, ...(page.nextPageToken ? { nextPageToken: page.nextPageToken } : {}) } };
}

function getProduct(ctx: HandlerContext): HandlerResult {
	const p = requireProduct(ctx, ctx.params.productId);
	const flag = (n: string) => q(ctx.query, `excludeFilter.${n}`) === 'true';
	const body: Record<string, unknown> = { ...p };
	if (flag('excludeMarketing')) delete body.marketing;
	if (flag('excludeDefinition')) delete body.definition;
	if (flag('excludeVersionHistory')) delete body.versionHistory;
	if (flag('excludeDeployment')) delete body.deployment;
	if (flag('excludePricing') && p.definition) {
		body.definition = {
			...p.definition,
			skus: p.definition.skus.map((s) => ({
				...s,
				pricebookPrice: undefined,
				plans: s.plans.map((pl) => ({ ...pl, pricebookPrice: undefined, phases: [] })),
			})),
		};
	}
	return { status: 200, body };
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function verticals(ctx: HandlerContext): HandlerResult {
	const names = new Set<string>();
	for (const p of ctx.store.products.values()) for (const v of p.verticals) names.add(v);
	return {
		status: 200,
		body: { verticals: [...names].sort().map((v) => ({ name: `accounts/${ctx.accountId}/verticals/${slug(v)}`, displayName: v })) },
	};
}

function categories(ctx: HandlerContext): HandlerResult {
	const counts = new Map<string, number>();
	for (const p of ctx.store.products.values()) for (const c of p.categories) counts.set(c, (counts.get(c) ?? 0) + 1);
	return {
		status: 200,
		body: {
			categories: [...counts.entries()]
				.sort(([a], [b]) => a.localeCompare(b))
				.map(([c, count]) => ({
					name: `accounts/${ctx.accountId}/categories/${c}`,
					displayName: c.charAt(0).toUpperCase() + c.slice(1),
					count,
					children: [],
				})),
		},
	};
}

function charges(ctx: HandlerContext): HandlerResult {
	const at = '2024-01-01T00:00:00Z';
	return {
		status: 200,
		body: {
			charges: [
				{
					name: `accounts/${ctx.accountId}/charges/1`, chargeName: 'Standard margin', planType: 'FIXED_PERCENT', applyRateTo: 'SELLER_COST',
					default: true, passThrough: false, createTime: at, updateTime: at, tiers: [{ name: 'all', value: 15, type: 'PERCENT' }], currency: 'USD',
				},
				{
					name: `accounts/${ctx.accountId}/charges/2`, chargeName: 'Azure consumption uplift', planType: 'TIERED', applyRateTo: 'CUSTOMER_COST',
					default: false, passThrough: false, createTime: at, updateTime: at,
					tiers: [{ name: '0-1000', value: 8, type: 'PERCENT' }, { name: '1000+', value: 5, type: 'PERCENT' }], currency: 'USD',
				},
			],
		},
	};
}

interface PricingBody {
	externalProductWithProvider?: Array<{ provider?: string; externalProducts?: string[] }>;
	priceBookCustomerId?: number;
}

function pricing(ctx: HandlerContext): HandlerResult {
	const body = (ctx.body ?? {}) as PricingBody;
	const wanted = body.externalProductWithProvider ?? [];
	if (!wanted.length) throw new IonError(400, 'INVALID_ARGUMENT', 'externalProductWithProvider: at least one provider with products is required');
	const plans: unknown[] = [];
	for (const w of wanted) {
		const ids = new Set(w.externalProducts ?? []);
		const provider = w.provider?.toUpperCase();
		for (const id of ctx.store.productOrder) {
			const p = ctx.store.products.get(id) as Product;
			if (provider && p.cloudConsumption.cloudProvider !== provider && PROVIDERS.find((x) => x.name === p.cloudConsumption.cloudProvider)?.vendor !== provider) continue;
			for (const sku of p.definition.skus) {
				if (!ids.has(sku.id) && !ids.has(p.id) && !ids.has(sku.alias)) continue;
				sku.plans.forEach((plan, n) => {
					// ProductPricingPlan has no plan or sku id: productId is the catalog product, pricebookDetails
					// names the plan (SkuDescription, with its id) and its index within the sku (SkuId).
					plans.push({
						productId: p.id,
						pricebookPrice: plan.pricebookPrice,
						pricebookCurrency: plan.pricebookCurrency,
						productAvailability: plan.productAvailability,
						pricebookMasterPrice: Math.round(plan.pricebookPrice * 1.1 * 100) / 100,
						pricebookDetails: {
							SkuDescription: `${sku.displayName} - ${plan.displayName} (${plan.id})`,
							Market: 'US',
							ProductId: p.id,
							SkuId: n + 1,
							UnitOfMeasure: p.type === 'CLOUD_REBILLING_PRODUCT' ? 'Usage' : 'Licenses',
						},
						supportPlan: { pricebookCost: 0, accountCost: 0 },
					});
				});
			}
		}
	}
	return { status: 200, body: { plans } };
}

// A documented guess (README): the spec lists only 200/403/500; a repeated enable or disable is refused with a
// 400, and orders for a disabled product are refused (routes/orders.ts).
function setDisabled(disabled: boolean) {
	return (ctx: HandlerContext): HandlerResult => {
		const p = requireProduct(ctx, ctx.params.productId);
		if (p.disabled === disabled) {
			throw new IonError(400, 'INVALID_ARGUMENT', disabled ? 'cannot disable already disabled product' : 'cannot enable already enabled product');
		}
		p.disabled = disabled;
		ctx.store.touch();
		return { status: 200, body: {} };
	};
}

export const productRoutes: RouteTable = {
	[`GET ${BASE}`]: listProducts,
	[`GET ${BASE}/{productId}`]: getProduct,
	[`GET ${BASE}/verticals`]: verticals,
	[`GET ${BASE}/categories`]: categories,
	[`GET ${BASE}/charges`]: charges,
	[`POST ${BASE}:pricing`]: pricing,
	[`POST ${BASE}/{productId}:enable`]: setDisabled(false),
	[`POST ${BASE}/{productId}:disable`]: setDisabled(true),
};
