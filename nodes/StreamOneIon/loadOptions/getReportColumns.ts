import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { ionApiRequest } from '../transport/request';
import { LIST_SEARCH_RETRY } from '../listSearch/common';

/** The columns of the report chosen in the Report parameter (Get Report, `specs.allColumns`). */
export async function getReportColumns(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const reportId = String(
		this.getCurrentNodeParameter('reportId', { extractValue: true }) ?? '',
	).trim();
	if (!/^\d+$/.test(reportId)) return [];
	const report = await ionApiRequest.call(this, 'GET', `/reports/${reportId}`, {
		qs: { includeMetadata: true },
		retrySettings: LIST_SEARCH_RETRY,
	});
	const specs = (report.specs ?? {}) as IDataObject;
	const columns = (Array.isArray(specs.allColumns) ? specs.allColumns : []) as IDataObject[];
	const options: INodePropertyOptions[] = [];
	for (const column of columns) {
		const value = String(column.id ?? column.columnTemplateId ?? '').trim();
		if (!value) continue;
		const name = String(column.displayName ?? '').trim() || value;
		const template = String(column.columnTemplateId ?? '').trim();
		options.push({ name, value, ...(template ? { description: template } : {}) });
	}
	return options;
}
