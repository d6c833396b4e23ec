// Orders: account list, customer list ('-' = all customers), get, create-or-update (CREATE/UPDATE items), cancel.
import { nowIso, q } from '../context';
import type { HandlerContext, HandlerResult, RouteTable } from '../context';
import { IonError, notFound } from '../errors';
import { applyLifecycle, isLifecycleAttribute, lifecycleProblems } from '../lifecycle';
import { filterHash, tokenPage } from '../pagination';
import { buildSubscription, DAY, providerByName, PROVIDERS, uuid } from '../seed';
import type { Provider } from '../seed';
import { templateFor } from '../templates';
import type { Order, OrderItem, Product, Subscription } from '../types';
import { requireCustomer } from './customers';

const ACCOUNT = '/api/v3/accounts/{accountId}';

/** Ion's provisioning-data error: HTTP 400, gRPC code 3, ErrorBody details (CreateandUpdateErrorResponse). */
class ProvisioningError extends IonError {
	constructor(readonly errors: Array<{ code: string; detail: string }>) {
		super(400, 'BAD_REQUEST: Invalid provisioning data', 'BAD_REQUEST: Invalid provisioning data');
	}
}

export function provisioningErrorBody(err: IonError, requestId: string): unknown {
	if (!(err instanceof ProvisioningError)) return undefined;
	return {
		error: err.error,
		message: err.message,
		code: 3,
		details: [{ '@type': 'type.googleapis.com/v3orberrors.ErrorBody', requestId, errors: err.errors }],
	};
}

function orderResource(ctx: HandlerContext, customerId: string, orderId: string): string {
	return `accounts/${ctx.accountId}/customers/${customerId}/orders/${orderId}`;
}

function listOrders(ctx: HandlerContext, customerId: string | undefined): HandlerResult {
	const f = {
		customerId,
		status: q(ctx.query, 'status'),
		customerIdList: q(ctx.query, 'filter.customerIdList'),
		providerNameList: q(ctx.query, 'filter.providerNameList')?.toUpperCase(),
		sortBy: q(ctx.query, 'sortBy') ?? 'createTime',
		sortOrder: q(ctx.query, 'sortOrder') ?? 'DESC',
	};
	const hash = filterHash(f);
	const { store } = ctx;
	const list = ctx.cache.get(`orders:${hash}`, store.version, () => {
		const customers = f.customerIdList ? new Set(f.customerIdList.split(',').map((s) => s.trim())) : undefined;
		const providers = f.providerNameList ? new Set(f.providerNameList.split(',').map((s) => s.trim())) : undefined;
		const out: Order[] = [];
		for (const id of store.orderOrder) {
			const o = store.orders.get(id) as Order;
			if (f.customerId && o.customerId !== f.customerId) continue;
			if (f.status && o.status !== f.status) continue;
			if (customers && !customers.has(o.customerId)) continue;
			if (providers && !o.orderItems.some((i) => providers.has(i.providerName))) continue;
			out.push(o);
		}
		const key = f.sortBy === 'updateTime' ? 'updateTime' : 'createTime';
		const dir = f.sortOrder === 'ASC' ? 1 : -1;
		out.sort((a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : Number(a.orderId) - Number(b.orderId)) * dir);
		return out;
	});
	const page = tokenPage(ctx.query, list, hash, ctx.maxPageSize);
	return { status: 200, body: { orders: page.items, ...(page.nextPageToken ? { nextPageToken: page.nextPageToken } : {}) } };
}

function listAccountOrders(ctx: HandlerContext): HandlerResult {
	return listOrders(ctx, undefined);
}

function listCustomerOrders(ctx: HandlerContext): HandlerResult {
	const c = ctx.params.customerId;
	if (c === '-') return listOrders(ctx, undefined);
	requireCustomer(ctx, c);
	return listOrders(ctx, c);
}

function findOrder(ctx: HandlerContext): Order {
	const { customerId, orderId } = ctx.params;
	const o = ctx.store.orders.get(orderId);
	if (!o || (customerId !== '-' && o.customerId !== customerId)) throw notFound(orderResource(ctx, customerId, orderId));
	return o;
}

function getOrder(ctx: HandlerContext): HandlerResult {
	return { status: 200, body: findOrder(ctx) };
}

export interface ItemRequest {
	referenceId?: string;
	action: 'CREATE' | 'UPDATE';
	resourceId?: string;
	productId: string;
	skuId: string;
	planId: string;
	quantity: number;
	endCustomerPO?: string;
	resellerPO?: string;
	attributes: Array<{ name?: string; value?: string }>;
}

export interface OrderRequest {
	referenceId?: string;
	displayName?: string;
	orderItems: ItemRequest[];
}

interface PlannedItem {
	req: ItemRequest;
	product: Product;
	provider: Provider;
	unitPrice: number;
	planName: string;
	target?: Subscription;
}

/** Checks every item before anything changes, so a bad order changes nothing. */
function planItems(ctx: HandlerContext, customerId: string, items: ItemRequest[]): PlannedItem[] {
	const errors: Array<{ code: string; detail: string }> = [];
	const planned: PlannedItem[] = [];
	if (!items.length) errors.push({ code: 'COMM-VL-001', detail: "The 'orderItems' array must contain at least one order item." });
	items.forEach((req, i) => {
		const at = `order.orderItems[${i}]`;
		const product = ctx.store.products.get(req.productId);
		if (!product) {
			errors.push({ code: 'COMM-VL-005', detail: `${at}: product '${req.productId}' does not exist in the catalog.` });
			return;
		}
		if (product.disabled) errors.push({ code: 'COMM-VL-006', detail: `${at}: product '${req.productId}' is disabled.` });
		const sku = product.definition.skus.find((s) => s.id === req.skuId);
		const plan = sku?.plans.find((p) => p.id === req.planId);
		if (!sku) errors.push({ code: 'COMM-VL-005', detail: `${at}: sku '${req.skuId}' does not exist for product '${req.productId}'.` });
		else if (!plan) errors.push({ code: 'COMM-VL-005', detail: `${at}: plan '${req.planId}' does not exist for sku '${req.skuId}'.` });
		if (req.quantity < 1) errors.push({ code: 'COMM-VL-002', detail: `${at}: 'quantity' must be at least 1.` });
		const provider = providerByName(product.cloudConsumption.cloudProvider) ?? PROVIDERS[0];
		let target: Subscription | undefined;
		if (req.action === 'UPDATE') {
			if (!req.resourceId) {
				errors.push({
					code: 'COMM-VL-003',
					detail: "The 'resourceId' attribute must be present in the 'order.orderItem' object when 'action' is 'UPDATE'.",
				});
			} else {
				target = ctx.store.findSubscription(req.resourceId);
				if (!target || target.customerId !== customerId) {
					throw notFound(`accounts/${ctx.accountId}/customers/${customerId}/subscriptions/${req.resourceId}`);
				}
				if (['CANCELLED', 'DELETED', 'EXPIRED'].includes(target.subscriptionStatus)) {
					errors.push({ code: 'COMM-VL-007', detail: `${at}: subscription '${req.resourceId}' is ${target.subscriptionStatus} and cannot be updated.` });
				}
				if (target.ccpProductId !== req.productId) {
					errors.push({ code: 'COMM-VL-008', detail: `${at}: productId '${req.productId}' does not match the subscription's product '${target.ccpProductId}'.` });
				}
				errors.push(...lifecycleProblems(req.attributes, target, at));
			}
		}
		const template = templateFor(provider.name, req.action);
		if (template) {
			const names = new Set<string>();
			for (const a of req.attributes) {
				if (!a.name || (req.action === 'UPDATE' && isLifecycleAttribute(a.name))) continue;
				names.add(a.name);
				if (!template.attributes.includes(a.name)) {
					errors.push({
						code: 'COMM-VL-002',
						detail: `The 'order.orderItem.attributes.name' must be equal to one of the allowed values: [${template.attributes.map((n) => `'${n}'`).join(', ')}]; got '${a.name}'.`,
					});
				}
			}
			for (const r of template.requiredAttributes) {
				if (!names.has(r)) {
					errors.push({
						code: 'COMM-VL-004',
						detail: `The '${r}' attribute must be present in the 'Order.orderItem.attributes' array when the provider is '${provider.name}' and the action is '${req.action}'.`,
					});
				}
			}
		}
		planned.push({ req, product, provider, unitPrice: plan?.pricebookPrice ?? 0, planName: plan?.displayName ?? '', target });
	});
	if (errors.length) throw new ProvisioningError(errors);
	return planned;
}

function createOrder(ctx: HandlerContext): HandlerResult {
	return { status: 200, body: placeOrder(ctx, ctx.params.customerId, ctx.body as OrderRequest) };
}

/** Validates all items, applies them (subscriptions created/changed) and stores the order. */
export function placeOrder(ctx: HandlerContext, customerId: string, body: OrderRequest, cartId?: string): Order {
	const customer = requireCustomer(ctx, customerId);
	const planned = planItems(ctx, customerId, body.orderItems);
	const { store } = ctx;
	const orderId = String(store.nextOrderId);
	const now = ctx.now();
	const stamp = nowIso(ctx);
	const items: OrderItem[] = planned.map((p, i) => {
		let resourceId = p.req.resourceId ?? '';
		let previousQuantity: number | undefined;
		if (p.req.action === 'CREATE') {
			const sub = buildSubscription(ctx.accountId, String(store.nextSubscriptionId), {
				customer,
				product: p.product,
				planId: p.req.planId,
				planName: p.planName,
				provider: p.provider,
				quantity: p.req.quantity,
				status: 'ACTIVE',
				start: now,
				end: now + (p.req.planId.includes('P1M') ? 30 : 365) * DAY,
				term: p.req.planId.includes('P1M') ? 'P1M' : 'P1Y',
				cycle: p.req.planId.endsWith('ANNUAL') ? 'ANNUAL' : 'MONTHLY',
				unitPrice: p.unitPrice,
				providerSubscriptionId: p.provider.vendor === 'MICROSOFT' ? uuid(ctx.rng) : `${p.provider.name.toLowerCase()}-${Math.floor(ctx.rng() * 2 ** 48).toString(16).padStart(12, '0')}`,
				autoRenew: true,
				resellerPO: p.req.resellerPO ?? '',
			});
			sub.customerPO = p.req.endCustomerPO ?? '';
			sub.attributes = p.req.attributes.filter((a) => a.name).map((a) => ({ name: a.name as string, value: a.value ?? '' }));
			store.addSubscription(sub);
			resourceId = sub.subscriptionId;
		} else if (p.target) {
			const s = p.target;
			previousQuantity = Number(s.subscriptionTotalLicenses);
			s.subscriptionTotalLicenses = String(p.req.quantity);
			s.customerCost = Math.round(s.price * p.req.quantity * 100) / 100;
			s.lastUpdatedDate = stamp;
			applyLifecycle(p.req.attributes, s);
			if (p.req.planId !== s.ccpPlanId) {
				s.ccpPlanId = p.req.planId;
				s.ccpProductInfo = { ...s.ccpProductInfo, planId: p.req.planId, planDisplayName: p.planName };
			}
			store.touch();
			resourceId = s.subscriptionId;
		}
		return {
			name: `${orderResource(ctx, customerId, orderId)}/orderItems/${i + 1}`,
			referenceId: p.req.referenceId ?? '',
			action: p.req.action,
			resourceId,
			productId: p.req.productId,
			skuId: p.req.skuId,
			planId: p.req.planId,
			quantity: p.req.quantity,
			providerName: p.provider.name,
			price: p.unitPrice,
			endCustomerPO: p.req.endCustomerPO ?? '',
			resellerPO: p.req.resellerPO ?? '',
			attributes: p.req.attributes.map((a) => ({ name: a.name ?? '', value: a.value ?? '' })),
			status: 'COMPLETED',
			provisioningInfo: { processId: `proc-${orderId}-${i + 1}`, processName: `${p.provider.name}_${p.req.action}`, details: 'provisioned' },
			...(previousQuantity !== undefined ? { additionalInformation: `quantity ${previousQuantity} -> ${p.req.quantity}` } : {}),
		};
	});
	const order: Order = {
		name: orderResource(ctx, customerId, orderId),
		accountId: ctx.accountId,
		customerId,
		orderId,
		referenceId: body.referenceId ?? '',
		displayName: body.displayName ?? '',
		userId: '7001',
		userName: 'Integration User',
		userEmail: 'integration@reseller.example.com',
		status: 'COMPLETED',
		currencyCode: 'USD',
		total: Math.round(items.reduce((t, i) => t + i.price * i.quantity, 0) * 100) / 100,
		...(cartId ? { cartId } : {}),
		orderItems: items,
		createTime: stamp,
		updateTime: stamp,
	};
	store.addOrder(order);
	return order;
}

/** Cancel window (like Microsoft's 7 days after purchase): CREATE items cancel their subscriptions, UPDATE items revert. */
export const CANCEL_WINDOW_MS = 7 * DAY;

function cancelOrder(ctx: HandlerContext): HandlerResult {
	const o = findOrder(ctx);
	if (o.status === 'CANCELED') {
		throw new IonError(400, 'FAILED_PRECONDITION', `order ${o.orderId} is already CANCELED`);
	}
	if (ctx.now() - Date.parse(o.createTime) > CANCEL_WINDOW_MS) {
		throw new IonError(400, 'FAILED_PRECONDITION', `order ${o.orderId} can no longer be canceled: the cancellation window has closed`);
	}
	const stamp = nowIso(ctx);
	for (const item of o.orderItems) {
		const sub = ctx.store.findSubscription(item.resourceId);
		if (!sub) continue;
		if (item.action === 'CREATE') {
			sub.subscriptionStatus = 'CANCELLED';
			sub.autoRenew = false;
			sub.subscriptionRenewStatus = 'AUTO_RENEW_OFF';
		} else {
			const m = /^quantity (\d+) -> \d+$/.exec(item.additionalInformation ?? '');
			if (m) {
				sub.subscriptionTotalLicenses = m[1];
				sub.customerCost = Math.round(sub.price * Number(m[1]) * 100) / 100;
			}
		}
		sub.lastUpdatedDate = stamp;
		item.status = 'CANCELED';
	}
	o.status = 'CANCELED';
	o.updateTime = stamp;
	ctx.store.touch();
	return { status: 200, body: o };
}

export const orderRoutes: RouteTable = {
	[`GET ${ACCOUNT}/orders`]: listAccountOrders,
	[`GET ${ACCOUNT}/customers/{customerId}/orders`]: listCustomerOrders,
	[`POST ${ACCOUNT}/customers/{customerId}/orders`]: createOrder,
	[`GET ${ACCOUNT}/customers/{customerId}/orders/{orderId}`]: getOrder,
	[`POST ${ACCOUNT}/customers/{customerId}/orders/{orderId}:cancel`]: cancelOrder,
};
