import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { allColumnsOf, readReport } from '../resources/report/reportRequest';
import { LIST_SEARCH_RETRY } from '../../shared/resourceLocator';

/** The columns of the report chosen in the Report parameter (Get Report, `specs.allColumns`). */
export async function getReportColumns(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const reportId = String(
		this.getCurrentNodeParameter('reportId', { extractValue: true }) ?? '',
	).trim();
	if (!/^\d+$/.test(reportId)) return [];
	const report = await readReport(this, reportId, LIST_SEARCH_RETRY);
	const options: INodePropertyOptions[] = [];
	for (const column of allColumnsOf(report)) {
		const value = String(column.id ?? column.columnTemplateId ?? '').trim();
		if (!value) continue;
		const name = String(column.displayName ?? '').trim() || value;
		const template = String(column.columnTemplateId ?? '').trim();
		options.push({ name, value, ...(template ? { description: template } : {}) });
	}
	return options;
}
