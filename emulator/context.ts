// What a route handler gets and returns.
import type { ListCache } from './pagination';
import type { Rng } from './prng';
import type { Store } from './store';

export type Query = Record<string, string | string[]>;

export interface HandlerContext {
	method: string;
	path: string;
	params: Record<string, string>;
	query: Query;
	body: unknown;
	store: Store;
	accountId: string;
	maxPageSize: number;
	cache: ListCache;
	rng: Rng;
	now: () => number;
	requestId: string;
}

export interface HandlerResult {
	status: number;
	body?: unknown;
	headers?: Record<string, string>;
}

export type Handler = (ctx: HandlerContext) => HandlerResult;

/** route key: 'METHOD /spec/path/{template}' */
export type RouteTable = Record<string, Handler>;

export function q(query: Query, name: string): string | undefined {
	const v = query[name];
	if (v === undefined) return undefined;
	const s = Array.isArray(v) ? v[0] : v;
	return s === '' ? undefined : s;
}

export function nowIso(ctx: { now: () => number }): string {
	return new Date(ctx.now()).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
