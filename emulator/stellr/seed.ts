// Deterministic seed data that looks like a Stellr reseller: customers with Microsoft tenants and
// Google domains, subscriptions, agreements, six months of invoices, Azure consumption, vendor
// accounts, subscribed users and Google subscriptions that can be transferred in.
import { createRng, intBetween, pick } from '../prng';
import type { Rng } from '../prng';
import { VENDORS, buildCatalogue } from './catalogue';
import type { StellrStore } from './store';
import type { Customer, Invoice, Product, Subscription } from './types';

export type StellrSeed = 'demo' | 'bench' | 'empty' | { customers: number };

export const STELLR_SEED_CUSTOMERS = { demo: 12, bench: 2_000, empty: 0 } as const;

/** The demo customer whose Microsoft Customer Agreement is not accepted (index 5 of every seed). */
export const NO_MCA_CUSTOMER_INDEX = 5;

const COMPANIES = [
	'Northwind',
	'Contoso',
	'Fabrikam',
	'Tailspin',
	'Woodgrove',
	'Litware',
	'Adventure Works',
	'Proseware',
	'Wingtip',
	'Alpine Ski',
	'Blue Yonder',
	'Coho Vineyard',
	'Lucerne Publishing',
	'Margie Travel',
	'Trey Research',
	'Fourth Coffee',
	'Wide World',
	'Humongous Insurance',
	'Graphic Design',
	'Southridge Video',
];
const SUFFIXES = ['LLC', 'Inc.', 'Partners', 'Group', 'Co.', 'Ltd.'];
const FIRST = [
	'Avery',
	'Jordan',
	'Taylor',
	'Morgan',
	'Riley',
	'Casey',
	'Jamie',
	'Quinn',
	'Drew',
	'Skyler',
	'Reese',
	'Parker',
];
const LAST = [
	'Nguyen',
	'Patel',
	'Garcia',
	'Smith',
	'Kim',
	'Johnson',
	'Brown',
	'Lopez',
	'Clark',
	'Lewis',
	'Walker',
	'Young',
];
const PLACES: Array<[string, string, string]> = [
	['Austin', 'TX', '78701'],
	['Denver', 'CO', '80202'],
	['Seattle', 'WA', '98101'],
	['Raleigh', 'NC', '27601'],
	['Columbus', 'OH', '43215'],
	['Tampa', 'FL', '33602'],
	['Phoenix', 'AZ', '85004'],
	['Boston', 'MA', '02108'],
];
const STREETS = ['Main St', 'Oak Ave', 'Commerce Blvd', 'Market St', 'Lake Dr', 'Park Way'];
const METERS = ['Virtual Machines', 'Storage', 'Networking', 'Azure App Service'];

const DAY = 86_400_000;
export const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function hex(rng: Rng, n: number): string {
	let s = '';
	for (let i = 0; i < n; i++) s += Math.floor(rng() * 16).toString(16);
	return s;
}

export function guid(rng: Rng): string {
	return `${hex(rng, 8)}-${hex(rng, 4)}-4${hex(rng, 3)}-a${hex(rng, 3)}-${hex(rng, 12)}`;
}

export function termMs(product: Pick<Product, 'billingTerm'>): number {
	return product.billingTerm === 'MONTHLY'
		? 30 * DAY
		: product.billingTerm === 'ANNUAL'
			? 365 * DAY
			: 3 * 365 * DAY;
}

/** Monthly charge of one seat, for invoices. */
export function monthlyPrice(product: Pick<Product, 'unitPrice' | 'billingFrequency'>): number {
	return product.billingFrequency === 'ANNUAL' ? product.unitPrice / 12 : product.unitPrice;
}

function slugOf(name: string): string {
	return name.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

export function seedStore(
	store: StellrStore,
	seed: StellrSeed,
	randomSeed: number,
	now: number,
): void {
	for (const vendor of VENDORS) store.vendors.set(vendor.vendorId, { ...vendor });
	for (const product of buildCatalogue()) store.products.set(product.productId, product);
	const count = typeof seed === 'string' ? STELLR_SEED_CUSTOMERS[seed] : seed.customers;
	if (count === undefined)
		throw new Error(`unknown seed '${String(seed)}' (use demo, bench, empty or { customers })`);
	const rng = createRng(randomSeed);
	const products = [...store.products.values()];
	const find = (name: string, term: string, frequency = 'MONTHLY') =>
		products.find(
			(p) => p.productName === name && p.billingTerm === term && p.billingFrequency === frequency,
		) as Product;

	store.vendorAccounts.set(String(store.nextVendorAccountId), {
		vendorAccountId: String(store.nextVendorAccountId++),
		customerNo: null,
		vendorId: 'Microsoft',
		accountId: '6123456',
		domain: 'resellerdemo.onmicrosoft.com',
		status: 'ACTIVE',
		createdDate: iso(now - 900 * DAY),
		lastModifiedDate: iso(now - 900 * DAY),
	});
	store.vendorAccounts.set(String(store.nextVendorAccountId), {
		vendorAccountId: String(store.nextVendorAccountId++),
		customerNo: null,
		vendorId: 'Google',
		accountId: 'R01abc234',
		domain: 'resellerdemo.com',
		status: 'ACTIVE',
		createdDate: iso(now - 900 * DAY),
		lastModifiedDate: iso(now - 900 * DAY),
	});

	for (let i = 0; i < count; i++) {
		const base = COMPANIES[i % COMPANIES.length];
		const round = Math.floor(i / COMPANIES.length);
		const customerName = `${base}${round ? ` ${round + 1}` : ''} ${pick(rng, SUFFIXES)}`;
		const slug = `${slugOf(base)}${round ? round + 1 : ''}`;
		const first = pick(rng, FIRST);
		const last = pick(rng, LAST);
		const [city, state, postalCode] = pick(rng, PLACES);
		const created = now - intBetween(rng, 60, 1200) * DAY;
		const customer: Customer = {
			customerNo: String(store.nextCustomerNo++),
			customerName,
			email: `${first.toLowerCase()}.${last.toLowerCase()}@${slug}.com`,
			phone: `+1 555 ${String(intBetween(rng, 100, 999))} ${String(intBetween(rng, 1000, 9999))}`,
			contactFirstName: first,
			contactLastName: last,
			address: {
				line1: `${intBetween(rng, 10, 9999)} ${pick(rng, STREETS)}`,
				city,
				state,
				postalCode,
				country: 'US',
			},
			status: i % 17 === 16 ? 'INACTIVE' : 'ACTIVE',
			createdDate: iso(created),
			lastModifiedDate: iso(created + intBetween(rng, 0, 50) * DAY),
		};
		store.customers.set(customer.customerNo, customer);

		const usesMicrosoft = i % 5 !== 3;
		const usesGoogle = i % 5 === 3 || i % 5 === 4;
		const usesAdobe = i % 3 === 0;
		const domains: Record<string, string> = {};
		const addAccount = (
			vendorId: string,
			accountId: string,
			domain: string,
			transferToken?: string,
		) => {
			domains[vendorId] = domain;
			const id = String(store.nextVendorAccountId++);
			store.vendorAccounts.set(id, {
				vendorAccountId: id,
				customerNo: customer.customerNo,
				vendorId,
				accountId,
				domain,
				status: 'ACTIVE',
				...(transferToken ? { transferToken } : {}),
				createdDate: customer.createdDate,
				lastModifiedDate: customer.createdDate,
			});
		};
		const agree = (agreementType: string, accepted: boolean) => {
			store.agreements.set(store.agreementKey(customer.customerNo, agreementType), {
				customerNo: customer.customerNo,
				agreementType,
				accepted,
				acceptedDate: accepted ? customer.createdDate : null,
				firstName: accepted ? first : null,
				lastName: accepted ? last : null,
				email: accepted ? customer.email : null,
				phoneNumber: accepted ? customer.phone : null,
				templateUrl:
					agreementType === 'MCA'
						? 'https://www.microsoft.com/licensing/docs/customeragreement'
						: 'https://workspace.google.com/terms/reseller_premier_terms.html',
			});
		};
		const subs: Subscription[] = [];
		const subscribe = (
			product: Product,
			quantity: number,
			startAgoDays: number,
			parent?: Subscription,
		) => {
			const start = now - startAgoDays * DAY;
			const n = subs.length + store.subscriptions.size;
			const sub: Subscription = {
				subscriptionId: String(store.nextSubscriptionId++),
				customerNo: customer.customerNo,
				vendorId: product.vendorId,
				productId: product.productId,
				productName: product.productName,
				skuNo: product.skuNo,
				quantity,
				status: n % 11 === 10 ? 'CANCELLED' : n % 7 === 6 ? 'SUSPENDED' : 'ACTIVE',
				billingTerm: product.billingTerm,
				billingFrequency: product.billingFrequency,
				unitPrice: product.unitPrice,
				currency: product.currency,
				startDate: iso(start),
				endDate: iso(start + termMs(product)),
				autoRenew: n % 4 !== 3,
				renewalQuantity: null,
				renewalProductId: null,
				vendorSubscriptionId: guid(rng),
				parentSubscriptionId: parent ? parent.subscriptionId : null,
				poNumber: n % 3 === 0 ? `PO-${customer.customerNo}-${subs.length + 1}` : null,
				createdDate: iso(start),
				lastModifiedDate: iso(start),
			};
			subs.push(sub);
			store.subscriptions.set(sub.subscriptionId, sub);
			return sub;
		};

		if (usesMicrosoft) {
			addAccount('Microsoft', guid(rng), `${slug}.onmicrosoft.com`);
			agree('MCA', i !== NO_MCA_CUSTOMER_INDEX);
			const suite = pick(rng, [
				'Microsoft 365 Business Premium',
				'Microsoft 365 Business Standard',
				'Microsoft 365 Business Basic',
				'Microsoft 365 E3',
			]);
			// the first customer's suite started two days ago: inside Microsoft's 7-day window
			const primary = subscribe(
				find(suite, 'ANNUAL'),
				intBetween(rng, 5, 150),
				i === 0 ? 2 : intBetween(rng, 20, 330),
			);
			if (rng() < 0.5)
				subscribe(
					find('Exchange Online (Plan 1)', 'MONTHLY'),
					intBetween(rng, 1, 20),
					intBetween(rng, 8, 25),
				);
			const copilot = products.find(
				(p) =>
					p.productName === 'Microsoft 365 Copilot' &&
					p.primaryProductIds.includes(primary.productId),
			);
			if (copilot && rng() < 0.6)
				subscribe(
					copilot,
					Math.max(1, Math.floor(primary.quantity / 5)),
					intBetween(rng, 10, 200),
					primary,
				);
			if (rng() < 0.4) subscribe(find('Azure plan', 'MONTHLY'), 1, intBetween(rng, 10, 25));
		}
		if (usesGoogle) {
			const transferToken = `T-${hex(rng, 12).toUpperCase()}`;
			addAccount('Google', `C0${hex(rng, 7)}`, `${slug}.com`, transferToken);
			agree('GOOGLE_TOS', true);
			subscribe(
				find(
					pick(rng, [
						'Google Workspace Business Starter',
						'Google Workspace Business Standard',
						'Google Workspace Business Plus',
					]),
					'ANNUAL',
				),
				intBetween(rng, 3, 80),
				intBetween(rng, 20, 300),
			);
			store.transferable.push({
				customerNo: customer.customerNo,
				domain: `${slug}.com`,
				productId: find('Google Workspace Business Standard', 'MONTHLY').productId,
				productName: 'Google Workspace Business Standard',
				skuNo: find('Google Workspace Business Standard', 'MONTHLY').skuNo,
				quantity: intBetween(rng, 2, 40),
				vendorSubscriptionId: `${hex(rng, 10)}`,
			});
		}
		if (usesAdobe)
			subscribe(
				find('Adobe Acrobat Pro for teams', 'ANNUAL', 'ANNUAL'),
				intBetween(rng, 1, 15),
				intBetween(rng, 20, 300),
			);

		for (const sub of subs) {
			if (sub.status !== 'ACTIVE' || sub.productName === 'Azure plan') continue;
			const domain = domains[sub.vendorId] ?? `${slug}.com`;
			for (let u = 0; u < Math.min(sub.quantity, 8); u++) {
				const uf = FIRST[(u + i) % FIRST.length];
				const ul = LAST[(u * 5 + i) % LAST.length];
				store.subscribedUsers.push({
					customerNo: customer.customerNo,
					vendorId: sub.vendorId,
					subscriptionId: sub.subscriptionId,
					productId: sub.productId,
					productName: sub.productName,
					skuNo: sub.skuNo,
					userName: `${uf.toLowerCase()}.${ul.toLowerCase()}${u}@${domain}`,
					displayName: `${uf} ${ul}`,
					assignedDate: sub.startDate,
				});
			}
		}
		seedBilling(store, rng, customer, subs, now);
	}
}

function seedBilling(
	store: StellrStore,
	rng: Rng,
	customer: Customer,
	subs: Subscription[],
	now: number,
): void {
	const billable = subs.filter((s) => s.status !== 'CANCELLED');
	const today = new Date(now);
	for (let back = 6; back >= 1; back--) {
		const periodStart = Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - back, 1);
		const periodEnd = Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - back + 1, 0);
		const period = iso(periodStart).slice(0, 7);
		for (const sub of billable.filter((s) => s.productName === 'Azure plan')) {
			for (const meterCategory of METERS) {
				store.consumption.push({
					customerNo: customer.customerNo,
					customerName: customer.customerName,
					subscriptionId: sub.subscriptionId,
					month: period,
					meterCategory,
					estimatedCost: Math.round(rng() * 90_000) / 100,
					currency: 'USD',
				});
			}
		}
		const lines = billable
			.filter((s) => Date.parse(s.createdDate) <= periodEnd && s.productName !== 'Azure plan')
			.map((s, index) => {
				const product = store.products.get(s.productId) as Product;
				const unitPrice = Math.round(monthlyPrice(product) * 100) / 100;
				return {
					lineNo: index + 1,
					subscriptionId: s.subscriptionId,
					customerNo: s.customerNo,
					productName: s.productName,
					skuNo: s.skuNo,
					quantity: s.quantity,
					unitPrice,
					amount: Math.round(unitPrice * s.quantity * 100) / 100,
					chargeStartDate: iso(periodStart).slice(0, 10),
					chargeEndDate: iso(periodEnd).slice(0, 10),
				};
			});
		if (!lines.length) continue;
		const subtotal = Math.round(lines.reduce((sum, l) => sum + l.amount, 0) * 100) / 100;
		const tax = Math.round(subtotal * 0.0825 * 100) / 100;
		const invoiceDate = Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - back + 1, 2);
		const invoiceNo = String(60_000_001 + store.invoices.size);
		const invoice: Invoice = {
			invoiceNo,
			invoiceDate: iso(invoiceDate).slice(0, 10),
			dueDate: iso(invoiceDate + 30 * DAY).slice(0, 10),
			billingPeriod: period,
			customerNo: customer.customerNo,
			customerName: customer.customerName,
			subtotal,
			tax,
			total: Math.round((subtotal + tax) * 100) / 100,
			currency: 'USD',
			status: back === 1 ? 'OPEN' : back === 2 && rng() < 0.25 ? 'OVERDUE' : 'PAID',
			lines,
		};
		store.invoices.set(invoiceNo, invoice);
	}
}
