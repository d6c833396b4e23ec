// Vendor Account (list, create or update) and Subscribed Users routes of the Stellr emulator.
import { StellrError, bodyObject, invalid, ok, page, q, str } from '../envelope';
import type { RouteTable } from '../router';
import { guid, iso } from '../seed';
import type { VendorAccount } from '../types';
import { requireVendor } from './catalogue';
import { requireCustomer } from './customers';

/** The transfer token is the customer's secret with Google: never shown in a list. */
function publicAccount(account: VendorAccount): Omit<VendorAccount, 'transferToken'> {
	const copy = { ...account };
	delete copy.transferToken;
	return copy;
}

export const accountRoutes: RouteTable = {
	'GET /api/v1/cloud/vendors/account': (ctx) => {
		const customerNo = q(ctx.query, 'customerNo');
		const vendorId = q(ctx.query, 'vendorId')?.toLowerCase();
		const records = [...ctx.store.vendorAccounts.values()]
			.filter(
				(a) =>
					(!customerNo || a.customerNo === customerNo) &&
					(!vendorId || a.vendorId.toLowerCase() === vendorId),
			)
			.map(publicAccount);
		return page(ctx.requestId, ctx.query, records, ctx.maxPageSize);
	},

	'POST /api/v1/cloud/vendors/account': (ctx) => {
		const body = bodyObject(ctx.body);
		const vendor = requireVendor(ctx, str(body, 'vendorId') as string);
		const customerNo = str(body, 'customerNo', false) ?? null;
		if (customerNo !== null && !ctx.store.customer(customerNo))
			throw invalid('customerNo', `no customer '${customerNo}'`);
		const raw = (str(body, 'domain') as string).toLowerCase();
		const domain =
			vendor.vendorId === 'Microsoft' && !raw.includes('.') ? `${raw}.onmicrosoft.com` : raw;
		if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain))
			throw invalid('domain', `is not a domain name: '${raw}'`);
		const existing = ctx.store.vendorAccount(customerNo, vendor.vendorId);
		const taken = [...ctx.store.vendorAccounts.values()].find(
			(a) => a.vendorId === vendor.vendorId && a.domain === domain && a !== existing,
		);
		if (taken)
			throw new StellrError(
				409,
				'DOMAIN_UNAVAILABLE',
				`domain: '${domain}' already belongs to another ${vendor.vendorId} account`,
				[{ field: 'domain', message: 'already taken' }],
			);
		const at = iso(ctx.now());
		const accountId =
			str(body, 'accountId', false) ??
			existing?.accountId ??
			(vendor.vendorId === 'Google' ? `C0${guid(ctx.rng).slice(0, 7)}` : guid(ctx.rng));
		if (existing) {
			Object.assign(existing, { domain, accountId, lastModifiedDate: at });
			return ok(ctx.requestId, publicAccount(existing));
		}
		const account: VendorAccount = {
			vendorAccountId: String(ctx.store.nextVendorAccountId++),
			customerNo,
			vendorId: vendor.vendorId,
			accountId,
			domain,
			status: 'ACTIVE',
			createdDate: at,
			lastModifiedDate: at,
		};
		ctx.store.vendorAccounts.set(account.vendorAccountId, account);
		return ok(ctx.requestId, publicAccount(account));
	},

	'GET /api/v1/customers/{customerNo}/vendors/{vendorId}/subscribed/products': (ctx) => {
		const customer = requireCustomer(ctx);
		const vendor = requireVendor(ctx);
		const productId = q(ctx.query, 'productId');
		const subscriptionId = q(ctx.query, 'subscriptionId');
		const records = ctx.store.subscribedUsers.filter(
			(u) =>
				u.customerNo === customer.customerNo &&
				u.vendorId === vendor.vendorId &&
				(!productId || u.productId === productId) &&
				(!subscriptionId || u.subscriptionId === subscriptionId),
		);
		return page(ctx.requestId, ctx.query, records, ctx.maxPageSize);
	},
};
