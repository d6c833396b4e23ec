// Shapes of the emulator's records. Field names follow the Ion OpenAPI response schemas.

export interface CustomerAddress {
	street: string;
	suite?: string;
	city: string;
	state: string;
	zip: string;
	country: string;
}

/** ListCustomer / GetCustomerResponse. The customer id is the last segment of `name`. */
export interface Customer {
	name: string;
	customerOrganization: string;
	customerAddress: CustomerAddress;
	customerName: string;
	customerEmail: string;
	customerTitle: string;
	customerPhone: string;
	createTime: string;
	updateTime: string;
	languageCode: string;
	uid: string;
	customerStatus: 'CUSTOMER_STATUS_UNSPECIFIED' | 'ACTIVE' | 'INACTIVE';
}

export interface Plan {
	id: string;
	displayName: string;
	billingPeriod: string;
	approvalRequired: boolean;
	phases: Array<Record<string, unknown>>;
	productId: string;
	pricebookPrice: number;
	pricebookCurrency: string;
	productAvailability: boolean;
}

export interface Sku {
	id: string;
	displayName: string;
	description: string;
	productId: string;
	productCloudProviderName: string;
	pricebookPrice: number;
	pricebookCurrency: string;
	productAvailability: boolean;
	alias: string;
	verticals: string[];
	disabled: boolean;
	plans: Plan[];
}

/** ProductResponse (list) / CatalogProductResponse (get). */
export interface Product {
	name: string;
	id: string;
	type: 'PRODUCT_TYPE_UNSPECIFIED' | 'SUBSCRIPTION_PRODUCTS' | 'CLOUD_REBILLING_PRODUCT';
	disabled: boolean;
	categories: string[];
	hasUnpublishedChanges: boolean;
	hasPublishedVersions: boolean;
	marketing: { displayName: string; description: string; caption: string; searchKeywords: string[] };
	definition: {
		productLanguage: string;
		supportedCurrencies: string[];
		billingMode: string;
		skus: Sku[];
		addOns: unknown[];
	};
	versionHistory: Array<{ name: string; effectiveDate: string }>;
	allowSubscriptionSwitch: boolean;
	cloudConsumption: { cloudProvider: string; priceBookName: string };
	verticals: string[];
	isSharedProduct: boolean;
	hideFromMarketplace: boolean;
	createTime: string;
	updateTime: string;
}

/** ListSubscription (GetSubscription adds detail arrays). int64 fields are strings, as in the spec. */
export interface Subscription {
	id: string;
	customerId: string;
	resellerId: string;
	isvId: string;
	cloudProviderId: string;
	subscriptionId: string;
	subscriptionName: string;
	resourceType: string;
	ccpProductId: string;
	ccpSkuId: string;
	ccpPlanId: string;
	subscriptionProductId: string;
	subscriptionSkuId: string;
	subscriptionOfferId: string;
	subscriptionTotalLicenses: string;
	unitType: string;
	subscriptionStatus:
		| 'ACCEPTED' | 'ACTIVE' | 'AVAILABLE' | 'CANCELLED' | 'COMPLETE' | 'CONFIRMED' | 'DELETED' | 'DISABLED' | 'ENABLED'
		| 'ERROR' | 'EXPIRED' | 'FAILED' | 'INITIATED' | 'IN_PROGRESS' | 'PAUSED' | 'PENDING' | 'RUNNING' | 'STOPPED' | 'SUSPENDED';
	subscriptionPurchasedDate: string;
	subscriptionStartDate: string;
	subscriptionEndDate: string;
	cancellationAllowedUntilDate: string;
	subscriptionBillingType: string;
	subscriptionBillingCycle: string;
	subscriptionBillingTerm: string;
	subscriptionRenewStatus: string;
	billingCurrency: string;
	customerCost: number;
	parentSubscriptionId: string;
	resellerPO: string;
	customerPO: string;
	ccpProductInfo: {
		productId: string;
		productDisplayName: string;
		skuId: string;
		skuDisplayName: string;
		planId: string;
		planDisplayName: string;
	};
	isTrial: boolean;
	autoRenew: boolean;
	customerName: string;
	partnerName: string;
	lastUpdatedDate: string;
	price: number;
	cost: number;
	currency: string;
	margin: number;
	msrp: number;
	renewalDate: string;
	cloudProviderName: string;
	attributes?: Array<{ name: string; value: string }>;
}

export interface OrderItem {
	name: string;
	referenceId: string;
	action: string;
	resourceId: string;
	productId: string;
	skuId: string;
	planId: string;
	quantity: number;
	providerName: string;
	price: number;
	endCustomerPO: string;
	resellerPO: string;
	attributes: Array<{ name: string; value: string }>;
	status: string;
	errors?: Array<{ code: string; detail: string }>;
	provisioningInfo?: { processId: string; processName: string; details: string };
	additionalInformation?: string;
}

/** Order (spec). createTime/updateTime are not in the spec's Order but Ion sorts by them. */
export interface Order {
	name: string;
	accountId: string;
	customerId: string;
	orderId: string;
	referenceId: string;
	displayName: string;
	userId: string;
	userName: string;
	userEmail: string;
	status: 'NEW' | 'CONFIRMED' | 'ON_HOLD' | 'COMPLETED' | 'ERROR' | 'CANCELED' | 'IN_PROGRESS';
	currencyCode: string;
	total: number;
	cartId?: string;
	errors?: Array<{ code: string; detail: string }>;
	orderItems: OrderItem[];
	provisioningInfo?: { processId: string; processName: string; details: string };
	createTime: string;
	updateTime: string;
}
