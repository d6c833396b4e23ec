// Customers: list (token pagination + filters), get, create, update, cloud profiles.
import { nowIso, q } from '../context';
import type { HandlerContext, HandlerResult, RouteTable } from '../context';
import { IonError, notFound } from '../errors';
import { filterHash, tokenPage } from '../pagination';
import { buildCustomer, PROVIDERS } from '../seed';
import { Store } from '../store';
import type { Customer, CustomerAddress } from '../types';

const BASE = '/api/v3/accounts/{accountId}/customers';

export function requireCustomer(ctx: HandlerContext, customerId: string): Customer {
	const c = ctx.store.customers.get(customerId);
	if (!c) throw notFound(`accounts/${ctx.accountId}/customers/${customerId}`);
	return c;
}

function listCustomers(ctx: HandlerContext): HandlerResult {
	const filters = {
		email: q(ctx.query, 'filter.customerEmail')?.toLowerCase(),
		lang: q(ctx.query, 'filter.languageCode')?.toLowerCase(),
		status: q(ctx.query, 'filter.customerStatus'),
		name: q(ctx.query, 'filter.customerName')?.toLowerCase(),
	};
	if (filters.status === 'CUSTOMER_STATUS_UNSPECIFIED') filters.status = undefined;
	const hash = filterHash(filters);
	const { store } = ctx;
	const list = ctx.cache.get(`customers:${hash}`, store.version, () => {
		const out: Customer[] = [];
		for (const id of store.customerOrder) {
			const c = store.customers.get(id) as Customer;
			if (filters.email && c.customerEmail.toLowerCase() !== filters.email) continue;
			if (filters.lang && c.languageCode.toLowerCase() !== filters.lang) continue;
			if (filters.status && c.customerStatus !== filters.status) continue;
			// filter.customerName is the primary contact's name (the spec), not the company; that it
			// matches a part of the name, ignoring case, is our guess
			if (filters.name && !c.customerName.toLowerCase().includes(filters.name)) continue;
			out.push(c);
		}
		return out;
	});
	const page = tokenPage(ctx.query, list, hash, ctx.maxPageSize);
	return { status: 200, body: { customers: page.items, ...(page.nextPageToken ? { nextPageToken: page.nextPageToken } : {}) } };
}

interface CustomerBody {
	customerOrganization: string;
	customerAddress: CustomerAddress;
	customerName: string;
	customerEmail: string;
	customerTitle?: string;
	customerPhone?: string;
	languageCode: string;
}

function preconditions(ctx: HandlerContext, body: CustomerBody, selfId?: string): void {
	if (!/^[a-z]{2}(-[A-Za-z]{2})?$/.test(body.languageCode)) {
		throw new IonError(412, 'FAILED_PRECONDITION', 'The provided language code is not valid', {
			referenceEntity: 'languageCode',
			code: 'CUS-CR-002',
			detail: 'The provided language code is not valid',
		});
	}
	const email = body.customerEmail.toLowerCase();
	for (const [id, c] of ctx.store.customers) {
		if (id !== selfId && c.customerEmail.toLowerCase() === email) {
			const msg = 'The provided customerEmail is already in use, please provide a different email.';
			throw new IonError(412, 'FAILED_PRECONDITION', msg, { referenceEntity: 'customerEmail', code: 'CUS-CR-001', detail: msg });
		}
	}
}

function createCustomer(ctx: HandlerContext): HandlerResult {
	const body = ctx.body as CustomerBody;
	preconditions(ctx, body);
	const id = String(ctx.store.nextCustomerId);
	const c = buildCustomer(ctx.accountId, id, { ...body, customerStatus: 'ACTIVE' }, ctx.rng, ctx.now());
	ctx.store.addCustomer(c);
	const stamp = nowIso(ctx);
	return {
		status: 200,
		body: {
			...c,
			user: {
				name: `accounts/${ctx.accountId}/customers/${id}/users/${id}01`,
				userName: 'DEFAULT ACCOUNT USER',
				email: c.customerEmail,
				userStatus: 'ACTIVE',
				password: `Tmp!${Math.floor(ctx.rng() * 1e8).toString(36)}Aa9`,
				createTime: stamp,
				updateTime: stamp,
			},
		},
	};
}

function getCustomer(ctx: HandlerContext): HandlerResult {
	return { status: 200, body: requireCustomer(ctx, ctx.params.customerId) };
}

function updateCustomer(ctx: HandlerContext): HandlerResult {
	const id = ctx.params.customerId;
	const c = requireCustomer(ctx, id);
	const body = ctx.body as CustomerBody;
	preconditions(ctx, body, id);
	c.customerOrganization = body.customerOrganization;
	c.customerAddress = { suite: '', ...body.customerAddress };
	c.customerName = body.customerName;
	c.customerEmail = body.customerEmail;
	if (body.customerTitle !== undefined) c.customerTitle = body.customerTitle;
	if (body.customerPhone !== undefined) c.customerPhone = body.customerPhone;
	c.languageCode = body.languageCode;
	c.updateTime = nowIso(ctx);
	ctx.store.touch();
	return { status: 200, body: c };
}

function cloudProfiles(ctx: HandlerContext): HandlerResult {
	const c = requireCustomer(ctx, ctx.params.customerId);
	const id = Store.customerId(c);
	const subs = ctx.store.subscriptionsByCustomer.get(id) ?? [];
	const used = new Set(subs.map((s) => ctx.store.subscriptions.get(s)?.cloudProviderId));
	const wanted = q(ctx.query, 'providerId');
	const enabledOnly = q(ctx.query, 'enabledOnly') === 'true';
	const domain = c.customerEmail.split('@')[1] ?? '';
	const profiles = PROVIDERS.filter((p) => (!wanted || wanted === p.id) && (!enabledOnly || used.has(p.id))).map((p) => ({
		providerId: p.id,
		displayName: p.displayName,
		shortName: p.name,
		enabled: used.has(p.id),
		passRiOptimization: false,
		discountedRiOptimization: false,
		customerTenantId: used.has(p.id) && p.vendor === 'MICROSOFT' ? c.uid : '',
		billingAccounts: '',
		customerDomain: used.has(p.id) ? domain : '',
		allowDelegatedAccess: p.vendor === 'MICROSOFT' && used.has(p.id),
		gdapStatus: p.vendor === 'MICROSOFT' && used.has(p.id) ? 'ACTIVE' : '',
		gdapLevel: p.vendor === 'MICROSOFT' && used.has(p.id) ? 'DEFAULT' : '',
		gdapRoles: p.vendor === 'MICROSOFT' && used.has(p.id) ? ['Directory Readers', 'License Administrator'] : [],
		agreementStatus: used.has(p.id) ? 'ACCEPTED' : 'NOT_ACCEPTED',
	}));
	return { status: 200, body: { customerId: id, customerOrganization: c.customerOrganization, customerCloudProfiles: profiles } };
}

function cloudProfile(ctx: HandlerContext): HandlerResult {
	const c = requireCustomer(ctx, ctx.params.customerId);
	const a = c.customerAddress;
	const address = { addressLine1: a.street, addressLine2: a.suite ?? '', city: a.city, state: a.state, postalCode: a.zip, country: a.country };
	const [first, ...rest] = c.customerName.split(' ');
	return {
		status: 200,
		body: {
			id: c.uid,
			companyProfile: { tenantId: c.uid, domain: c.customerEmail.split('@')[1] ?? '', companyName: c.customerOrganization, email: c.customerEmail, address },
			billingProfile: { id: `bp-${Store.customerId(c)}`, email: c.customerEmail, culture: `${c.languageCode}-${a.country}`, language: c.languageCode, companyName: c.customerOrganization, defaultAddress: address },
			customDomains: [c.customerEmail.split('@')[1] ?? ''],
			allowDelegatedAccess: true,
			agreementStatus: 'ACCEPTED',
			agreements: [
				{ firstName: first, lastName: rest.join(' '), middleName: '', email: c.customerEmail, phoneNumber: c.customerPhone, templateId: '117a5ba1-7e4e-4b1b-8b51-5fa2a3d0e1c4', dateAgreed: c.createTime, type: 'MicrosoftCustomerAgreement', agreementLink: 'https://aka.ms/customeragreement' },
			],
		},
	};
}

export const customerRoutes: RouteTable = {
	[`GET ${BASE}`]: listCustomers,
	[`POST ${BASE}`]: createCustomer,
	[`GET ${BASE}/{customerId}`]: getCustomer,
	[`PUT ${BASE}/{customerId}`]: updateCustomer,
	[`GET ${BASE}/{customerId}/cloudProfiles`]: cloudProfiles,
	[`GET ${BASE}/{customerId}/cloudProfile`]: cloudProfile,
};
