// Carts and cart items (simple in-memory CRUD) and checkout, which places a CREATE order for the cart's items.
import { nowIso, q } from '../context';
import type { HandlerContext, HandlerResult, RouteTable } from '../context';
import { IonError, notFound } from '../errors';
import { offsetPage } from '../pagination';
import type { Cart, CartItem } from '../store';
import type { Plan, Product, Sku } from '../types';
import { requireCustomer } from './customers';
import { placeOrder } from './orders';

const BASE = '/api/v3/customers/{customerId}/carts';

function cartResource(customerId: string, cartId: string): string {
	return `customers/${customerId}/carts/${cartId}`;
}

function requireCart(ctx: HandlerContext): Cart {
	const { customerId, cartId } = ctx.params;
	requireCustomer(ctx, customerId);
	const cart = ctx.store.carts.get(cartId);
	if (!cart || cart.customerId !== customerId) throw notFound(cartResource(customerId, cartId));
	return cart;
}

function cartBody(cart: Cart): Record<string, unknown> {
	return {
		name: cart.name,
		cartDisplayName: cart.displayName,
		userName: cart.userName,
		payment: cart.payment,
		status: cart.status,
		currencyCode: cart.currencyCode,
		totalItems: cart.cartItems.length,
	};
}

interface CartBody {
	cartDisplayName?: string;
	userName?: string;
	payment?: { paymentType?: string; creditCardName?: string };
	status?: string;
	currencyCode?: string;
}

function createCart(ctx: HandlerContext): HandlerResult {
	const customerId = ctx.params.customerId;
	requireCustomer(ctx, customerId);
	const body = (ctx.body ?? {}) as CartBody;
	const id = String(ctx.store.nextCartId++);
	const stamp = nowIso(ctx);
	const cart: Cart = {
		id,
		customerId,
		name: cartResource(customerId, id),
		displayName: body.cartDisplayName ?? '',
		userName: body.userName ?? 'integration@reseller.example.com',
		payment: body.payment ?? { paymentType: 'OFFLINE' },
		status: body.status ?? 'OPEN',
		currencyCode: body.currencyCode ?? 'USD',
		cartItems: [],
		createTime: stamp,
		updateTime: stamp,
	};
	ctx.store.carts.set(id, cart);
	ctx.store.touch();
	return { status: 201, body: cartBody(cart) };
}

function listCarts(ctx: HandlerContext): HandlerResult {
	const customerId = ctx.params.customerId;
	requireCustomer(ctx, customerId);
	const status = q(ctx.query, 'status');
	const list = [...ctx.store.carts.values()].filter(
		(c) => c.customerId === customerId && (!status || status === 'CART_STATUS_UNSPECIFIED' || c.status === status),
	);
	const page = offsetPage(ctx.query, list, ctx.maxPageSize);
	return { status: 200, body: { carts: page.items.map(cartBody) } };
}

function getCart(ctx: HandlerContext): HandlerResult {
	return { status: 200, body: cartBody(requireCart(ctx)) };
}

function updateCart(ctx: HandlerContext): HandlerResult {
	const cart = requireCart(ctx);
	const body = (ctx.body ?? {}) as CartBody;
	if (body.cartDisplayName !== undefined) cart.displayName = body.cartDisplayName;
	if (body.userName !== undefined) cart.userName = body.userName;
	if (body.payment !== undefined) cart.payment = body.payment;
	if (body.status !== undefined) cart.status = body.status;
	if (body.currencyCode !== undefined) cart.currencyCode = body.currencyCode;
	cart.updateTime = nowIso(ctx);
	ctx.store.touch();
	return { status: 200, body: cartBody(cart) };
}

function deleteCart(ctx: HandlerContext): HandlerResult {
	const cart = requireCart(ctx);
	ctx.store.carts.delete(cart.id);
	ctx.store.touch();
	return { status: 204 };
}

/** planName is a plan id or a resource name ending in /plans/{planId}. */
function findPlan(ctx: HandlerContext, planName: string): { product: Product; sku: Sku; plan: Plan } {
	const planId = planName.slice(planName.lastIndexOf('/') + 1);
	for (const p of ctx.store.products.values()) {
		for (const sku of p.definition.skus) {
			const plan = sku.plans.find((x) => x.id === planId);
			if (plan) return { product: p, sku, plan };
		}
	}
	throw new IonError(400, 'INVALID_ARGUMENT', `planName: plan '${planName}' does not exist in the catalog`);
}

interface CartItemBody {
	planName?: string;
	payment?: { paymentType?: string };
	quantity?: number;
}

function itemBody(cart: Cart, item: CartItem): Record<string, unknown> {
	const rest: Record<string, unknown> = { ...item };
	for (const internal of ['id', 'productId', 'skuId', 'planId', 'unitPrice']) delete rest[internal];
	return { name: `${cart.name}/cartItems/${item.id}`, cartName: cart.name, userName: cart.userName, ...rest };
}

function priceItem(ctx: HandlerContext, cart: Cart, item: CartItem, body: CartItemBody): void {
	if (body.planName !== undefined) {
		const { product, sku, plan } = findPlan(ctx, body.planName);
		item.productId = product.id;
		item.skuId = sku.id;
		item.planId = plan.id;
		item.planName = body.planName;
		item.title = `${product.marketing.displayName} - ${plan.displayName}`;
		item.period = plan.billingPeriod === 'ANNUAL' ? 'YEAR' : 'MONTH';
		item.unitPrice = plan.pricebookPrice;
	}
	if (body.quantity !== undefined) item.quantity = body.quantity;
	if (body.payment !== undefined) item.payment = body.payment;
	const quantity = Number(item.quantity ?? 1);
	item.upfrontPrice = { currency: cart.currencyCode };
	item.recurringPrice = { currency: cart.currencyCode, value: Math.round(Number(item.unitPrice ?? 0) * quantity * 100) / 100 };
}

function createCartItem(ctx: HandlerContext): HandlerResult {
	const cart = requireCart(ctx);
	const body = (ctx.body ?? {}) as CartItemBody;
	if (!body.planName) throw new IonError(400, 'INVALID_ARGUMENT', 'planName: required field is missing');
	const item: CartItem = {
		id: String(ctx.store.nextCartItemId++),
		status: 'DRAFT',
		quantity: 1,
		payment: cart.payment,
		currencyCode: cart.currencyCode,
		paymentSpec: { offlineAllowed: true, immutable: false },
		checkedOut: 'UNSPECIFIED',
		ownerId: cart.customerId,
		productType: 'PRODUCT',
	};
	priceItem(ctx, cart, item, body);
	cart.cartItems.push(item);
	cart.updateTime = nowIso(ctx);
	ctx.store.touch();
	return { status: 200, body: itemBody(cart, item) };
}

function requireItem(ctx: HandlerContext, cart: Cart): CartItem {
	const item = cart.cartItems.find((i) => i.id === ctx.params.cartItemId);
	if (!item) throw notFound(`${cart.name}/cartItems/${ctx.params.cartItemId}`);
	return item;
}

function listCartItems(ctx: HandlerContext): HandlerResult {
	const cart = requireCart(ctx);
	return { status: 200, body: { cartitems: cart.cartItems.map((i) => itemBody(cart, i)) } };
}

function getCartItem(ctx: HandlerContext): HandlerResult {
	const cart = requireCart(ctx);
	return { status: 200, body: itemBody(cart, requireItem(ctx, cart)) };
}

function updateCartItem(ctx: HandlerContext): HandlerResult {
	const cart = requireCart(ctx);
	const item = requireItem(ctx, cart);
	priceItem(ctx, cart, item, (ctx.body ?? {}) as CartItemBody);
	ctx.store.touch();
	return { status: 200, body: itemBody(cart, item) };
}

function deleteCartItem(ctx: HandlerContext): HandlerResult {
	const cart = requireCart(ctx);
	const item = requireItem(ctx, cart);
	cart.cartItems = cart.cartItems.filter((i) => i !== item);
	ctx.store.touch();
	return { status: 204 };
}

interface CheckoutBody {
	totalCalculatedValue?: number;
	provisionData?: Array<{ cartItemId: number; attributes?: Array<{ name?: string; value?: string }> }>;
}

// A documented guess (README): every cart item becomes a CREATE order item, its attributes checked like an
// order's against the provider's template; the answer is the order (name accounts/{a}/customers/{c}/orders/{id}).
function checkout(ctx: HandlerContext): HandlerResult {
	const cart = requireCart(ctx);
	if (cart.status === 'CHECKED_OUT') throw new IonError(400, 'FAILED_PRECONDITION', `cart ${cart.id} is already checked out`);
	if (!cart.cartItems.length) throw new IonError(400, 'FAILED_PRECONDITION', `cart ${cart.id} has no items`);
	const body = (ctx.body ?? {}) as CheckoutBody;
	const attrs = new Map((body.provisionData ?? []).map((d) => [String(d.cartItemId), d.attributes ?? []]));
	const order = placeOrder(
		ctx,
		cart.customerId,
		{
			referenceId: `cart-${cart.id}`,
			displayName: cart.displayName,
			orderItems: cart.cartItems.map((i) => ({
				referenceId: `cartItem-${i.id}`,
				action: 'CREATE' as const,
				productId: String(i.productId),
				skuId: String(i.skuId),
				planId: String(i.planId),
				quantity: Number(i.quantity ?? 1),
				attributes: attrs.get(i.id) ?? [],
			})),
		},
		cart.id,
	);
	cart.status = 'CHECKED_OUT';
	for (const i of cart.cartItems) {
		i.checkedOut = 'SUCCESS';
		i.status = 'ACTIVE';
	}
	cart.updateTime = nowIso(ctx);
	ctx.store.touch();
	return {
		status: 200,
		body: {
			...order,
			userId: Number(order.userId),
			cartId: Number(cart.id),
			orderItems: order.orderItems.map((oi, n) => ({
				...oi,
				cost: Math.round(oi.price * 0.85 * 100) / 100,
				currencyCode: order.currencyCode,
				subTotal: Math.round(oi.price * oi.quantity * 100) / 100,
				cartItemId: Number(cart.cartItems[n]?.id),
				createTime: order.createTime,
				updateTime: order.updateTime,
			})),
		},
	};
}

export const cartRoutes: RouteTable = {
	[`GET ${BASE}`]: listCarts,
	[`POST ${BASE}`]: createCart,
	[`GET ${BASE}/{cartId}`]: getCart,
	[`PUT ${BASE}/{cartId}`]: updateCart,
	[`DELETE ${BASE}/{cartId}`]: deleteCart,
	[`POST ${BASE}/{cartId}:checkout`]: checkout,
	[`GET ${BASE}/{cartId}/cartItems`]: listCartItems,
	[`POST ${BASE}/{cartId}/cartItems`]: createCartItem,
	[`GET ${BASE}/{cartId}/cartItems/{cartItemId}`]: getCartItem,
	[`PUT ${BASE}/{cartId}/cartItems/{cartItemId}`]: updateCartItem,
	[`DELETE ${BASE}/{cartId}/cartItems/{cartItemId}`]: deleteCartItem,
};
