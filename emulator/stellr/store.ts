// In-memory state of one Stellr emulator. Tests read it for assertions and change records with
// `patch` (or the maps directly) to set up a case, e.g. a subscription whose term started 30 days ago.
import type {
	Agreement,
	ConsumptionRecord,
	Customer,
	Invoice,
	Operation,
	Product,
	SubscribedUser,
	Subscription,
	TransferableProduct,
	Vendor,
	VendorAccount,
} from './types';

export interface Collections {
	customers: Customer;
	subscriptions: Subscription;
	products: Product;
	vendors: Vendor;
	invoices: Invoice;
	vendorAccounts: VendorAccount;
	agreements: Agreement;
	operations: Operation;
}

export class StellrStore {
	readonly vendors = new Map<string, Vendor>();
	readonly products = new Map<string, Product>();
	readonly customers = new Map<string, Customer>();
	readonly subscriptions = new Map<string, Subscription>();
	/** key `${customerNo}|${agreementType}` */
	readonly agreements = new Map<string, Agreement>();
	readonly invoices = new Map<string, Invoice>();
	readonly vendorAccounts = new Map<string, VendorAccount>();
	readonly operations = new Map<string, Operation>();
	consumption: ConsumptionRecord[] = [];
	subscribedUsers: SubscribedUser[] = [];
	transferable: TransferableProduct[] = [];

	nextCustomerNo = 7_100_001;
	nextSubscriptionId = 41_000_001;
	nextVendorAccountId = 900_001;

	/** Changes fields of one record in place and returns it; throws when the id is unknown. */
	patch<K extends keyof Collections>(
		kind: K,
		id: string,
		changes: Partial<Collections[K]>,
	): Collections[K] {
		const map = this[kind] as unknown as Map<string, Collections[K]>;
		const record = map.get(id);
		if (!record) throw new Error(`no ${kind} record '${id}'`);
		Object.assign(record as object, changes);
		return record;
	}

	customer(customerNo: string): Customer | undefined {
		return this.customers.get(customerNo);
	}

	subscriptionsOf(customerNo: string): Subscription[] {
		return [...this.subscriptions.values()].filter((s) => s.customerNo === customerNo);
	}

	vendorAccount(customerNo: string | null, vendorId: string): VendorAccount | undefined {
		const wanted = vendorId.toLowerCase();
		return [...this.vendorAccounts.values()].find(
			(a) => a.customerNo === customerNo && a.vendorId.toLowerCase() === wanted,
		);
	}

	agreementKey(customerNo: string, agreementType: string): string {
		return `${customerNo}|${agreementType}`;
	}
}
