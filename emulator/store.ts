// In-memory state of one emulator instance, with the few indexes the list endpoints need.
import type { SeedResult } from './seed';
import type { Customer, Order, Product, Subscription } from './types';

export interface Cart {
	id: string;
	customerId: string;
	name: string;
	displayName: string;
	userName: string;
	payment: { paymentType?: string; creditCardName?: string };
	status: string;
	currencyCode: string;
	cartItems: CartItem[];
	createTime: string;
	updateTime: string;
}

export interface CartItem {
	id: string;
	[key: string]: unknown;
}

export interface Report {
	id: string;
	[key: string]: unknown;
}

export class Store {
	readonly accountId: string;
	readonly customers = new Map<string, Customer>();
	/** customer ids in creation order (ascending numeric) */
	readonly customerOrder: string[] = [];
	readonly products = new Map<string, Product>();
	readonly productOrder: string[] = [];
	readonly subscriptions = new Map<string, Subscription>();
	readonly subscriptionOrder: string[] = [];
	/** customerId -> subscription ids */
	readonly subscriptionsByCustomer = new Map<string, string[]>();
	/** provider subscription id (resourceId in orders) -> subscription id */
	readonly subscriptionsByResourceId = new Map<string, string>();
	readonly orders = new Map<string, Order>();
	readonly orderOrder: string[] = [];
	readonly carts = new Map<string, Cart>();
	readonly reports = new Map<string, Report>();
	/** program id -> product ids set up for it (routes/programs.ts fills it on first use) */
	readonly programProducts = new Map<string, Set<string>>();
	/** demo reports are created on first use */
	reportsInitialised = false;
	/** bumps on every write; list caches key on it */
	version = 0;
	nextCustomerId = 10001;
	nextSubscriptionId = 500001;
	nextOrderId = 90001;
	nextCartId = 3001;
	nextCartItemId = 1;

	constructor(accountId: string, seed: SeedResult) {
		this.accountId = accountId;
		for (const p of seed.products) {
			this.products.set(p.id, p);
			this.productOrder.push(p.id);
		}
		for (const c of seed.customers) this.addCustomer(c);
		for (const s of seed.subscriptions) this.addSubscription(s);
		for (const o of seed.orders) this.addOrder(o);
	}

	static customerId(c: Customer): string {
		return c.name.slice(c.name.lastIndexOf('/') + 1);
	}

	touch(): void {
		this.version++;
	}

	addCustomer(c: Customer): void {
		const id = Store.customerId(c);
		this.customers.set(id, c);
		this.customerOrder.push(id);
		this.nextCustomerId = Math.max(this.nextCustomerId, Number(id) + 1);
		this.touch();
	}

	addSubscription(s: Subscription): void {
		this.subscriptions.set(s.id, s);
		this.subscriptionOrder.push(s.id);
		let list = this.subscriptionsByCustomer.get(s.customerId);
		if (!list) {
			list = [];
			this.subscriptionsByCustomer.set(s.customerId, list);
		}
		list.push(s.id);
		this.subscriptionsByResourceId.set(s.subscriptionId, s.id);
		this.nextSubscriptionId = Math.max(this.nextSubscriptionId, Number(s.id) + 1);
		this.touch();
	}

	addOrder(o: Order): void {
		this.orders.set(o.orderId, o);
		this.orderOrder.push(o.orderId);
		this.nextOrderId = Math.max(this.nextOrderId, Number(o.orderId) + 1);
		this.touch();
	}

	/** A subscription by its provider id (order resourceId) or by its Ion id. */
	findSubscription(resourceId: string): Subscription | undefined {
		const id = this.subscriptionsByResourceId.get(resourceId) ?? resourceId;
		return this.subscriptions.get(id);
	}
}
