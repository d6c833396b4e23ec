import type { IDataObject } from 'n8n-workflow';

import { ION_CREDENTIAL_TYPE } from '../../../credentials/ionConstants';
import type { RetryContext, RetrySettings } from '../../shared/retry';
import { asNodeError } from '../../shared/nodeErrors';
import { text } from '../../shared/validation';
import { ionApiRequest } from '../transport/request';

/*
 * What an order item needs from the catalogue: a product's SKUs and plans, its provider, and the
 * provisioning template of that provider and action (which attribute names it takes and which
 * it requires). Used by the order item dropdowns (loadOptions) and by the check of an order
 * before it is sent. Answers are kept CACHE_TTL_MS per credential, so a batch of orders or a
 * panel opened twice reads each product and template once.
 */

export const CACHE_TTL_MS = 5 * 60_000;
const cache = new Map<string, { at: number; value: Promise<IDataObject | undefined> }>();

async function cached(
	ctx: RetryContext,
	what: string,
	load: () => Promise<IDataObject | undefined>,
): Promise<IDataObject | undefined> {
	const credentials = await ctx.getCredentials(ION_CREDENTIAL_TYPE);
	const key = JSON.stringify([credentials.baseUrl ?? '', credentials.accountId ?? '', what]);
	const hit = cache.get(key);
	if (hit && Date.now() - hit.at <= CACHE_TTL_MS) return await hit.value;
	const value = load();
	cache.set(key, { at: Date.now(), value });
	// a failure is not kept: the next caller asks again
	value.catch(() => cache.delete(key));
	if (cache.size > 500) cache.delete(cache.keys().next().value as string);
	return await value;
}

function isNotFound(error: unknown): boolean {
	return String((error as { httpCode?: unknown })?.httpCode ?? '') === '404';
}

/** A catalogue product with its definition (SKUs, plans) and provider; undefined when Ion has none. */
export async function readProduct(
	ctx: RetryContext,
	productId: string,
	retrySettings?: Partial<RetrySettings>,
): Promise<IDataObject | undefined> {
	return await cached(ctx, `product:${productId}`, async () => {
		try {
			return await ionApiRequest.call(ctx, 'GET', `/products/${encodeURIComponent(productId)}`, {
				qs: {
					'excludeFilter.excludePricing': true,
					'excludeFilter.excludeMarketing': true,
					'excludeFilter.excludeVersionHistory': true,
					'excludeFilter.excludeDeployment': true,
				},
				retrySettings,
			});
		} catch (error) {
			if (isNotFound(error)) return undefined;
			throw asNodeError(ctx.getNode(), error);
		}
	});
}

const list = (value: unknown): IDataObject[] =>
	Array.isArray(value)
		? value.filter((v): v is IDataObject => v !== null && typeof v === 'object')
		: [];

export function skusOf(product: IDataObject | undefined): IDataObject[] {
	return list((product?.definition as IDataObject | undefined)?.skus);
}

export function plansOf(product: IDataObject | undefined, skuId: string): IDataObject[] {
	return list(skusOf(product).find((sku) => text(sku.id) === skuId)?.plans);
}

/** The provider Ion names for the product (`cloudConsumption.cloudProvider`, e.g. MICROSOFT). */
export function providerOf(product: IDataObject | undefined): string {
	return text((product?.cloudConsumption as IDataObject | undefined)?.cloudProvider);
}

/**
 * The provisioning template of a provider and action, or undefined when Ion has none (404).
 * A documented guess (README): the spec requires `vendor` and filters by `provider`; the node
 * asks with vendor NOT_SPECIFIED (the spec's "any") and the product's provider.
 */
export async function readTemplate(
	ctx: RetryContext,
	provider: string,
	action: string,
	retrySettings?: Partial<RetrySettings>,
): Promise<IDataObject | undefined> {
	if (!provider) return undefined;
	return await cached(ctx, `template:${provider}:${action}`, async () => {
		try {
			const body = await ionApiRequest.call(ctx, 'GET', '/provisionTemplates', {
				qs: { vendor: 'NOT_SPECIFIED', provider, action },
				retrySettings,
			});
			const one = body.provisioningReference as IDataObject | undefined;
			const refs = list((body.provisioningReferences as IDataObject | undefined)?.refs);
			return one ?? refs[0];
		} catch (error) {
			if (isNotFound(error)) return undefined;
			throw asNodeError(ctx.getNode(), error);
		}
	});
}

/**
 * Required attributes Ion documents outside the templates: the spec's COMM-VL-004 example says
 * `domainName` must be present when the provider is AZURE (Microsoft) and the action CREATE.
 */
const REQUIRED_BY_SPEC: Array<{ providers: string[]; action: string; name: string }> = [
	{ providers: ['MICROSOFT', 'AZURE'], action: 'CREATE', name: 'domainName' },
];

export interface TemplateAttributes {
	/** Attribute names the template accepts (`defs.attributes.properties.name.enum`). */
	allowed: string[];
	/** Names an item must carry. */
	required: string[];
}

/**
 * The attribute names of a template. The spec's template lists the allowed names but has no
 * field for the required ones; the node takes those from REQUIRED_BY_SPEC and from the text
 * "required names: a, b" in the attribute value's description (how the emulator and the
 * onboarding example state them). A documented guess (README).
 */
export function templateAttributes(
	template: IDataObject | undefined,
	provider: string,
	action: string,
): TemplateAttributes {
	const properties = (
		(template?.defs as IDataObject | undefined)?.attributes as IDataObject | undefined
	)?.properties as IDataObject | undefined;
	const names = (properties?.name as IDataObject | undefined)?.enum;
	const allowed = Array.isArray(names) ? names.map(text).filter(Boolean) : [];
	const described = /required names?:\s*([\w\s,]+)/i.exec(
		text((properties?.value as IDataObject | undefined)?.description),
	);
	const required = new Set(
		described
			? described[1]
					.split(',')
					.map((n) => n.trim())
					.filter(Boolean)
			: [],
	);
	for (const rule of REQUIRED_BY_SPEC) {
		if (rule.action === action && rule.providers.includes(provider.toUpperCase()))
			required.add(rule.name);
	}
	return { allowed, required: [...required] };
}

/** The template attributes of a product and action ({ [] , [] } when Ion has no template). */
export async function productTemplateAttributes(
	ctx: RetryContext,
	productId: string,
	action: string,
	retrySettings?: Partial<RetrySettings>,
): Promise<TemplateAttributes & { provider: string; found: boolean }> {
	const product = await readProduct(ctx, productId, retrySettings);
	const provider = providerOf(product);
	const template = await readTemplate(ctx, provider, action, retrySettings);
	return {
		...templateAttributes(template, provider, action),
		provider,
		found: product !== undefined,
	};
}

/** Drops every cached answer (tests). */
export function clearCatalogueCache(): void {
	cache.clear();
}
