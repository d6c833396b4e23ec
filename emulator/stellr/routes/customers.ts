// Customer (list, create, get) and Agreement (get, accept) routes of the Stellr emulator.
import { StellrError, bodyObject, invalid, notFound, ok, page, q, str } from '../envelope';
import type { Ctx, RouteTable } from '../router';
import { iso } from '../seed';
import type { Customer } from '../types';

export function requireCustomer(ctx: Ctx): Customer {
	const customer = ctx.store.customer(ctx.params.customerNo);
	if (!customer) throw notFound('customer', ctx.params.customerNo);
	return customer;
}

export const customerRoutes: RouteTable = {
	'GET /api/v1/cloud/customers': (ctx) => {
		const keyword = q(ctx.query, 'keyword')?.toLowerCase();
		const status = q(ctx.query, 'status')?.toUpperCase();
		const records = [...ctx.store.customers.values()].filter(
			(c) =>
				(!keyword ||
					c.customerName.toLowerCase().includes(keyword) ||
					c.email.toLowerCase().includes(keyword)) &&
				(!status || c.status === status),
		);
		return page(ctx.requestId, ctx.query, records, ctx.maxPageSize);
	},

	'POST /api/v1/cloud/customers': (ctx) => {
		const body = bodyObject(ctx.body);
		const customerName = str(body, 'customerName') as string;
		const email = str(body, 'email') as string;
		if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
			throw invalid('email', `is not an e-mail address: '${email}'`);
		const line2 = str(body, 'address.line2', false);
		const address = {
			line1: str(body, 'address.line1') as string,
			...(line2 ? { line2 } : {}),
			city: str(body, 'address.city') as string,
			state: str(body, 'address.state') as string,
			postalCode: str(body, 'address.postalCode') as string,
			country: (str(body, 'address.country') as string).toUpperCase(),
		};
		if (!/^[A-Z]{2}$/.test(address.country))
			throw invalid(
				'address.country',
				`must be a two-letter country code, got '${address.country}'`,
			);
		if (
			[...ctx.store.customers.values()].some((c) => c.email.toLowerCase() === email.toLowerCase())
		) {
			throw new StellrError(
				409,
				'DUPLICATE_CUSTOMER',
				`email: a customer with e-mail '${email}' already exists`,
				[{ field: 'email', message: 'already used by another customer' }],
			);
		}
		const at = iso(ctx.now());
		const customer: Customer = {
			customerNo: String(ctx.store.nextCustomerNo++),
			customerName,
			email,
			phone: str(body, 'phone', false) ?? '',
			contactFirstName: str(body, 'contactFirstName', false) ?? '',
			contactLastName: str(body, 'contactLastName', false) ?? '',
			address,
			status: 'ACTIVE',
			createdDate: at,
			lastModifiedDate: at,
		};
		ctx.store.customers.set(customer.customerNo, customer);
		return ok(ctx.requestId, customer);
	},

	'GET /api/v1/cloud/customers/{customerNo}': (ctx) => ok(ctx.requestId, requireCustomer(ctx)),

	'GET /api/v1/customers/{customerNo}/agreements/{agreementType}': (ctx) => {
		const customer = requireCustomer(ctx);
		const type = agreementType(ctx);
		const agreement = ctx.store.agreements.get(ctx.store.agreementKey(customer.customerNo, type));
		if (!agreement) throw notFound('agreement', `${customer.customerNo}/${type}`);
		return ok(ctx.requestId, agreement);
	},

	'POST /api/v1/customers/{customerNo}/agreements/{agreementType}': (ctx) => {
		const customer = requireCustomer(ctx);
		const type = agreementType(ctx);
		const body = bodyObject(ctx.body);
		const agreement = {
			customerNo: customer.customerNo,
			agreementType: type,
			accepted: true,
			acceptedDate: str(body, 'dateAgreed', false) ?? iso(ctx.now()),
			firstName: str(body, 'firstName') as string,
			lastName: str(body, 'lastName') as string,
			email: str(body, 'email') as string,
			phoneNumber: str(body, 'phoneNumber', false) ?? null,
			templateUrl:
				type === 'MCA'
					? 'https://www.microsoft.com/licensing/docs/customeragreement'
					: 'https://workspace.google.com/terms/reseller_premier_terms.html',
		};
		if (Number.isNaN(Date.parse(agreement.acceptedDate)))
			throw invalid('dateAgreed', `is not a date: '${agreement.acceptedDate}'`);
		ctx.store.agreements.set(ctx.store.agreementKey(customer.customerNo, type), agreement);
		return ok(ctx.requestId, agreement);
	},
};

function agreementType(ctx: Ctx): string {
	const wanted = ctx.params.agreementType.toUpperCase();
	const known = [...ctx.store.vendors.values()].flatMap((v) => v.agreementTypes);
	if (!known.includes(wanted))
		throw invalid(
			'agreementType',
			`must be one of ${known.join(', ')}, got '${ctx.params.agreementType}'`,
		);
	return wanted;
}
