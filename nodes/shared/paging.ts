import type { IDataObject, INode } from 'n8n-workflow';

import { apiError } from './nodeErrors';

/*
 * The paging loops every list uses (list operations, API Request, pickers, the trigger): page
 * tokens (`pageToken` -> `nextPageToken`, Ion), offsets (`limit` + `offset` with a total, Ion)
 * and page numbers (`pageNo` + `pageSize` with a total, Stellr). They only count and stop;
 * `fetchPage` sends the request (with the retry policy, so a failed page is retried by itself
 * and earlier pages are never fetched again).
 */

/** One page: its records and the token of the next page (none on the last page). */
export interface TokenPage {
	records: IDataObject[];
	nextPageToken?: string;
}

/** One page: its records and, when the server says it, the total number of records. */
export interface OffsetPage {
	records: IDataObject[];
	total?: number;
}

/** Who is paging, for the error when a server sends the same page token twice. */
export interface PagingScope {
	node: INode;
	itemIndex?: number;
	/** The service's name in messages, e.g. "Ion". */
	service: string;
}

/** The entries of a list that are records (objects; arrays, scalars and null left out). */
export function objectsIn(list: unknown[]): IDataObject[] {
	return list.filter(
		(r): r is IDataObject => r !== null && typeof r === 'object' && !Array.isArray(r),
	);
}

/** The records of `body[itemsKey]` (objects only; a missing key gives none). */
export function recordsOf(body: unknown, itemsKey: string): IDataObject[] {
	const records =
		body !== null && typeof body === 'object' ? (body as IDataObject)[itemsKey] : undefined;
	return Array.isArray(records) ? objectsIn(records) : [];
}

/** A page-token page: the records under `itemsKey` and a non-empty `nextPageToken`. */
export function readTokenPage(body: unknown, itemsKey: string): TokenPage {
	const next =
		body !== null && typeof body === 'object' ? (body as IDataObject).nextPageToken : undefined;
	return {
		records: recordsOf(body, itemsKey),
		nextPageToken: typeof next === 'string' && next !== '' ? next : undefined,
	};
}

/**
 * Reads pages by token until the last page or until `limit` records (Infinity for all).
 * `fetchPage` gets the token (undefined for the first page) and how many records are still
 * missing, so a list can ask for exactly that many and never fetch a page too many.
 * A token seen before stops the loop with an error instead of looping forever.
 */
export async function collectTokenPages(
	scope: PagingScope,
	limit: number,
	fetchPage: (pageToken: string | undefined, missing: number) => Promise<TokenPage>,
): Promise<IDataObject[]> {
	const out: IDataObject[] = [];
	const seen = new Set<string>();
	let pageToken: string | undefined;
	do {
		const page = await fetchPage(pageToken, limit - out.length);
		for (const record of page.records) {
			if (out.length >= limit) break;
			out.push(record);
		}
		pageToken = page.nextPageToken;
		if (pageToken !== undefined) {
			if (seen.has(pageToken)) throw repeatedToken(scope, out.length);
			seen.add(pageToken);
		}
	} while (pageToken !== undefined && out.length < limit);
	return out;
}

/**
 * Reads pages by offset until `limit` records, an empty page, or the total the server named.
 * `fetchPage` gets the offset and how many records are still missing.
 */
export async function collectOffsetPages(
	limit: number,
	fetchPage: (offset: number, missing: number) => Promise<OffsetPage>,
): Promise<IDataObject[]> {
	const out: IDataObject[] = [];
	let offset = 0;
	for (;;) {
		const page = await fetchPage(offset, limit - out.length);
		for (const record of page.records) {
			if (out.length >= limit) break;
			out.push(record);
		}
		offset += page.records.length;
		if (page.records.length === 0 || out.length >= limit) break;
		if (page.total !== undefined && offset >= page.total) break;
	}
	return out;
}

/** One numbered page: its records and, when the server says it, the total number of records. */
export type NumberedPage = OffsetPage;

/** The most pages the page-number loop reads before it stops with an error. */
export const MAX_NUMBERED_PAGES = 10_000;

/** The page size of the page-number loop for `limit` records (Infinity for all). */
export function numberedPageSize(limit: number, maxPageSize: number): number {
	if (!Number.isFinite(limit)) return maxPageSize;
	const pages = Math.ceil(Math.max(1, limit) / maxPageSize);
	return Math.ceil(Math.max(1, limit) / pages);
}

/**
 * Reads pages by number (1, 2, ...) of a fixed size until `limit` records, the total the server
 * named (or, when it names none, a page shorter than the page size), an empty page, or
 * MAX_NUMBERED_PAGES. The size stays the same on every page (with page numbers, another size
 * would shift every later page): maxPageSize for all records, and for a limit the size that reads
 * it in the fewest pages without reading more (Limit 250, pages of at most 200: two of 125).
 * With a total, a short page does not end the list: a server that caps pages lower than asked
 * still pages by its own size. A page whose first record equals the previous page's first
 * record stops the loop with an error (a server that ignores the page number would otherwise
 * make it loop forever).
 */
export async function collectNumberedPages(
	scope: PagingScope,
	limit: number,
	maxPageSize: number,
	fetchPage: (pageNo: number, pageSize: number) => Promise<NumberedPage>,
): Promise<IDataObject[]> {
	const pageSize = numberedPageSize(limit, maxPageSize);
	const out: IDataObject[] = [];
	let read = 0;
	let previousFirst: string | undefined;
	for (let pageNo = 1; ; pageNo++) {
		if (pageNo > MAX_NUMBERED_PAGES) throw tooManyPages(scope, out.length);
		const page = await fetchPage(pageNo, pageSize);
		if (page.records.length === 0) break;
		const first = JSON.stringify(page.records[0]);
		if (first === previousFirst) throw repeatedPage(scope, out.length);
		previousFirst = first;
		read += page.records.length;
		for (const record of page.records) {
			if (out.length >= limit) break;
			out.push(record);
		}
		if (out.length >= limit) break;
		if (page.total !== undefined ? read >= page.total : page.records.length < pageSize) break;
	}
	return out;
}

/** A total sent as a number or a numeric string (Ion sends int64 as a string), else undefined. */
export function totalOf(value: unknown): number | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const n = Number(value);
	return Number.isFinite(n) ? n : undefined;
}

function repeatedToken(scope: PagingScope, readSoFar: number) {
	return apiError(
		scope.node,
		{ message: `${scope.service} returned the same page token twice` },
		{
			message: `${scope.service} returned the same page token twice; stopped to avoid an endless loop`,
			description: `Records read so far: ${readSoFar}. Try again later; if it persists, report it to TD SYNNEX support.`,
			itemIndex: scope.itemIndex,
		},
	);
}

function repeatedPage(scope: PagingScope, readSoFar: number) {
	return apiError(
		scope.node,
		{ message: `${scope.service} returned the same page twice` },
		{
			message: `${scope.service} returned the same page twice; stopped to avoid an endless loop`,
			description: `Records read so far: ${readSoFar}. The server seems to ignore the page number; turn Return All off and use Limit, and report it.`,
			itemIndex: scope.itemIndex,
		},
	);
}

function tooManyPages(scope: PagingScope, readSoFar: number) {
	return apiError(
		scope.node,
		{ message: `${scope.service} kept sending pages` },
		{
			message: `${scope.service} kept sending pages; stopped after ${MAX_NUMBERED_PAGES}`,
			description: `Records read so far: ${readSoFar}. Narrow the list with filters, or use Limit.`,
			itemIndex: scope.itemIndex,
		},
	);
}
