import type { IDataObject, ILoadOptionsFunctions } from 'n8n-workflow';

import { ION_CREDENTIAL_TYPE } from '../../../credentials/ionConstants';
import { readTokenPage } from '../../shared/paging';
import { customerIdOf } from '../resources/customer/common';
import { ionApiRequest, MAX_PAGE_SIZE } from '../transport/request';
import { LIST_SEARCH_RETRY } from '../../shared/resourceLocator';

/*
 * What the customer picker searches that Ion cannot: company names.
 *
 * Ion's List Customers filters only by contact name and e-mail. So the picker keeps, per
 * credential and n8n process, an index of every customer's company, contact, e-mail and ID,
 * read with the normal list (100 per page) and filled page by page as searches come in: each
 * search reads at most INDEX_PAGES_PER_SEARCH more pages until the whole list is in, then none.
 * The index is dropped after INDEX_TTL_MS and read again. Cost: the customer list once per
 * credential every 5 minutes (10,000 customers = 100 requests, spread over the first 5
 * searches), about 100 bytes per customer in memory; nothing per keystroke once complete.
 * The TTL and page budget are our choice (README, documented guesses).
 */

export const INDEX_TTL_MS = 5 * 60_000;
/** 2,000 customers per search at 100 per page. */
export const INDEX_PAGES_PER_SEARCH = 20;
/** Credentials whose index is kept at once (the oldest is dropped). */
const MAX_INDEXES = 20;

export interface IndexedCustomer {
	id: string;
	company: string;
	contact: string;
	email: string;
}

interface CustomerIndex {
	customers: IndexedCustomer[];
	nextPageToken?: string;
	complete: boolean;
	createdAt: number;
	/** The page reads in progress: searches that arrive meanwhile wait for them. */
	growing: Promise<void>;
}

const indexes = new Map<string, CustomerIndex>();

export function toIndexed(record: IDataObject): IndexedCustomer | undefined {
	const id = customerIdOf(record);
	if (!id) return undefined;
	const field = (key: string) => String(record[key] ?? '').trim();
	return {
		id,
		company: field('customerOrganization'),
		contact: field('customerName'),
		email: field('customerEmail'),
	};
}

const fold = (value: string) => value.toLowerCase().replace(/\s+/g, ' ').trim();

/** Whether the customer's company, contact, e-mail or ID contains the text (case-insensitive). */
export function matches(customer: IndexedCustomer, text: string): boolean {
	const wanted = fold(text);
	return [customer.company, customer.contact, customer.email, customer.id].some((v) =>
		fold(v).includes(wanted),
	);
}

async function keyOf(ctx: ILoadOptionsFunctions): Promise<string> {
	const credentials = await ctx.getCredentials(ION_CREDENTIAL_TYPE);
	const id = ctx.getNode().credentials?.[ION_CREDENTIAL_TYPE]?.id ?? '';
	return JSON.stringify([
		id,
		String(credentials.baseUrl ?? ''),
		String(credentials.accountId ?? ''),
	]);
}

async function readPages(ctx: ILoadOptionsFunctions, index: CustomerIndex, pages: number) {
	for (let i = 0; i < pages && !index.complete; i++) {
		const qs: IDataObject = { pageSize: MAX_PAGE_SIZE };
		if (index.nextPageToken) qs.pageToken = index.nextPageToken;
		const body = await ionApiRequest.call(ctx, 'GET', '/customers', {
			qs,
			retrySettings: LIST_SEARCH_RETRY,
		});
		const page = readTokenPage(body, 'customers');
		for (const record of page.records) {
			const customer = toIndexed(record);
			if (customer) index.customers.push(customer);
		}
		// a token seen before would loop: treat the list as read
		const repeated = page.nextPageToken !== undefined && page.nextPageToken === index.nextPageToken;
		index.nextPageToken = page.nextPageToken;
		index.complete = page.nextPageToken === undefined || repeated;
	}
}

/**
 * The credential's customer index after reading up to INDEX_PAGES_PER_SEARCH more pages.
 * A failed page read leaves the index as it was (the next search carries on); `error` says why.
 */
export async function growCustomerIndex(
	ctx: ILoadOptionsFunctions,
	now = Date.now(),
): Promise<{ customers: IndexedCustomer[]; complete: boolean; error?: Error }> {
	const key = await keyOf(ctx);
	let index = indexes.get(key);
	if (!index || now - index.createdAt > INDEX_TTL_MS) {
		index = { customers: [], complete: false, createdAt: now, growing: Promise.resolve() };
		indexes.delete(key);
		indexes.set(key, index);
		while (indexes.size > MAX_INDEXES) indexes.delete(indexes.keys().next().value as string);
	}
	const target = index;
	let error: Error | undefined;
	target.growing = target.growing.then(async () => {
		try {
			await readPages(ctx, target, INDEX_PAGES_PER_SEARCH);
		} catch (e) {
			error = e as Error;
		}
	});
	await target.growing;
	return { customers: target.customers, complete: target.complete, error };
}

/** Drops every index (tests). */
export function clearCustomerIndexes(): void {
	indexes.clear();
}
