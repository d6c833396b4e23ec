// Subscription routes (16 of the 36 actions) and Get Subscription Operation.
// Every POST answers 202 with an operation (G9); the change happens when the operation completes.
// Business refusals answer 200 with a nested failure (G8); bad input answers 400 naming the field.
import {
	StellrError,
	bodyObject,
	int,
	invalid,
	nestedFailure,
	notFound,
	ok,
	oneOf,
	page,
	q,
	str,
} from '../envelope';
import type { Body, Result } from '../envelope';
import type { Apply } from '../operations';
import type { Ctx, RouteTable } from '../router';
import { iso, termMs } from '../seed';
import type { Product, Subscription, SubscriptionStatus } from '../types';
import { publicProduct, requireProduct, requireVendor } from './catalogue';
import { requireCustomer } from './customers';

const SUBS = '/api/v1/customers/{customerNo}/subscriptions';
const ONE = `${SUBS}/{subscriptionId}`;
const DAY = 86_400_000;
/** Microsoft lets a seat reduction or a cancellation through only in the first 7 days of a term. */
export const MICROSOFT_CHANGE_WINDOW_MS = 7 * DAY;

function requireSubscription(ctx: Ctx): Subscription {
	const customer = requireCustomer(ctx);
	const sub = ctx.store.subscriptions.get(ctx.params.subscriptionId);
	if (!sub || sub.customerNo !== customer.customerNo)
		throw notFound('subscription', ctx.params.subscriptionId);
	return sub;
}

function requireStatus(sub: Subscription, action: string, allowed: SubscriptionStatus[]): void {
	if (!allowed.includes(sub.status)) {
		throw new StellrError(
			409,
			'INVALID_SUBSCRIPTION_STATUS',
			`subscription ${sub.subscriptionId} is ${sub.status}; ${action} needs ${allowed.join(' or ')}`,
		);
	}
}

function outsideMicrosoftWindow(ctx: Ctx, sub: Subscription): boolean {
	return (
		sub.vendorId === 'Microsoft' &&
		sub.productName !== 'Azure plan' &&
		ctx.now() - Date.parse(sub.startDate) > MICROSOFT_CHANGE_WINDOW_MS
	);
}

/** 202 with the operation that will carry out the change. */
function accepted(ctx: Ctx, type: string, subscriptionId: string | null, apply: Apply): Result {
	const op = ctx.ops.start(type, ctx.params.customerNo, subscriptionId, apply);
	return ok(
		ctx.requestId,
		{
			operationId: op.operationId,
			operationType: type,
			status: op.status,
			customerNo: op.customerNo,
			subscriptionId,
		},
		202,
	);
}

function touch(
	ctx: Ctx,
	sub: Subscription,
	changes: Partial<Subscription>,
): { result: Subscription } {
	Object.assign(sub, changes, { lastModifiedDate: iso(ctx.now()) });
	return { result: { ...sub } };
}

function newSubscription(
	ctx: Ctx,
	product: Product,
	quantity: number,
	extra: Partial<Subscription> = {},
): Subscription {
	const at = ctx.now();
	const sub: Subscription = {
		subscriptionId: String(ctx.store.nextSubscriptionId++),
		customerNo: ctx.params.customerNo,
		vendorId: product.vendorId,
		productId: product.productId,
		productName: product.productName,
		skuNo: product.skuNo,
		quantity,
		status: 'ACTIVE',
		billingTerm: product.billingTerm,
		billingFrequency: product.billingFrequency,
		unitPrice: product.unitPrice,
		currency: product.currency,
		startDate: iso(at),
		endDate: iso(at + termMs(product)),
		autoRenew: true,
		renewalQuantity: null,
		renewalProductId: null,
		vendorSubscriptionId: `${ctx.store.nextSubscriptionId}-${Math.floor(ctx.rng() * 1e9)}`,
		parentSubscriptionId: null,
		poNumber: null,
		createdDate: iso(at),
		lastModifiedDate: iso(at),
		...extra,
	};
	ctx.store.subscriptions.set(sub.subscriptionId, sub);
	return sub;
}

/** Vendor account and agreements the vendor needs before a purchase, as a nested failure. */
function purchaseBlocked(ctx: Ctx, vendorId: string): Result | undefined {
	const vendor = requireVendor(ctx, vendorId);
	if (!ctx.store.vendorAccount(ctx.params.customerNo, vendor.vendorId)) {
		return nestedFailure(
			ctx.requestId,
			'VENDOR_ACCOUNT_REQUIRED',
			`customer ${ctx.params.customerNo} has no ${vendor.vendorId} account; create one with Vendor Account > Create or Update`,
		);
	}
	for (const type of vendor.agreementTypes) {
		const agreement = ctx.store.agreements.get(ctx.store.agreementKey(ctx.params.customerNo, type));
		if (!agreement?.accepted) {
			return nestedFailure(
				ctx.requestId,
				'AGREEMENT_NOT_ACCEPTED',
				`customer ${ctx.params.customerNo} has not accepted the ${type} agreement`,
			);
		}
	}
	return undefined;
}

function itemList(body: Body): unknown[] {
	const list = body.items;
	if (!Array.isArray(list) || list.length === 0)
		throw invalid('items', 'must be a non-empty list of {productId, quantity}');
	return list;
}

function transitions(
	ctx: Ctx,
	sub: Subscription,
): Array<Product & { transitionType: 'UPGRADE' | 'DOWNGRADE' }> {
	const current = ctx.store.products.get(sub.productId) as Product;
	return [...ctx.store.products.values()]
		.filter(
			(p) =>
				p.family === current.family &&
				p.rank !== current.rank &&
				!p.isAddOn &&
				p.billingTerm === current.billingTerm &&
				p.billingFrequency === current.billingFrequency,
		)
		.map((p) => ({ ...p, transitionType: p.rank > current.rank ? 'UPGRADE' : 'DOWNGRADE' }));
}

function renewalOptions(ctx: Ctx, sub: Subscription): Product[] {
	return [...ctx.store.products.values()].filter((p) => p.productName === sub.productName);
}

/** A subscription's renewal setting, as Get Renewal Option and Update Renewal Setting answer it. */
function renewalSetting(sub: Subscription) {
	return {
		subscriptionId: sub.subscriptionId,
		autoRenew: sub.autoRenew,
		renewalDate: sub.endDate,
		renewalQuantity: sub.renewalQuantity ?? sub.quantity,
		renewalProductId: sub.renewalProductId ?? sub.productId,
	};
}

function transition(direction: 'UPGRADE' | 'DOWNGRADE') {
	return (ctx: Ctx): Result => {
		const sub = requireSubscription(ctx);
		requireStatus(sub, direction.toLowerCase(), ['ACTIVE']);
		const body = bodyObject(ctx.body);
		const targetId = str(body, 'targetProductId') as string;
		const target = transitions(ctx, sub).find(
			(p) => p.productId === targetId && p.transitionType === direction,
		);
		if (!target)
			throw invalid(
				'targetProductId',
				`${targetId} is not a ${direction.toLowerCase()} of product ${sub.productId}; see Get Subscription Transition Products`,
			);
		const quantity =
			int(body, 'quantity', { required: false, min: 1, max: target.maxQuantity }) ?? sub.quantity;
		return accepted(ctx, direction, sub.subscriptionId, () =>
			touch(ctx, sub, {
				productId: target.productId,
				productName: target.productName,
				skuNo: target.skuNo,
				unitPrice: target.unitPrice,
				quantity,
			}),
		);
	};
}

function simpleChange(
	type: string,
	action: string,
	from: SubscriptionStatus[],
	to: SubscriptionStatus,
	microsoftWindow = false,
) {
	return (ctx: Ctx): Result => {
		const sub = requireSubscription(ctx);
		bodyObject(ctx.body);
		requireStatus(sub, action, from);
		if (microsoftWindow && outsideMicrosoftWindow(ctx, sub)) {
			return nestedFailure(
				ctx.requestId,
				'CANCELLATION_WINDOW_EXPIRED',
				`Microsoft allows ${action} only within 7 days of the term start (${sub.startDate}); turn auto-renew off instead`,
			);
		}
		return accepted(ctx, type, sub.subscriptionId, () => {
			if (to === 'CANCELLED') {
				for (const child of ctx.store.subscriptions.values()) {
					if (child.parentSubscriptionId === sub.subscriptionId && child.status !== 'CANCELLED')
						touch(ctx, child, { status: 'CANCELLED', autoRenew: false });
				}
				return touch(ctx, sub, { status: to, autoRenew: false });
			}
			return touch(ctx, sub, { status: to });
		});
	};
}

export const subscriptionRoutes: RouteTable = {
	[`GET ${SUBS}`]: (ctx) => {
		const customer = requireCustomer(ctx);
		const status = q(ctx.query, 'status')?.toUpperCase();
		const vendorId = q(ctx.query, 'vendorId')?.toLowerCase();
		const records = ctx.store
			.subscriptionsOf(customer.customerNo)
			.filter(
				(s) =>
					(!status || s.status === status) && (!vendorId || s.vendorId.toLowerCase() === vendorId),
			);
		return page(ctx.requestId, ctx.query, records, ctx.maxPageSize);
	},

	[`POST ${SUBS}`]: (ctx) => {
		requireCustomer(ctx);
		const body = bodyObject(ctx.body);
		const lines = itemList(body).map((_, i) => {
			const product = requireProduct(
				ctx,
				str(body, `items[${i}].productId`) as string,
				`items[${i}].productId`,
			);
			if (product.isAddOn)
				throw invalid(
					`items[${i}].productId`,
					`${product.productId} is an add-on; use Create Add-On Subscription`,
				);
			const quantity = int(body, `items[${i}].quantity`, {
				min: product.minQuantity,
				max: product.maxQuantity,
			}) as number;
			return { product, quantity, poNumber: str(body, `items[${i}].poNumber`, false) };
		});
		const vendorId = lines[0].product.vendorId;
		lines.forEach((line, i) => {
			if (line.product.vendorId !== vendorId)
				throw invalid(`items[${i}].productId`, `all items must be from one vendor (${vendorId})`);
		});
		const blocked = purchaseBlocked(ctx, vendorId);
		if (blocked) return blocked;
		if (vendorId === 'Google' && lines.length > 1) {
			return nestedFailure(
				ctx.requestId,
				'MULTIPLE_SUBSCRIPTIONS_NOT_ALLOWED',
				'Google subscriptions are created one at a time',
			);
		}
		const poNumber = str(body, 'poNumber', false);
		return accepted(ctx, 'CREATE', null, () => ({
			result: lines.map((line) => ({
				...newSubscription(ctx, line.product, line.quantity, {
					poNumber: line.poNumber ?? poNumber ?? null,
				}),
			})),
		}));
	},

	[`POST ${SUBS}/transfer`]: (ctx) => {
		const customer = requireCustomer(ctx);
		const body = bodyObject(ctx.body);
		const vendorId = str(body, 'vendorId', false) ?? 'Google';
		if (vendorId.toLowerCase() !== 'google')
			throw invalid('vendorId', `only Google subscriptions can be transferred, got '${vendorId}'`);
		const token = str(body, 'transferToken') as string;
		const blocked = purchaseBlocked(ctx, 'Google');
		if (blocked) return blocked;
		const account = ctx.store.vendorAccount(customer.customerNo, 'Google');
		return accepted(ctx, 'TRANSFER', null, () => {
			if (account?.transferToken !== token)
				return {
					error: {
						code: 'INVALID_TRANSFER_TOKEN',
						message: `Google refused the transfer token for ${account?.domain ?? customer.customerNo}`,
					},
				};
			const moving = ctx.store.transferable.filter((t) => t.customerNo === customer.customerNo);
			ctx.store.transferable = ctx.store.transferable.filter(
				(t) => t.customerNo !== customer.customerNo,
			);
			return {
				result: moving.map((t) => ({
					...newSubscription(ctx, ctx.store.products.get(t.productId) as Product, t.quantity, {
						vendorSubscriptionId: t.vendorSubscriptionId,
					}),
				})),
			};
		});
	},

	[`GET ${ONE}`]: (ctx) => ok(ctx.requestId, requireSubscription(ctx)),

	[`POST ${ONE}/addOn`]: (ctx) => {
		const sub = requireSubscription(ctx);
		requireStatus(sub, 'addOn', ['ACTIVE']);
		const body = bodyObject(ctx.body);
		const addOn = requireProduct(ctx, str(body, 'productId') as string, 'productId');
		if (!addOn.primaryProductIds.includes(sub.productId))
			throw invalid(
				'productId',
				`${addOn.productId} is not an add-on of product ${sub.productId}; see List Related Products`,
			);
		const quantity = int(body, 'quantity', {
			min: addOn.minQuantity,
			max: addOn.maxQuantity,
		}) as number;
		return accepted(ctx, 'ADD_ON', sub.subscriptionId, () => ({
			result: {
				...newSubscription(ctx, addOn, quantity, { parentSubscriptionId: sub.subscriptionId }),
			},
		}));
	},

	[`POST ${ONE}/changeSeats`]: (ctx) => {
		const sub = requireSubscription(ctx);
		const product = ctx.store.products.get(sub.productId) as Product;
		const body = bodyObject(ctx.body);
		// the resulting total, not a delta
		const quantity = int(body, 'quantity', {
			min: product.minQuantity,
			max: product.maxQuantity,
		}) as number;
		requireStatus(sub, 'changeSeats', ['ACTIVE']);
		if (quantity < sub.quantity && outsideMicrosoftWindow(ctx, sub)) {
			return nestedFailure(
				ctx.requestId,
				'SEAT_DECREASE_NOT_ALLOWED',
				`Microsoft allows fewer seats only within 7 days of the term start (${sub.startDate}); the subscription keeps ${sub.quantity} seats`,
				{ subscriptionId: sub.subscriptionId, quantity: sub.quantity },
			);
		}
		return accepted(ctx, 'CHANGE_SEATS', sub.subscriptionId, () => touch(ctx, sub, { quantity }));
	},

	[`POST ${ONE}/cancel`]: simpleChange(
		'CANCEL',
		'cancel',
		['ACTIVE', 'SUSPENDED'],
		'CANCELLED',
		true,
	),
	[`POST ${ONE}/reactive`]: simpleChange('REACTIVATE', 'reactive', ['CANCELLED'], 'ACTIVE'),
	[`POST ${ONE}/suspend`]: simpleChange('SUSPEND', 'suspend', ['ACTIVE'], 'SUSPENDED'),
	[`POST ${ONE}/activate`]: simpleChange(
		'ACTIVATE',
		'activate',
		['SUSPENDED', 'PENDING'],
		'ACTIVE',
	),
	[`POST ${ONE}/upgrade`]: transition('UPGRADE'),
	[`POST ${ONE}/downgrade`]: transition('DOWNGRADE'),

	[`POST ${ONE}/changePlan`]: (ctx) => {
		const sub = requireSubscription(ctx);
		requireStatus(sub, 'changePlan', ['ACTIVE']);
		const body = bodyObject(ctx.body);
		const billingTerm =
			oneOf(body, 'billingTerm', ['MONTHLY', 'ANNUAL', 'TRIENNIAL'] as const, false) ??
			sub.billingTerm;
		const billingFrequency =
			oneOf(body, 'billingFrequency', ['MONTHLY', 'ANNUAL'] as const, false) ??
			sub.billingFrequency;
		if (billingTerm === sub.billingTerm && billingFrequency === sub.billingFrequency)
			throw invalid(
				'billingTerm',
				'billingTerm or billingFrequency must differ from the current plan',
			);
		const target = renewalOptions(ctx, sub).find(
			(p) => p.billingTerm === billingTerm && p.billingFrequency === billingFrequency,
		);
		if (!target)
			throw invalid(
				'billingTerm',
				`${sub.productName} has no ${billingTerm} plan billed ${billingFrequency}`,
			);
		return accepted(ctx, 'CHANGE_PLAN', sub.subscriptionId, () =>
			touch(ctx, sub, {
				productId: target.productId,
				skuNo: target.skuNo,
				billingTerm,
				billingFrequency,
				unitPrice: target.unitPrice,
			}),
		);
	},

	[`GET ${ONE}/transition/products`]: (ctx) => {
		const sub = requireSubscription(ctx);
		const records = transitions(ctx, sub).map((p) => ({
			...publicProduct(p),
			transitionType: p.transitionType,
		}));
		return page(ctx.requestId, ctx.query, records, ctx.maxPageSize);
	},

	[`GET ${ONE}/renew/options`]: (ctx) => {
		const sub = requireSubscription(ctx);
		return ok(ctx.requestId, {
			...renewalSetting(sub),
			options: renewalOptions(ctx, sub).map((p) => ({
				productId: p.productId,
				productName: p.productName,
				skuNo: p.skuNo,
				billingTerm: p.billingTerm,
				billingFrequency: p.billingFrequency,
				unitPrice: p.unitPrice,
			})),
		});
	},

	[`PUT ${ONE}/renew/setting`]: (ctx) => {
		const sub = requireSubscription(ctx);
		const body = bodyObject(ctx.body);
		const autoRenew = body.autoRenew;
		if (typeof autoRenew !== 'boolean')
			throw invalid(
				'autoRenew',
				`is required and must be true or false, got ${JSON.stringify(autoRenew)}`,
			);
		const product = ctx.store.products.get(sub.productId) as Product;
		const renewalQuantity = int(body, 'renewalQuantity', {
			required: false,
			min: product.minQuantity,
			max: product.maxQuantity,
		});
		const renewalProductId = str(body, 'renewalProductId', false);
		if (
			renewalProductId &&
			!renewalOptions(ctx, sub).some((p) => p.productId === renewalProductId)
		) {
			throw invalid(
				'renewalProductId',
				`${renewalProductId} is not a renewal option of subscription ${sub.subscriptionId}; see Get Renewal Option`,
			);
		}
		requireStatus(sub, 'renew/setting', ['ACTIVE', 'SUSPENDED']);
		touch(ctx, sub, {
			autoRenew,
			renewalQuantity: renewalQuantity ?? sub.renewalQuantity,
			renewalProductId: renewalProductId ?? sub.renewalProductId,
		});
		return ok(ctx.requestId, renewalSetting(sub));
	},

	'GET /api/v1/subscriptions/operations/{operationId}': (ctx) => {
		const op = ctx.ops.poll(ctx.params.operationId);
		if (!op) throw notFound('operation', ctx.params.operationId);
		return ok(ctx.requestId, op);
	},
};
