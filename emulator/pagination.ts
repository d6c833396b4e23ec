// Ion's two pagination styles: opaque pageToken/nextPageToken (with a server cap) and offset/limit with totalCount.
import { IonError, invalidArgument } from './errors';

interface TokenPayload {
	/** offset of the next item */
	o: number;
	/** page size the listing started with */
	s: number;
	/** hash of the filter set the token belongs to */
	h: string;
}

export function filterHash(parts: Record<string, unknown>): string {
	const text = JSON.stringify(Object.keys(parts).sort().map((k) => [k, parts[k] ?? null]));
	let h = 2166136261;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 16777619);
	}
	return (h >>> 0).toString(36);
}

function encodeToken(p: TokenPayload): string {
	return Buffer.from(JSON.stringify(p)).toString('base64url');
}

function decodeToken(token: string): TokenPayload {
	try {
		const p = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as TokenPayload;
		if (typeof p.o === 'number' && typeof p.s === 'number' && typeof p.h === 'string' && p.o >= 0) return p;
	} catch {
		// fall through
	}
	throw invalidArgument(`invalid page token '${token}'`);
}

function intParam(query: Record<string, string | string[]>, name: string): number | undefined {
	const raw = query[name];
	if (raw === undefined || raw === '') return undefined;
	const v = Number(Array.isArray(raw) ? raw[0] : raw);
	if (!Number.isInteger(v)) throw invalidArgument(`${name}: must be integer`);
	if (v < 0) throw invalidArgument(`${name}: must be >= 0`);
	return v;
}

export interface TokenPage<T> {
	items: T[];
	nextPageToken?: string;
}

/**
 * pageSize/pageToken over an already-filtered list. Rejects a request with neither (Ion's INVALID_REQUEST),
 * a malformed token and a token minted for a different filter set.
 */
export function tokenPage<T>(
	query: Record<string, string | string[]>,
	list: readonly T[],
	hash: string,
	maxPageSize: number,
): TokenPage<T> {
	const pageSize = intParam(query, 'pageSize');
	const rawToken = typeof query.pageToken === 'string' ? query.pageToken : '';
	if (!pageSize && !rawToken) {
		throw new IonError(400, 'INVALID_REQUEST', 'At least one of page_size and page_token must be present');
	}
	let offset = 0;
	let size = pageSize ?? 0;
	if (rawToken) {
		const t = decodeToken(rawToken);
		if (t.h !== hash) throw invalidArgument('page token does not match the request filters');
		offset = t.o;
		if (!size) size = t.s;
	}
	size = Math.min(size || maxPageSize, maxPageSize);
	const items = list.slice(offset, offset + size);
	const next = offset + size;
	return next < list.length ? { items, nextPageToken: encodeToken({ o: next, s: size, h: hash }) } : { items };
}

export interface OffsetPage<T> {
	items: T[];
	total: number;
	limit: number;
	offset: number;
}

/** pagination.limit / pagination.offset, limit capped at maxPageSize (also the default). */
export function offsetPage<T>(query: Record<string, string | string[]>, list: readonly T[], maxPageSize: number): OffsetPage<T> {
	const limitRaw = intParam(query, 'pagination.limit');
	const offset = intParam(query, 'pagination.offset') ?? 0;
	const limit = Math.min(limitRaw || maxPageSize, maxPageSize);
	return { items: list.slice(offset, offset + limit), total: list.length, limit, offset };
}

/** Caches filtered lists per filter hash until the store changes (so paging a big list is O(page)). */
export class ListCache {
	private readonly entries = new Map<string, { version: number; list: unknown[] }>();

	get<T>(key: string, version: number, build: () => T[]): T[] {
		const hit = this.entries.get(key);
		if (hit && hit.version === version) return hit.list as T[];
		const list = build();
		if (this.entries.size > 200) this.entries.clear();
		this.entries.set(key, { version, list });
		return list;
	}
}
