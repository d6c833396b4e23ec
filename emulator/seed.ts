// Deterministic seed data that looks like a real Ion reseller account (Microsoft, Google, Azure, AWS, IBM, Sophos).
import { createRng, intBetween, pick } from './prng';
import type { Rng } from './prng';
import type { Customer, Order, OrderItem, Product, Subscription } from './types';

export interface SeedSizes {
	customers: number;
	subscriptions: number;
	products: number;
	orders: number;
}

export type SeedOption = 'demo' | 'bench' | 'empty' | Partial<SeedSizes>;

export const SEED_SIZES: Record<'demo' | 'bench' | 'empty', SeedSizes> = {
	demo: { customers: 12, subscriptions: 30, products: 20, orders: 6 },
	bench: { customers: 10_000, subscriptions: 20_000, products: 5_000, orders: 200 },
	empty: { customers: 0, subscriptions: 0, products: 0, orders: 0 },
};

export function resolveSizes(seed: SeedOption | undefined): SeedSizes {
	if (seed === undefined) return SEED_SIZES.demo;
	if (typeof seed === 'string') {
		const s = SEED_SIZES[seed];
		if (!s) throw new Error(`unknown seed '${seed}' (use demo, bench, empty or a sizes object)`);
		return s;
	}
	return { ...SEED_SIZES.empty, ...seed };
}

export interface Provider {
	id: string;
	name: string; // order providerName
	displayName: string; // cloudProviderName
	vendor: 'MICROSOFT' | 'GOOGLE' | 'IBM' | 'SOPHOS' | 'NOT_SPECIFIED';
	resourceType: string;
}

export const PROVIDERS: Provider[] = [
	{ id: '1', name: 'MICROSOFT', displayName: 'Microsoft', vendor: 'MICROSOFT', resourceType: 'AZURE::CustomerEntitlement' },
	{ id: '2', name: 'AZURE', displayName: 'Microsoft Azure', vendor: 'MICROSOFT', resourceType: 'AZURE::Subscription' },
	{ id: '3', name: 'GOOGLE', displayName: 'Google Workspace', vendor: 'GOOGLE', resourceType: 'GSUITE::Subscription' },
	{ id: '4', name: 'GCP', displayName: 'Google Cloud', vendor: 'GOOGLE', resourceType: 'GCP::Resource' },
	{ id: '5', name: 'AWS', displayName: 'Amazon Web Services', vendor: 'NOT_SPECIFIED', resourceType: 'AWS::Resource' },
	{ id: '6', name: 'IBM', displayName: 'IBM Cloud', vendor: 'IBM', resourceType: 'IBM::Order' },
	{ id: '7', name: 'SOPHOS', displayName: 'Sophos', vendor: 'SOPHOS', resourceType: 'SOPHOS::Tenant' },
];

interface CatalogEntry {
	id: string;
	displayName: string;
	provider: string; // Provider.name
	sku: string; // vendor SKU / part number
	monthly: number; // USD per unit per month
	categories: string[];
	verticals: string[];
	unit: string;
}

/** The hand-written core of the catalogue (real product names and SKUs). */
const CATALOG: CatalogEntry[] = [
	{ id: 'MS-M365-BUSINESS-BASIC', displayName: 'Microsoft 365 Business Basic', provider: 'MICROSOFT', sku: 'CFQ7TTC0LH18', monthly: 6, categories: ['productivity'], verticals: ['Modern Work'], unit: 'LICENSE' },
	{ id: 'MS-M365-BUSINESS-STANDARD', displayName: 'Microsoft 365 Business Standard', provider: 'MICROSOFT', sku: 'CFQ7TTC0LDPB', monthly: 12.5, categories: ['productivity'], verticals: ['Modern Work'], unit: 'LICENSE' },
	{ id: 'MS-M365-BUSINESS-PREMIUM', displayName: 'Microsoft 365 Business Premium', provider: 'MICROSOFT', sku: 'CFQ7TTC0LCHC', monthly: 22, categories: ['productivity', 'security'], verticals: ['Modern Work', 'Security'], unit: 'LICENSE' },
	{ id: 'MS-M365-E3', displayName: 'Microsoft 365 E3', provider: 'MICROSOFT', sku: 'CFQ7TTC0LFLX', monthly: 36, categories: ['productivity'], verticals: ['Modern Work'], unit: 'LICENSE' },
	{ id: 'MS-M365-E5', displayName: 'Microsoft 365 E5', provider: 'MICROSOFT', sku: 'CFQ7TTC0LFLZ', monthly: 57, categories: ['productivity', 'security'], verticals: ['Modern Work', 'Security'], unit: 'LICENSE' },
	{ id: 'MS-EXCHANGE-ONLINE-P1', displayName: 'Exchange Online (Plan 1)', provider: 'MICROSOFT', sku: 'CFQ7TTC0LH16', monthly: 4, categories: ['email'], verticals: ['Modern Work'], unit: 'LICENSE' },
	{ id: 'MS-TEAMS-ESSENTIALS', displayName: 'Microsoft Teams Essentials', provider: 'MICROSOFT', sku: 'CFQ7TTC0RM8K', monthly: 4, categories: ['collaboration'], verticals: ['Modern Work'], unit: 'LICENSE' },
	{ id: 'MS-DEFENDER-ENDPOINT-P2', displayName: 'Microsoft Defender for Endpoint P2', provider: 'MICROSOFT', sku: 'CFQ7TTC0LGLR', monthly: 5.2, categories: ['security'], verticals: ['Security'], unit: 'LICENSE' },
	{ id: 'MS-COPILOT-M365', displayName: 'Microsoft 365 Copilot', provider: 'MICROSOFT', sku: 'CFQ7TTC0MM8R', monthly: 30, categories: ['productivity', 'ai'], verticals: ['Modern Work'], unit: 'LICENSE' },
	{ id: 'MS-AZURE-PLAN', displayName: 'Azure Plan', provider: 'AZURE', sku: 'DZH318Z0BPS6', monthly: 0, categories: ['infrastructure'], verticals: ['Cloud Infrastructure'], unit: 'USAGE' },
	{ id: 'MS-AZURE-RESERVED-VM', displayName: 'Azure Reserved VM Instance D2s v5', provider: 'AZURE', sku: 'DZH318Z0BQ3Q', monthly: 70.08, categories: ['infrastructure'], verticals: ['Cloud Infrastructure'], unit: 'INSTANCE' },
	{ id: 'GOOGLE-WORKSPACE-BUSINESS-STARTER', displayName: 'Google Workspace Business Starter', provider: 'GOOGLE', sku: '1010020027', monthly: 7.2, categories: ['productivity'], verticals: ['Modern Work'], unit: 'LICENSE' },
	{ id: 'GOOGLE-WORKSPACE-BUSINESS-STANDARD', displayName: 'Google Workspace Business Standard', provider: 'GOOGLE', sku: '1010020028', monthly: 14.4, categories: ['productivity'], verticals: ['Modern Work'], unit: 'LICENSE' },
	{ id: 'GOOGLE-WORKSPACE-BUSINESS-PLUS', displayName: 'Google Workspace Business Plus', provider: 'GOOGLE', sku: '1010020025', monthly: 21.6, categories: ['productivity'], verticals: ['Modern Work'], unit: 'LICENSE' },
	{ id: 'GOOGLE-WORKSPACE-ENTERPRISE-STANDARD', displayName: 'Google Workspace Enterprise Standard', provider: 'GOOGLE', sku: '1010020026', monthly: 27.6, categories: ['productivity'], verticals: ['Modern Work'], unit: 'LICENSE' },
	{ id: 'GCP-BILLING-ACCOUNT', displayName: 'Google Cloud Platform', provider: 'GCP', sku: 'GCP-BA', monthly: 0, categories: ['infrastructure'], verticals: ['Cloud Infrastructure'], unit: 'USAGE' },
	{ id: 'AWS-EC', displayName: 'AWS Enterprise Consumption', provider: 'AWS', sku: 'AWS-EC-PAYG', monthly: 0, categories: ['infrastructure'], verticals: ['Cloud Infrastructure'], unit: 'USAGE' },
	{ id: 'IBM-CLOUD-PAYG', displayName: 'IBM Cloud Pay-As-You-Go', provider: 'IBM', sku: 'D1VHMLL', monthly: 0, categories: ['infrastructure'], verticals: ['Cloud Infrastructure'], unit: 'USAGE' },
	{ id: 'SOPHOS-INTERCEPT-X-ADVANCED', displayName: 'Sophos Intercept X Advanced', provider: 'SOPHOS', sku: 'CIXA1CSAA', monthly: 3.1, categories: ['security'], verticals: ['Security'], unit: 'USER' },
	{ id: 'SOPHOS-MDR-COMPLETE', displayName: 'Sophos MDR Complete', provider: 'SOPHOS', sku: 'MDRCCSAA', monthly: 9.4, categories: ['security'], verticals: ['Security'], unit: 'USER' },
];

const EDITIONS = ['Nonprofit', 'Education', 'Government', 'Trial', 'Add-on', 'Extra Storage', 'Frontline', 'Premium Support'];

const ORGS = [
	'Acme', 'Bluewave', 'Northwind', 'Contoso', 'Fabrikam', 'Globex', 'Initech', 'Umbrella', 'Stark', 'Wayne', 'Tyrell', 'Cyberdyne',
	'Hooli', 'Vandelay', 'Wonka', 'Soylent', 'Aperture', 'Black Mesa', 'Oscorp', 'Pied Piper', 'Dunder Mifflin', 'Prestige', 'Sterling',
	'Massive Dynamic', 'Gringotts', 'Monarch', 'Zenith', 'Evergreen', 'Lakeside', 'Summit', 'Harbor', 'Redwood', 'Granite', 'Silverline',
];
const ORG_SUFFIX = ['Inc.', 'LLC', 'Ltd', 'GmbH', 'Partners', 'Group', 'Holdings', 'Dental', 'Logistics', 'Legal', 'Consulting', 'Labs'];
const FIRST = ['Olivia', 'Liam', 'Emma', 'Noah', 'Ava', 'Lucas', 'Mia', 'Mateo', 'Sofia', 'Elias', 'Hannah', 'Jonas', 'Chloe', 'Raj', 'Yuki', 'Fatima', 'Diego', 'Ingrid'];
const LAST = ['Smith', 'Johnson', 'Garcia', 'Müller', 'Martin', 'Rossi', 'Nguyen', 'Kowalski', 'Dubois', 'Andersson', 'Tanaka', 'Okafor', 'Silva', 'Jensen', 'Patel'];
const TITLES = ['IT Manager', 'CTO', 'Office Manager', 'CEO', 'Operations Director', 'Head of IT', 'Procurement Lead'];
interface Place {
	city: string;
	state: string;
	zip: string;
	country: string;
	lang: string;
	phone: string;
}
const PLACES: Place[] = [
	{ city: 'Clearwater', state: 'FL', zip: '33760', country: 'US', lang: 'en', phone: '+1 727 555' },
	{ city: 'Austin', state: 'TX', zip: '78701', country: 'US', lang: 'en', phone: '+1 512 555' },
	{ city: 'Seattle', state: 'WA', zip: '98101', country: 'US', lang: 'en', phone: '+1 206 555' },
	{ city: 'Toronto', state: 'ON', zip: 'M5H 2N2', country: 'CA', lang: 'en', phone: '+1 416 555' },
	{ city: 'Montréal', state: 'QC', zip: 'H2Y 1C6', country: 'CA', lang: 'fr', phone: '+1 514 555' },
	{ city: 'London', state: 'London', zip: 'EC1A 1BB', country: 'GB', lang: 'en', phone: '+44 20 7946' },
	{ city: 'Munich', state: 'BY', zip: '80331', country: 'DE', lang: 'de', phone: '+49 89 5550' },
	{ city: 'Paris', state: 'IDF', zip: '75001', country: 'FR', lang: 'fr', phone: '+33 1 5550' },
	{ city: 'Madrid', state: 'MD', zip: '28013', country: 'ES', lang: 'es', phone: '+34 91 555' },
	{ city: 'Amsterdam', state: 'NH', zip: '1012 JS', country: 'NL', lang: 'nl', phone: '+31 20 555' },
];
const STREETS = ['Main St', 'Oak Avenue', 'Harbor Blvd', 'Market Street', 'King Street W', 'Hauptstraße', 'Rue de Rivoli', 'Calle Mayor', 'Damrak'];

const BASE_TIME = Date.UTC(2024, 0, 15, 9, 0, 0);
const DAY = 86_400_000;

const isoMemo = new Map<number, string>();
/** RFC 3339 without milliseconds, as Ion prints timestamps (memoised: seeds reuse many instants). */
function iso(ms: number): string {
	let s = isoMemo.get(ms);
	if (s === undefined) {
		s = new Date(ms).toISOString().slice(0, 19) + 'Z';
		if (isoMemo.size > 100_000) isoMemo.clear();
		isoMemo.set(ms, s);
	}
	return s;
}

/** n hex digits (n <= 48) from ceil(n / 8) PRNG draws. */
function hex(rng: Rng, n: number): string {
	let s = '';
	while (s.length < n) s += Math.floor(rng() * 0x100000000).toString(16).padStart(8, '0');
	return s.slice(0, n);
}

export function uuid(rng: Rng): string {
	const h = hex(rng, 32);
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[parseInt(h[16], 16) & 3]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function slug(s: string): string {
	return s
		.toLowerCase()
		.replace(/ü/g, 'ue')
		.normalize('NFD')
		.replace(/[^a-z0-9]+/g, '');
}

export function providerByName(name: string): Provider | undefined {
	return PROVIDERS.find((p) => p.name === name);
}

export function buildCustomer(
	accountId: string,
	id: string,
	fields: Omit<Customer, 'name' | 'uid' | 'createTime' | 'updateTime' | 'customerStatus' | 'customerTitle' | 'customerPhone'> & {
		customerStatus?: Customer['customerStatus'];
		customerTitle?: string;
		customerPhone?: string;
	},
	rng: Rng,
	at: number,
): Customer {
	return {
		name: `accounts/${accountId}/customers/${id}`,
		customerOrganization: fields.customerOrganization,
		customerAddress: { ...fields.customerAddress },
		customerName: fields.customerName,
		customerEmail: fields.customerEmail,
		customerTitle: fields.customerTitle ?? '',
		customerPhone: fields.customerPhone ?? '',
		createTime: iso(at),
		updateTime: iso(at),
		languageCode: fields.languageCode,
		uid: uuid(rng),
		customerStatus: fields.customerStatus ?? 'ACTIVE',
	};
}

export function productPlans(p: { id: string; monthly: number }): Product['definition']['skus'][number]['plans'] {
	const annualMonthly = Math.round(p.monthly * 0.95 * 100) / 100;
	return [
		{
			id: `${p.id}-P1M-MONTHLY`,
			displayName: 'Monthly term, billed monthly',
			billingPeriod: 'MONTHLY',
			approvalRequired: false,
			phases: [{ type: 'UNLIMITED_PHASE', duration: { unit: 'MONTH', count: 1, unlimited: true }, recurringPrice: { USD: p.monthly } }],
			productId: p.id,
			pricebookPrice: p.monthly,
			pricebookCurrency: 'USD',
			productAvailability: true,
		},
		{
			id: `${p.id}-P1Y-MONTHLY`,
			displayName: 'Annual term, billed monthly',
			billingPeriod: 'MONTHLY',
			approvalRequired: false,
			phases: [{ type: 'FIXED_PHASE', duration: { unit: 'YEAR', count: 1, unlimited: false }, recurringPrice: { USD: annualMonthly } }],
			productId: p.id,
			pricebookPrice: annualMonthly,
			pricebookCurrency: 'USD',
			productAvailability: true,
		},
		{
			id: `${p.id}-P1Y-ANNUAL`,
			displayName: 'Annual term, billed annually',
			billingPeriod: 'ANNUAL',
			approvalRequired: false,
			phases: [{ type: 'FIXED_PHASE', duration: { unit: 'YEAR', count: 1, unlimited: false }, recurringPrice: { USD: Math.round(annualMonthly * 12 * 100) / 100 } }],
			productId: p.id,
			pricebookPrice: Math.round(annualMonthly * 12 * 100) / 100,
			pricebookCurrency: 'USD',
			productAvailability: true,
		},
	];
}

const consumptionMemo = new Map<string, Product['cloudConsumption']>();
function consumption(provider: string): Product['cloudConsumption'] {
	let c = consumptionMemo.get(provider);
	if (!c) {
		c = { cloudProvider: provider, priceBookName: 'Default' };
		consumptionMemo.set(provider, c);
	}
	return c;
}
const USD = ['USD'];
const NO_ADDONS: unknown[] = [];

function buildProduct(accountId: string, e: CatalogEntry, at: number): Product {
	const provider = providerByName(e.provider) as Provider;
	return {
		name: `accounts/${accountId}/products/${e.id}`,
		id: e.id,
		type: e.monthly === 0 ? 'CLOUD_REBILLING_PRODUCT' : 'SUBSCRIPTION_PRODUCTS',
		disabled: false,
		categories: e.categories,
		hasUnpublishedChanges: false,
		hasPublishedVersions: true,
		marketing: {
			displayName: e.displayName,
			description: `${e.displayName} from ${provider.displayName}, billed per ${e.unit.toLowerCase()}.`,
			caption: e.displayName,
			searchKeywords: [provider.displayName, ...e.categories],
		},
		definition: {
			productLanguage: 'en',
			supportedCurrencies: USD,
			billingMode: e.monthly === 0 ? 'POSTPAY' : 'PREPAY',
			skus: [
				{
					id: e.sku,
					displayName: e.displayName,
					description: `${e.displayName} (${e.sku})`,
					productId: e.id,
					productCloudProviderName: provider.displayName,
					pricebookPrice: e.monthly,
					pricebookCurrency: 'USD',
					productAvailability: true,
					alias: e.sku,
					verticals: e.verticals,
					disabled: false,
					plans: productPlans(e),
				},
			],
			addOns: NO_ADDONS,
		},
		versionHistory: [{ name: '1', effectiveDate: iso(at) }],
		allowSubscriptionSwitch: true,
		cloudConsumption: consumption(provider.name),
		verticals: e.verticals,
		isSharedProduct: false,
		hideFromMarketplace: false,
		createTime: iso(at),
		updateTime: iso(at),
		// emulator-only index fields are kept out of the API shape; see Store.productMeta
	};
}

export interface SeedResult {
	customers: Customer[];
	products: Product[];
	subscriptions: Subscription[];
	orders: Order[];
}

const SUB_STATUSES: Subscription['subscriptionStatus'][] = [
	'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'SUSPENDED', 'CANCELLED', 'PENDING', 'EXPIRED',
];
const TERMS = [
	{ term: 'P1M', cycle: 'MONTHLY', plan: 'P1M-MONTHLY' },
	{ term: 'P1Y', cycle: 'MONTHLY', plan: 'P1Y-MONTHLY' },
	{ term: 'P1Y', cycle: 'ANNUAL', plan: 'P1Y-ANNUAL' },
];

export function generateSeed(accountId: string, sizes: SeedSizes, seedNumber = 20240115): SeedResult {
	const rng = createRng(seedNumber);

	// products: the hand-written catalogue first, then deterministic variants of it
	const products: Product[] = [];
	for (let i = 0; i < sizes.products; i++) {
		const base = CATALOG[i % CATALOG.length];
		const round = Math.floor(i / CATALOG.length);
		const entry =
			round === 0
				? base
				: {
						...base,
						id: `${base.id}-V${round}`,
						displayName: `${base.displayName} ${EDITIONS[(round - 1) % EDITIONS.length]}${round > EDITIONS.length ? ` ${Math.ceil(round / EDITIONS.length)}` : ''}`,
						sku: `${base.sku}${String(round).padStart(3, '0')}`,
						monthly: Math.round(base.monthly * (0.6 + rng() * 0.8) * 100) / 100,
					};
		products.push(buildProduct(accountId, entry, BASE_TIME - 400 * DAY + i * 60_000));
	}

	// customers: numeric ids from 10001
	const customers: Customer[] = [];
	for (let i = 0; i < sizes.customers; i++) {
		const id = String(10001 + i);
		const org = `${pick(rng, ORGS)} ${pick(rng, ORG_SUFFIX)}`;
		const first = pick(rng, FIRST);
		const last = pick(rng, LAST);
		const place = pick(rng, PLACES);
		const domain = `${slug(org)}${i}.example.com`;
		const created = BASE_TIME + i * 3_600_000 + intBetween(rng, 0, 3_500_000);
		const c = buildCustomer(
			accountId,
			id,
			{
				customerOrganization: org,
				customerAddress: {
					street: `${intBetween(rng, 1, 9999)} ${pick(rng, STREETS)}`,
					suite: rng() < 0.4 ? `Suite ${intBetween(rng, 100, 999)}` : '',
					city: place.city,
					state: place.state,
					zip: place.zip,
					country: place.country,
				},
				customerName: `${first} ${last}`,
				customerEmail: `${slug(first)}.${slug(last)}@${domain}`,
				customerTitle: pick(rng, TITLES),
				customerPhone: `${place.phone} ${String(intBetween(rng, 1000, 9999))}`,
				languageCode: place.lang,
				customerStatus: rng() < 0.9 ? 'ACTIVE' : 'INACTIVE',
			},
			rng,
			created,
		);
		customers.push(c);
	}

	// subscriptions: spread over customers, licence products mostly
	const subscriptions: Subscription[] = [];
	const licenceProducts = products.filter((p) => p.type === 'SUBSCRIPTION_PRODUCTS');
	const anyProducts = licenceProducts.length ? licenceProducts : products;
	for (let i = 0; i < sizes.subscriptions && customers.length && anyProducts.length; i++) {
		const customer = customers[i < customers.length ? i : Math.floor(rng() * customers.length)];
		const product = rng() < 0.9 ? pick(rng, anyProducts) : pick(rng, products);
		const sku = product.definition.skus[0];
		const provider = PROVIDERS.find((p) => p.name === product.cloudConsumption.cloudProvider) as Provider;
		const t = pick(rng, TERMS);
		const start = BASE_TIME + intBetween(rng, 0, 600) * DAY;
		const end = start + (t.term === 'P1Y' ? 365 : 30) * DAY;
		const qty = provider.resourceType.endsWith('Subscription') && product.type === 'CLOUD_REBILLING_PRODUCT' ? 1 : intBetween(rng, 1, 250);
		const plan = sku.plans.find((pl) => pl.id.endsWith(t.plan)) ?? sku.plans[0];
		const unitPrice = plan.pricebookPrice ?? 0;
		const status = pick(rng, SUB_STATUSES);
		subscriptions.push(
			buildSubscription(accountId, String(500001 + i), {
				customer,
				product,
				planId: plan.id,
				planName: plan.displayName,
				provider,
				quantity: qty,
				status,
				start,
				end,
				term: t.term,
				cycle: t.cycle,
				unitPrice,
				providerSubscriptionId: provider.vendor === 'MICROSOFT' ? uuid(rng) : `${provider.name.toLowerCase()}-${hex(rng, 12)}`,
				autoRenew: status === 'ACTIVE' && rng() < 0.8,
				resellerPO: rng() < 0.3 ? `PO-${intBetween(rng, 10000, 99999)}` : '',
			}),
		);
	}

	// orders: a few completed CREATE orders for existing subscriptions
	const orders: Order[] = [];
	for (let i = 0; i < sizes.orders && subscriptions.length; i++) {
		const sub = subscriptions[i % subscriptions.length];
		const customerId = sub.customerId;
		const orderId = String(90001 + i);
		const created = Date.parse(sub.subscriptionPurchasedDate);
		const item: OrderItem = {
			name: `accounts/${accountId}/customers/${customerId}/orders/${orderId}/orderItems/1`,
			referenceId: `seed-${orderId}-1`,
			action: 'CREATE',
			resourceId: sub.subscriptionId,
			productId: sub.ccpProductId,
			skuId: sub.ccpSkuId,
			planId: sub.ccpPlanId,
			quantity: Number(sub.subscriptionTotalLicenses),
			providerName: (providerByName(PROVIDERS.find((p) => p.id === sub.cloudProviderId)?.name ?? '') ?? PROVIDERS[0]).name,
			price: sub.price,
			endCustomerPO: '',
			resellerPO: sub.resellerPO,
			attributes: [],
			status: 'COMPLETED',
		};
		orders.push({
			name: `accounts/${accountId}/customers/${customerId}/orders/${orderId}`,
			accountId,
			customerId,
			orderId,
			referenceId: `seed-${orderId}`,
			displayName: `${sub.subscriptionName} for ${sub.customerName}`,
			userId: '7001',
			userName: 'Integration User',
			userEmail: 'integration@reseller.example.com',
			status: 'COMPLETED',
			currencyCode: 'USD',
			total: Math.round(sub.price * Number(sub.subscriptionTotalLicenses) * 100) / 100,
			orderItems: [item],
			createTime: iso(created),
			updateTime: iso(created + 120_000),
		});
	}

	return { customers, products, subscriptions, orders };
}

export interface SubscriptionInput {
	customer: Customer;
	product: Product;
	planId: string;
	planName: string;
	provider: Provider;
	quantity: number;
	status: Subscription['subscriptionStatus'];
	start: number;
	end: number;
	term: string;
	cycle: string;
	unitPrice: number;
	providerSubscriptionId: string;
	autoRenew: boolean;
	resellerPO: string;
}

const productInfoMemo = new Map<string, Subscription['ccpProductInfo']>();
/** Shared per product+plan (never mutated in place: plan changes assign a new object). */
function productInfo(product: Product, sku: Product['definition']['skus'][number], planId: string, planName: string): Subscription['ccpProductInfo'] {
	const key = `${product.id}|${planId}`; // plan ids are unique per product and sku
	let info = productInfoMemo.get(key);
	if (!info) {
		info = { productId: product.id, productDisplayName: product.marketing.displayName, skuId: sku.id, skuDisplayName: sku.displayName, planId, planDisplayName: planName };
		if (productInfoMemo.size > 50_000) productInfoMemo.clear();
		productInfoMemo.set(key, info);
	}
	return info;
}

export function buildSubscription(accountId: string, id: string, s: SubscriptionInput): Subscription {
	const sku = s.product.definition.skus[0];
	const customerId = s.customer.name.split('/').pop() as string;
	const cost = Math.round(s.unitPrice * 0.85 * 100) / 100;
	return {
		id,
		customerId,
		resellerId: accountId,
		isvId: '0',
		cloudProviderId: s.provider.id,
		subscriptionId: s.providerSubscriptionId,
		subscriptionName: s.product.marketing.displayName,
		resourceType: s.provider.resourceType as Subscription['resourceType'],
		ccpProductId: s.product.id,
		ccpSkuId: sku.id,
		ccpPlanId: s.planId,
		subscriptionProductId: s.product.id,
		subscriptionSkuId: sku.id,
		subscriptionOfferId: `${sku.id}:0001`,
		subscriptionTotalLicenses: String(s.quantity),
		unitType: s.product.type === 'CLOUD_REBILLING_PRODUCT' ? 'USAGE' : 'LICENSE',
		subscriptionStatus: s.status,
		subscriptionPurchasedDate: iso(s.start - DAY),
		subscriptionStartDate: iso(s.start),
		subscriptionEndDate: iso(s.end),
		cancellationAllowedUntilDate: iso(s.start + 7 * DAY),
		subscriptionBillingType: s.product.type === 'CLOUD_REBILLING_PRODUCT' ? 'USAGE' : 'LICENSE',
		subscriptionBillingCycle: s.cycle,
		subscriptionBillingTerm: s.term,
		subscriptionRenewStatus: s.autoRenew ? 'AUTO_RENEW_ON' : 'AUTO_RENEW_OFF',
		billingCurrency: 'USD',
		customerCost: Math.round(s.unitPrice * s.quantity * 100) / 100,
		parentSubscriptionId: '',
		resellerPO: s.resellerPO,
		customerPO: '',
		ccpProductInfo: productInfo(s.product, sku, s.planId, s.planName),
		isTrial: false,
		autoRenew: s.autoRenew,
		customerName: s.customer.customerOrganization,
		partnerName: 'Reseller Demo Partner',
		lastUpdatedDate: iso(s.start),
		price: s.unitPrice,
		cost,
		currency: 'USD',
		margin: Math.round((s.unitPrice - cost) * 100) / 100,
		msrp: Math.round(s.unitPrice * 1.1 * 100) / 100,
		renewalDate: iso(s.end),
		cloudProviderName: s.provider.displayName,
	};
}

export { iso, DAY };
