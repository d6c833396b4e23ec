import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	INodeExecutionData,
} from 'n8n-workflow';

import { API_REQUEST_POLICY, asRecords } from '../../../shared/apiRequest';
import { fail, scopeOf } from '../../../shared/nodeErrors';
import { collectOffsetPages, collectTokenPages, totalOf } from '../../../shared/paging';
import { runOperation } from '../../../shared/requestFrame';
import { sendRouted } from '../../../shared/routing';
import { text } from '../../../shared/validation';
import { ION, ION_SERVICE, MAX_PAGE_SIZE } from '../../transport/request';

/*
 * API Request's request function: one request, or with Return All Pages every page of a list,
 * one item per record. Ion pages lists two ways, and the first answer says which:
 * `nextPageToken` (customers, orders, products) -> the page-token loop; `totalCount`
 * (subscriptions, carts) -> the offset loop with `pagination.offset` / `pagination.limit`.
 * Both are the shared loops of nodes/shared/paging.ts; the query is kept on every page.
 */

/** The records array of a list answer: the configured field, else `items`, else the first array field. */
export function findItemsKey(body: unknown, configured: string): string | undefined {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
	if (configured) return configured;
	const arrays = Object.entries(body as IDataObject).filter(([, v]) => Array.isArray(v));
	if (arrays.length === 0) return undefined;
	return (arrays.find(([k]) => k === 'items') ?? arrays[0])[0];
}

/** The records of one page: those under the items field (see findItemsKey). */
function recordsOfPage(
	ctx: IExecuteSingleFunctions,
	body: unknown,
	configuredKey: string,
): IDataObject[] {
	if (Array.isArray(body)) return asRecords(body);
	const key = findItemsKey(body, configuredKey);
	const records = key === undefined ? undefined : (body as IDataObject)[key];
	if (key !== undefined && records !== undefined && !Array.isArray(records)) {
		fail(
			scopeOf(ctx),
			`Items Field: "${key}" in the response is not a list`,
			'Leave Items Field empty to detect the list automatically.',
		);
	}
	if (key === undefined || records === undefined) {
		if (configuredKey) {
			const fields = Object.keys((body as IDataObject) ?? {}).join(', ') || 'none';
			fail(
				scopeOf(ctx),
				`Items Field: the response has no field "${configuredKey}"`,
				`Fields in the response: ${fields}.`,
			);
		}
		return asRecords(body);
	}
	return asRecords(records);
}

function field(body: unknown, key: string): unknown {
	return body !== null && typeof body === 'object' ? (body as IDataObject)[key] : undefined;
}

/** A whole number from the query (`pagination.offset`, `pagination.limit`), or undefined. */
function queryNumber(qs: IDataObject, key: string): number | undefined {
	const n = Number(text(qs[key]));
	return text(qs[key]) !== '' && Number.isInteger(n) && n >= 0 ? n : undefined;
}

export async function apiRequestPages(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	return await runOperation(this, requestData, async () => {
		const { method = 'GET' } = requestData.options;
		const send = async (qs: IDataObject) =>
			(await sendRouted(this, requestData, ION_SERVICE, API_REQUEST_POLICY, qs))[0]
				?.json as unknown;
		const baseQs: IDataObject = { ...(requestData.options.qs ?? {}) };
		const first = await send(baseQs);
		const paginate =
			method.toUpperCase() === 'GET' && (this.getNodeParameter('returnAllPages', false) as boolean);
		if (!paginate) return asRecords(first).map((json) => ({ json }));
		const key = text(this.getNodeParameter('itemsKey', ''));
		const token = (body: unknown) => {
			const next = field(body, 'nextPageToken');
			return typeof next === 'string' && next !== '' ? next : undefined;
		};
		const total = totalOf(field(first, 'totalCount'));
		let records: IDataObject[];
		if (token(first) === undefined && total !== undefined) {
			// offset paging, from the offset the query starts at; later pages as large as the first
			const start = queryNumber(baseQs, 'pagination.offset') ?? 0;
			const size =
				Math.min(queryNumber(baseQs, 'pagination.limit') ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE) ||
				MAX_PAGE_SIZE;
			records = await collectOffsetPages(Infinity, async (offset) => {
				const body =
					offset === 0
						? first
						: await send({
								...baseQs,
								'pagination.offset': start + offset,
								'pagination.limit': size,
							});
				return { records: recordsOfPage(this, body, key), total: total - start };
			});
		} else {
			const scope = { node: this.getNode(), itemIndex: this.getItemIndex(), service: ION };
			delete baseQs.pageToken;
			records = await collectTokenPages(scope, Infinity, async (pageToken) => {
				const body = pageToken === undefined ? first : await send({ ...baseQs, pageToken });
				return { records: recordsOfPage(this, body, key), nextPageToken: token(body) };
			});
		}
		return records.map((json) => ({ json }));
	});
}
