// Subscriptions: account-wide list (offset pagination + filters) and get by customer and id.
import { q } from '../context';
import type { HandlerContext, HandlerResult, RouteTable } from '../context';
import { notFound } from '../errors';
import { filterHash, offsetPage } from '../pagination';
import type { Subscription } from '../types';
import { requireCustomer } from './customers';

const EXACT: Array<[string, keyof Subscription]> = [
	['resellerId', 'resellerId'],
	['providerId', 'cloudProviderId'],
	['subscriptionStatus', 'subscriptionStatus'],
	['billingTerm', 'subscriptionBillingTerm'],
	['billingCycle', 'subscriptionBillingCycle'],
	['totalLicense', 'subscriptionTotalLicenses'],
	['ccpProductId', 'ccpProductId'],
	['providerProductId', 'subscriptionProductId'],
	['customerPo', 'customerPO'],
	['resellerPo', 'resellerPO'],
	['resourceType', 'resourceType'],
];
const CONTAINS: Array<[string, keyof Subscription]> = [
	['cloudProviderName', 'cloudProviderName'],
	['customerName', 'customerName'],
	['subscriptionName', 'subscriptionName'],
];
const DATE_RANGES: Array<[string, string, keyof Subscription]> = [
	['startDateRange.fixedDateRange.startDate', 'startDateRange.fixedDateRange.endDate', 'subscriptionStartDate'],
	['endDateRange.fixedDateRange.startDate', 'endDateRange.fixedDateRange.endDate', 'subscriptionEndDate'],
];

const SORTABLE = new Set<string>([
	'id', 'customerId', 'subscriptionName', 'subscriptionStartDate', 'subscriptionEndDate', 'subscriptionStatus', 'customerName',
	'subscriptionTotalLicenses', 'lastUpdatedDate', 'renewalDate', 'price',
]);

function listSubscriptions(ctx: HandlerContext): HandlerResult {
	const { store, query } = ctx;
	const f: Record<string, string | undefined> = {};
	for (const [p] of [...EXACT, ...CONTAINS]) f[p] = q(query, p);
	for (const [a, b] of DATE_RANGES) {
		f[a] = q(query, a);
		f[b] = q(query, b);
	}
	f.customerId = q(query, 'customerId');
	f.subscriptionId = q(query, 'subscriptionId');
	f.endDate = q(query, 'endDate');
	f.search = q(query, 'pagination.filter')?.toLowerCase();
	f.sortBy = q(query, 'pagination.sortBy');
	f.sortOrder = q(query, 'pagination.sortOrder');
	const hash = filterHash(f);
	const list = ctx.cache.get(`subscriptions:${hash}`, store.version, () => {
		const ids = f.customerId ? (store.subscriptionsByCustomer.get(f.customerId) ?? []) : store.subscriptionOrder;
		const out: Subscription[] = [];
		for (const id of ids) {
			const s = store.subscriptions.get(id) as Subscription;
			if (f.subscriptionId && s.subscriptionId !== f.subscriptionId && s.id !== f.subscriptionId) continue;
			let ok = true;
			for (const [p, field] of EXACT) {
				if (f[p] !== undefined && String(s[field]) !== f[p]) {
					ok = false;
					break;
				}
			}
			if (!ok) continue;
			for (const [p, field] of CONTAINS) {
				if (f[p] !== undefined && !String(s[field]).toLowerCase().includes((f[p] as string).toLowerCase())) {
					ok = false;
					break;
				}
			}
			if (!ok) continue;
			for (const [from, to, field] of DATE_RANGES) {
				const v = Date.parse(String(s[field]));
				if (f[from] && v < Date.parse(f[from] as string)) ok = false;
				if (f[to] && v > Date.parse(f[to] as string)) ok = false;
			}
			if (f.endDate && Date.parse(s.subscriptionEndDate) > Date.parse(f.endDate)) ok = false;
			if (!ok) continue;
			if (
				f.search &&
				!s.subscriptionName.toLowerCase().includes(f.search) &&
				!s.customerName.toLowerCase().includes(f.search) &&
				!s.subscriptionId.toLowerCase().includes(f.search)
			)
				continue;
			out.push(s);
		}
		if (f.sortBy && SORTABLE.has(f.sortBy)) {
			const key = f.sortBy as keyof Subscription;
			const numeric = key === 'id' || key === 'customerId' || key === 'subscriptionTotalLicenses' || key === 'price';
			const dir = f.sortOrder === 'DESC' ? -1 : 1;
			out.sort((a, b) => {
				const x = numeric ? Number(a[key]) : String(a[key]);
				const y = numeric ? Number(b[key]) : String(b[key]);
				return (x < y ? -1 : x > y ? 1 : Number(a.id) - Number(b.id)) * dir;
			});
		} else if (f.sortOrder === 'DESC') {
			out.reverse();
		}
		return out;
	});
	const page = offsetPage(query, list, ctx.maxPageSize);
	return {
		status: 200,
		body: { totalCount: String(page.total), items: page.items, paginationResponse: { totalSize: page.total } },
	};
}

function getSubscription(ctx: HandlerContext): HandlerResult {
	const customerId = ctx.params.customerId;
	requireCustomer(ctx, customerId);
	const s = ctx.store.findSubscription(ctx.params.Id);
	if (!s || s.customerId !== customerId) {
		throw notFound(`accounts/${ctx.accountId}/customers/${customerId}/subscriptions/${ctx.params.Id}`);
	}
	return {
		status: 200,
		body: {
			...s,
			billingData: [],
			entitlements: [],
			attributes: s.attributes ?? [],
			resources: [],
			lineItems: [],
			contacts: [],
			reservations: [],
			products: [],
			priceAdjustments: [],
		},
	};
}

export const subscriptionRoutes: RouteTable = {
	'GET /api/v3/accounts/{accountId}/subscriptions': listSubscriptions,
	'GET /api/v3/accounts/{accountId}/customers/{customerId}/subscriptions/{Id}': getSubscription,
};
