// Record shapes of the Stellr emulator. Field names are guesses (see README.md, "Guesses", G10):
// Stellr publishes no schema, so they follow the path names (customerNo, skuNo, vendorId,
// primaryProductId, operationId) and the usual TD SYNNEX vocabulary.

export type SubscriptionStatus = 'PENDING' | 'ACTIVE' | 'SUSPENDED' | 'CANCELLED' | 'EXPIRED';
export type BillingTerm = 'MONTHLY' | 'ANNUAL' | 'TRIENNIAL';
export type BillingFrequency = 'MONTHLY' | 'ANNUAL';
export type OperationStatus = 'PENDING' | 'IN_PROGRESS' | 'COMPLETED' | 'FAILED';

export interface Address {
	line1: string;
	line2?: string;
	city: string;
	state: string;
	postalCode: string;
	country: string;
}

export interface Customer {
	customerNo: string;
	customerName: string;
	email: string;
	phone: string;
	contactFirstName: string;
	contactLastName: string;
	address: Address;
	status: 'ACTIVE' | 'INACTIVE';
	createdDate: string;
	lastModifiedDate: string;
}

export interface Vendor {
	vendorId: string;
	vendorName: string;
	authorized: boolean;
	/** agreement types a customer accepts before buying from this vendor */
	agreementTypes: string[];
	/** check types of POST /cloud/vendors/{vendorId}/check/{checkType} */
	checkTypes: string[];
	supportsTransfer: boolean;
}

export interface Product {
	productId: string;
	productName: string;
	vendorId: string;
	skuNo: string;
	mfgPartNo: string;
	category: string;
	billingTerm: BillingTerm;
	billingFrequency: BillingFrequency;
	unitPrice: number;
	msrp: number;
	currency: string;
	minQuantity: number;
	maxQuantity: number;
	isAddOn: boolean;
	/** for add-ons: the products they attach to */
	primaryProductIds: string[];
	/** products of one upgrade path share a family; rank orders upgrade (higher) and downgrade */
	family: string;
	rank: number;
	status: 'ACTIVE';
}

export interface Subscription {
	subscriptionId: string;
	customerNo: string;
	vendorId: string;
	productId: string;
	productName: string;
	skuNo: string;
	quantity: number;
	status: SubscriptionStatus;
	billingTerm: BillingTerm;
	billingFrequency: BillingFrequency;
	unitPrice: number;
	currency: string;
	startDate: string;
	endDate: string;
	autoRenew: boolean;
	renewalQuantity: number | null;
	renewalProductId: string | null;
	vendorSubscriptionId: string;
	parentSubscriptionId: string | null;
	poNumber: string | null;
	createdDate: string;
	lastModifiedDate: string;
}

export interface Agreement {
	customerNo: string;
	agreementType: string;
	accepted: boolean;
	acceptedDate: string | null;
	firstName: string | null;
	lastName: string | null;
	email: string | null;
	phoneNumber: string | null;
	templateUrl: string;
}

export interface InvoiceLine {
	lineNo: number;
	subscriptionId: string;
	customerNo: string;
	productName: string;
	skuNo: string;
	quantity: number;
	unitPrice: number;
	amount: number;
	chargeStartDate: string;
	chargeEndDate: string;
}

export interface Invoice {
	invoiceNo: string;
	invoiceDate: string;
	dueDate: string;
	billingPeriod: string;
	customerNo: string;
	customerName: string;
	subtotal: number;
	tax: number;
	total: number;
	currency: string;
	status: 'OPEN' | 'PAID' | 'OVERDUE';
	lines: InvoiceLine[];
}

export interface ConsumptionRecord {
	customerNo: string;
	customerName: string;
	subscriptionId: string;
	month: string;
	meterCategory: string;
	estimatedCost: number;
	currency: string;
}

export interface VendorAccount {
	vendorAccountId: string;
	/** null for the reseller's own account with the vendor */
	customerNo: string | null;
	vendorId: string;
	accountId: string;
	domain: string;
	status: 'ACTIVE' | 'PENDING';
	/** Google only: the token a customer's admin generated to transfer to this reseller */
	transferToken?: string;
	createdDate: string;
	lastModifiedDate: string;
}

export interface SubscribedUser {
	customerNo: string;
	vendorId: string;
	subscriptionId: string;
	productId: string;
	productName: string;
	skuNo: string;
	userName: string;
	displayName: string;
	assignedDate: string;
}

export interface TransferableProduct {
	customerNo: string;
	domain: string;
	productId: string;
	productName: string;
	skuNo: string;
	quantity: number;
	vendorSubscriptionId: string;
}

export interface Operation {
	operationId: string;
	operationType: string;
	status: OperationStatus;
	customerNo: string;
	subscriptionId: string | null;
	createdDate: string;
	lastModifiedDate: string;
	completedDate: string | null;
	/** what the operation produced (the subscription after the change), once COMPLETED */
	result: unknown;
	/** why it failed, once FAILED */
	error: { code: string; message: string } | null;
}
