import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/commonParameters';
import { REPORT_MODULE_OPTIONS } from './common';

/** Report > Get Many: Ion answers with every report at once (`reports`); Limit cuts the list. */
export const description: INodeProperties[] = [
	...returnAllAndLimit,
	{
		displayName: 'Module',
		name: 'module',
		type: 'options',
		default: 'REPORTS_MODULE_UNSPECIFIED',
		options: REPORT_MODULE_OPTIONS,
		description: 'Only the reports of this part of Ion (reports, dashboards, invoices...)',
		routing: { send: { type: 'query', property: 'module' } },
	},
];
