import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { recordsOf } from '../../shared/paging';
import { ionApiRequest } from '../transport/request';
import { LIST_SEARCH_RETRY } from '../../shared/resourceLocator';

/**
 * Report picker. Ion lists every report in one answer (`reports`, no paging), so the search text
 * is matched here: a part of the name, or the report ID.
 */
export async function searchReports(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const text = (filter ?? '').trim().toLowerCase();
	const body = await ionApiRequest.call(this, 'GET', '/reports', {
		qs: { module: 'REPORTS_MODULE_UNSPECIFIED' },
		retrySettings: LIST_SEARCH_RETRY,
	});
	const results: INodeListSearchItems[] = [];
	for (const report of recordsOf(body, 'reports') as IDataObject[]) {
		const id = String(report.reportId ?? '').trim();
		if (!id) continue;
		const name = String(report.displayName ?? '').trim();
		if (text && !name.toLowerCase().includes(text) && id !== text) continue;
		results.push({ name: name ? `${name} · ${id}` : id, value: id });
	}
	return { results };
}
