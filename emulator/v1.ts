// Ion's v1 billing API (invoices), which the v3 OpenAPI file does not describe. Everything here is
// a documented guess (README, "documented guesses"; notes api-beyond-the-spec §3) after TD SYNNEX's
// own SDK (StreamOneIONSDK/v1/billing/billing.py and its README):
// - `Authorization: Basic base64(apiKey:apiSecret)`; anything else -> 401.
// - `GET /api/v1/invoices/myinvoices` (the account's invoices) and `GET /api/v1/invoices?customerId=`
//   with `limit` (default 100; capped by maxPageSize like v3) and `offset`,
//   `filter[<field>]` / `filter[<field>:<modifier>]` (exact (default), partial with % wildcards,
//   gt, lt, gte, lte, min, max), `sort[<field>]=asc|desc`, `relations=lines`.
//   Answer: `{ success: true, data: { invoices: [...], total } }` (the SDK reads `data.invoice` of
//   the detailed answer, so lists are guessed to be wrapped in `data` too).
// - `GET /api/v1/invoices/{id}/detailed` -> `{ success: true, data: { invoice: {..., lines,
//   detailedInvoiceFilesUrls: [url, ...]} } }`; the SDK downloads each URL without credentials
//   (signed URLs), served here under /files/invoices/ with a signature in the query.
// - Errors: `{ success: false, error: { code, message } }` with the HTTP status.
// - Invoices: one per customer and month for the six months before the emulator started; last
//   month's are `open`, older ones `closed` (status values are a guess; the SDK's invoice
//   generation defaults to 'open').
import { createHash, randomBytes } from 'node:crypto';

import type { HandlerResult, Query } from './context';
import type { Store } from './store';
import type { Subscription } from './types';

export interface Invoice {
	id: string;
	invoiceNumber: string;
	customerId: string;
	customerName: string;
	resellerId: string;
	billingStartDate: string;
	billingEndDate: string;
	status: string;
	currency: string;
	subtotal: number;
	tax: number;
	total: number;
	createdAt: string;
	dueDate: string;
	lines: Array<{ id: string; subscriptionId: string; description: string; quantity: number; unitPrice: number; amount: number }>;
}

const MODIFIERS = new Set(['exact', 'partial', 'gt', 'lt', 'gte', 'lte', 'min', 'max']);
const DAY = 86_400_000;
const ymd = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const round = (n: number) => Math.round(n * 100) / 100;

/** The invoices of the tenant: one per customer and month, months before `now`. */
export function buildInvoices(store: Store, now: number, months = 6): Invoice[] {
	const invoices: Invoice[] = [];
	const d = new Date(now);
	let seq = 41001;
	for (let back = months; back >= 1; back--) {
		const start = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - back, 1);
		const end = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - back + 1, 1) - DAY;
		for (const customerId of store.customerOrder) {
			const customer = store.customers.get(customerId);
			const subs = (store.subscriptionsByCustomer.get(customerId) ?? [])
				.map((id) => store.subscriptions.get(id) as Subscription)
				.filter((s) => s.subscriptionStatus !== 'PENDING');
			const id = String(seq++);
			const lines = subs.map((s, i) => {
				const quantity = Number(s.subscriptionTotalLicenses);
				return { id: `${id}-${i + 1}`, subscriptionId: s.subscriptionId, description: s.subscriptionName, quantity, unitPrice: s.price, amount: round(s.price * quantity) };
			});
			const subtotal = round(lines.reduce((t, l) => t + l.amount, 0));
			const tax = round(subtotal * 0.2);
			invoices.push({
				id,
				invoiceNumber: `INV-${ymd(start).slice(0, 7)}-${customerId}`,
				customerId,
				customerName: customer?.customerOrganization ?? '',
				resellerId: store.accountId,
				billingStartDate: ymd(start),
				billingEndDate: ymd(end),
				status: back === 1 ? 'open' : 'closed',
				currency: 'USD',
				subtotal,
				tax,
				total: round(subtotal + tax),
				createdAt: new Date(end + DAY + 3_600_000).toISOString(),
				dueDate: ymd(end + 31 * DAY),
				lines,
			});
		}
	}
	return invoices;
}

function fail(status: number, code: string, message: string): HandlerResult {
	return { status, body: { success: false, error: { code, message } } };
}

function first(query: Query, name: string): string | undefined {
	const v = query[name];
	return Array.isArray(v) ? v[0] : v;
}

function compare(a: unknown, b: string): number {
	const x = Number(a);
	const y = Number(b);
	if (typeof a === 'number' || (!Number.isNaN(x) && !Number.isNaN(y) && b.trim() !== '')) return x - y;
	return String(a) < b ? -1 : String(a) > b ? 1 : 0;
}

function matches(value: unknown, modifier: string, wanted: string): boolean {
	switch (modifier) {
		case 'partial': {
			const pattern = wanted.includes('%') ? wanted : `%${wanted}%`;
			const re = new RegExp(`^${pattern.split('%').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 'i');
			return re.test(String(value));
		}
		case 'gt':
			return compare(value, wanted) > 0;
		case 'lt':
			return compare(value, wanted) < 0;
		case 'gte':
		case 'min':
			return compare(value, wanted) >= 0;
		case 'lte':
		case 'max':
			return compare(value, wanted) <= 0;
		default:
			return String(value) === wanted;
	}
}

export class V1Billing {
	readonly apiKey: string;
	readonly apiSecret: string;
	private invoices: Invoice[] | undefined;
	private readonly signingKey = randomBytes(16).toString('hex');

	constructor(
		private readonly store: Store,
		private readonly baseUrl: () => string,
		private readonly maxPageSize: number,
		private readonly startedAt: number,
		keys: { apiKey?: string; apiSecret?: string } = {},
	) {
		this.apiKey = keys.apiKey ?? `ionkey-${store.accountId}-${randomBytes(6).toString('hex')}`;
		this.apiSecret = keys.apiSecret ?? randomBytes(24).toString('base64url');
	}

	/** The invoices, built on first use (so tests can shape the tenant first). */
	all(): Invoice[] {
		if (!this.invoices) this.invoices = buildInvoices(this.store, this.startedAt);
		return this.invoices;
	}

	/** The route template of a v1 or file path, for the log ('GET /api/v1/invoices/{invoiceId}/detailed'). */
	route(method: string, path: string): string | undefined {
		if (path === '/api/v1/invoices/myinvoices' || path === '/api/v1/invoices') return `${method} ${path}`;
		if (/^\/api\/v1\/invoices\/[^/]+\/detailed$/.test(path)) return `${method} /api/v1/invoices/{invoiceId}/detailed`;
		if (path.startsWith('/files/invoices/')) return `${method} /files/invoices/{invoiceId}/{file}`;
		if (path.startsWith('/api/v1/')) return `${method} /api/v1/<unmatched>`;
		return undefined;
	}

	private signature(path: string): string {
		return createHash('sha256').update(`${this.signingKey}${path}`).digest('hex').slice(0, 32);
	}

	private fileUrls(invoice: Invoice): string[] {
		return ['detailed.csv', 'summary.pdf'].map((kind) => {
			const path = `/files/invoices/${invoice.id}/${invoice.invoiceNumber}-${kind}`;
			return `${this.baseUrl()}${path}?signature=${this.signature(path)}&expires=3600`;
		});
	}

	/** The content of one invoice file (also what the tests compare downloads with). */
	fileContent(invoice: Invoice, kind: string): { contentType: string; body: Buffer } {
		if (kind.endsWith('.csv')) {
			const rows = invoice.lines.map((l) => [l.subscriptionId, `"${l.description.replace(/"/g, '""')}"`, l.quantity, l.unitPrice, l.amount].join(','));
			return { contentType: 'text/csv', body: Buffer.from(['subscriptionId,description,quantity,unitPrice,amount', ...rows].join('\n'), 'utf8') };
		}
		const text = `%PDF-1.4\n% ${invoice.invoiceNumber} ${invoice.customerName} total ${invoice.total} ${invoice.currency}\n%%EOF\n`;
		return { contentType: 'application/pdf', body: Buffer.from(text, 'latin1') };
	}

	handle(method: string, path: string, query: Query, authorization: string): HandlerResult & { raw?: Buffer } {
		if (path.startsWith('/files/invoices/')) return this.file(method, path, query);
		const expected = `Basic ${Buffer.from(`${this.apiKey}:${this.apiSecret}`).toString('base64')}`;
		if (authorization !== expected) return fail(401, 'UNAUTHORIZED', 'Invalid API key or secret');
		if (method !== 'GET') return fail(405, 'METHOD_NOT_ALLOWED', `${method} is not supported here`);
		const detailed = /^\/api\/v1\/invoices\/([^/]+)\/detailed$/.exec(path);
		if (detailed) {
			const invoice = this.all().find((i) => i.id === decodeURIComponent(detailed[1]));
			if (!invoice) return fail(404, 'NOT_FOUND', `Invoice ${detailed[1]} not found`);
			return { status: 200, body: { success: true, data: { invoice: { ...invoice, detailedInvoiceFilesUrls: this.fileUrls(invoice) } } } };
		}
		if (path === '/api/v1/invoices/myinvoices' || path === '/api/v1/invoices') return this.list(path, query);
		return fail(404, 'NOT_FOUND', `no route for ${method} ${path}`);
	}

	private list(path: string, query: Query): HandlerResult {
		let list = this.all();
		if (path === '/api/v1/invoices') {
			const customerId = first(query, 'customerId');
			if (customerId !== undefined) {
				if (!/^\d+$/.test(customerId)) return fail(400, 'BAD_REQUEST', 'customerId must be a number');
				list = list.filter((i) => i.customerId === customerId);
			}
		}
		const sorts: Array<[keyof Invoice, number]> = [];
		for (const [key, raw] of Object.entries(query)) {
			const value = Array.isArray(raw) ? raw[0] : raw;
			const filter = /^filter\[([A-Za-z]+)(?::([a-z]+))?\]$/.exec(key);
			const sort = /^sort\[([A-Za-z]+)\]$/.exec(key);
			if (filter) {
				const [, field, modifier = 'exact'] = filter;
				if (!MODIFIERS.has(modifier)) return fail(400, 'BAD_REQUEST', `unknown filter modifier '${modifier}'`);
				if (!(field in (list[0] ?? { id: '' }))) return fail(400, 'BAD_REQUEST', `unknown filter field '${field}'`);
				list = list.filter((i) => matches(i[field as keyof Invoice], modifier, value));
			} else if (sort) {
				if (value !== 'asc' && value !== 'desc') return fail(400, 'BAD_REQUEST', `sort[${sort[1]}] must be asc or desc`);
				sorts.push([sort[1] as keyof Invoice, value === 'asc' ? 1 : -1]);
			} else if (!['limit', 'offset', 'relations', 'customerId'].includes(key)) {
				return fail(400, 'BAD_REQUEST', `unknown query parameter '${key}'`);
			}
		}
		if (sorts.length) {
			list = [...list].sort((a, b) => {
				for (const [field, dir] of sorts) {
					const c = compare(a[field], String(b[field]));
					if (c !== 0) return c * dir;
				}
				return Number(a.id) - Number(b.id);
			});
		}
		const limit = Math.min(Number(first(query, 'limit') ?? 100), this.maxPageSize);
		const offset = Number(first(query, 'offset') ?? 0);
		if (!Number.isInteger(limit) || limit < 1 || !Number.isInteger(offset) || offset < 0) {
			return fail(400, 'BAD_REQUEST', 'limit must be at least 1 and offset at least 0');
		}
		const withLines = (first(query, 'relations') ?? '').split(',').includes('lines');
		const page = list.slice(offset, offset + limit).map((i) => {
			if (withLines) return i;
			const copy: Partial<Invoice> = { ...i };
			delete copy.lines;
			return copy;
		});
		return { status: 200, body: { success: true, data: { invoices: page, total: list.length } } };
	}

	private file(method: string, path: string, query: Query): HandlerResult & { raw?: Buffer } {
		const m = /^\/files\/invoices\/([^/]+)\/([^/]+)$/.exec(path);
		const invoice = m ? this.all().find((i) => i.id === m[1]) : undefined;
		if (method !== 'GET' || !m || !invoice || first(query, 'signature') !== this.signature(path)) {
			return { status: 403, body: { error: 'AccessDenied', message: 'Request has expired or the signature does not match' } };
		}
		const { contentType, body } = this.fileContent(invoice, m[2]);
		return { status: 200, headers: { 'content-type': contentType }, raw: body };
	}
}
