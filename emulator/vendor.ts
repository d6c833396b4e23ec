// Changes made outside the API, as the vendor or TD SYNNEX would make them (seats changed in the Microsoft
// admin centre, a subscription suspended for non-payment, a renewal, an order the back office completes),
// so tests and the benchmark can drive the trigger. Every change stamps the record's update time the way Ion
// does (`lastUpdatedDate` for subscriptions, `updateTime` for orders and customers) and bumps the store
// version, so list caches see it.
import { buildCustomer, buildSubscription, DAY, iso, PROVIDERS, uuid } from './seed';
import type { Rng } from './prng';
import type { Store } from './store';
import type { Customer, Order, Subscription } from './types';

export interface SubscriptionChange {
	/** new total seats (`subscriptionTotalLicenses`) */
	seats?: number;
	status?: Subscription['subscriptionStatus'];
	/** ISO date-time or epoch ms; also moves `subscriptionEndDate` unless `endDate` is given */
	renewalDate?: string | number;
	endDate?: string | number;
	autoRenew?: boolean;
	planId?: string;
}

export type CustomerChange = Partial<
	Pick<
		Customer,
		'customerOrganization' | 'customerName' | 'customerEmail' | 'customerPhone' | 'customerTitle' | 'languageCode' | 'customerStatus'
	>
>;

const asIso = (value: string | number): string => iso(typeof value === 'number' ? value : Date.parse(value));

export class VendorActions {
	constructor(
		private readonly store: Store,
		private readonly accountId: string,
		private readonly rng: Rng,
		private readonly now: () => number = Date.now,
	) {}

	private subscription(id: string): Subscription {
		const s = this.store.subscriptions.get(id);
		if (!s) throw new Error(`vendor: no subscription ${id}`);
		return s;
	}

	/** Changes a subscription as the vendor would; returns it. */
	changeSubscription(id: string, change: SubscriptionChange): Subscription {
		const s = this.subscription(id);
		if (change.seats !== undefined) {
			s.subscriptionTotalLicenses = String(change.seats);
			s.customerCost = Math.round(s.price * change.seats * 100) / 100;
		}
		if (change.status !== undefined) s.subscriptionStatus = change.status;
		if (change.renewalDate !== undefined) {
			s.renewalDate = asIso(change.renewalDate);
			if (change.endDate === undefined) s.subscriptionEndDate = s.renewalDate;
		}
		if (change.endDate !== undefined) s.subscriptionEndDate = asIso(change.endDate);
		if (change.autoRenew !== undefined) {
			s.autoRenew = change.autoRenew;
			s.subscriptionRenewStatus = change.autoRenew ? 'AUTO_RENEW_ON' : 'AUTO_RENEW_OFF';
		}
		if (change.planId !== undefined) {
			s.ccpPlanId = change.planId;
			s.ccpProductInfo = { ...s.ccpProductInfo, planId: change.planId };
		}
		s.lastUpdatedDate = iso(this.now());
		this.store.touch();
		return s;
	}

	/** Moves an order to another status (the back office completed, failed or canceled it). */
	changeOrderStatus(orderId: string, status: Order['status']): Order {
		const o = this.store.orders.get(orderId);
		if (!o) throw new Error(`vendor: no order ${orderId}`);
		o.status = status;
		for (const item of o.orderItems) item.status = status;
		o.updateTime = iso(this.now());
		this.store.touch();
		return o;
	}

	/** Changes a customer's fields (as someone did in the Ion portal). */
	changeCustomer(customerId: string, change: CustomerChange): Customer {
		const c = this.store.customers.get(customerId);
		if (!c) throw new Error(`vendor: no customer ${customerId}`);
		Object.assign(c, change);
		c.updateTime = iso(this.now());
		this.store.touch();
		return c;
	}

	/** A customer created in the Ion portal. */
	newCustomer(fields: CustomerChange = {}): Customer {
		const id = String(this.store.nextCustomerId);
		const c = buildCustomer(
			this.accountId,
			id,
			{
				customerOrganization: fields.customerOrganization ?? `Portal Customer ${id}`,
				customerAddress: { street: '1 Main St', suite: '', city: 'Springfield', state: 'IL', zip: '62701', country: 'US' },
				customerName: fields.customerName ?? 'Pat Portal',
				customerEmail: fields.customerEmail ?? `pat.portal.${id}@example.com`,
				languageCode: fields.languageCode ?? 'en',
				customerStatus: fields.customerStatus,
			},
			this.rng,
			this.now(),
		);
		this.store.addCustomer(c);
		return c;
	}

	/** A subscription provisioned outside the API (e.g. bought in the portal), on the customer's first product. */
	newSubscription(customerId: string, { seats = 5, status = 'ACTIVE' as Subscription['subscriptionStatus'] } = {}): Subscription {
		const customer = this.store.customers.get(customerId);
		if (!customer) throw new Error(`vendor: no customer ${customerId}`);
		const product = this.store.products.get(this.store.productOrder[0]);
		if (!product) throw new Error('vendor: the catalogue is empty');
		const plan = product.definition.skus[0].plans[0];
		const provider = PROVIDERS.find((p) => p.name === product.cloudConsumption.cloudProvider) ?? PROVIDERS[0];
		const now = this.now();
		const s = buildSubscription(this.accountId, String(this.store.nextSubscriptionId), {
			customer,
			product,
			planId: plan.id,
			planName: plan.displayName,
			provider,
			quantity: seats,
			status,
			start: now,
			end: now + 365 * DAY,
			term: 'P1Y',
			cycle: 'MONTHLY',
			unitPrice: plan.pricebookPrice,
			providerSubscriptionId: uuid(this.rng),
			autoRenew: true,
			resellerPO: '',
		});
		s.lastUpdatedDate = iso(now);
		this.store.addSubscription(s);
		return s;
	}

	/** An order placed outside this API (in the portal), NEW until the back office processes it. */
	newOrder(customerId: string, { status = 'NEW' as Order['status'] } = {}): Order {
		const ids = this.store.subscriptionsByCustomer.get(customerId) ?? [];
		const sub = ids.length ? this.store.subscriptions.get(ids[0]) : undefined;
		if (!sub) throw new Error(`vendor: customer ${customerId} has no subscription to base an order on`);
		const orderId = String(this.store.nextOrderId);
		const stamp = iso(this.now());
		const name = `accounts/${this.accountId}/customers/${customerId}/orders/${orderId}`;
		const provider = PROVIDERS.find((p) => p.id === sub.cloudProviderId) ?? PROVIDERS[0];
		const order: Order = {
			name,
			accountId: this.accountId,
			customerId,
			orderId,
			referenceId: `portal-${orderId}`,
			displayName: `Portal order ${orderId}`,
			userId: '7002',
			userName: 'Portal User',
			userEmail: 'portal@reseller.example.com',
			status,
			currencyCode: 'USD',
			total: sub.price,
			orderItems: [
				{
					name: `${name}/orderItems/1`,
					referenceId: '',
					action: 'UPDATE',
					resourceId: sub.subscriptionId,
					productId: sub.ccpProductId,
					skuId: sub.ccpSkuId,
					planId: sub.ccpPlanId,
					quantity: Number(sub.subscriptionTotalLicenses) + 1,
					providerName: provider.name,
					price: sub.price,
					endCustomerPO: '',
					resellerPO: '',
					attributes: [],
					status,
				},
			],
			createTime: stamp,
			updateTime: stamp,
		};
		this.store.addOrder(order);
		return order;
	}
}
