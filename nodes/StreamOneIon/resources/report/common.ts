import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { RELATIVE_DATE_RANGES } from '../../shared/dateRanges';

/*
 * Parameters several Report operations list: the report picker, the period and the columns.
 */

/** The report: From List (listSearch `searchReports`) or By ID (digits; Ion's int64 report ID). */
export const reportLocator: INodeProperties = {
	displayName: 'Report',
	name: 'reportId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description:
		'The Ion report. Pick it from the list or enter its numeric report ID (the "reportId" field of Report > Get Many).',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select a report...',
			typeOptions: {
				searchListMethod: 'searchReports',
				searchable: true,
				searchFilterRequired: false,
			},
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 7002',
			validation: [
				{
					type: 'regex',
					properties: {
						regex: '^\\s*\\d+\\s*$',
						errorMessage: 'A report ID is a number (for example 7002)',
					},
				},
			],
		},
	],
};

export const REPORT_MODULE_OPTIONS: INodePropertyOptions[] = [
	{ name: 'All Modules', value: 'REPORTS_MODULE_UNSPECIFIED' },
	{ name: 'Budget Management', value: 'BUDGET_MANAGEMENT_REPORTS_MODULE' },
	{ name: 'Caching', value: 'CACHING_REPORTS_MODULE' },
	{ name: 'Dashboards', value: 'DASHBOARDS_REPORTS_MODULE' },
	{ name: 'Invoices', value: 'INVOICE_REPORTS_MODULE' },
	{ name: 'Reports', value: 'REPORTS_REPORTS_MODULE' },
	{ name: 'V1 Billing', value: 'V1_BILLING_REPORTS_MODULE' },
];

export const REPORT_CATEGORY_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Billing Reports', value: 'BILLING_REPORTS' },
	{ name: 'Customer Reports', value: 'CUSTOMER_REPORTS' },
	{ name: 'Partner Reports', value: 'PARTNER_REPORTS' },
	{ name: 'Unspecified', value: 'REPORT_CATEGORY_UNSPECIFIED' },
];

/** Ion's relative ranges (RelativeDateRange), plus the report's own range and fixed dates. */
const DATE_RANGE_OPTIONS: INodePropertyOptions[] = [
	{
		name: 'As Saved in the Report',
		value: 'SAVED',
		description: 'Send no period: Ion uses the range saved with the report',
	},
	{ name: 'Fixed Dates', value: 'CUSTOM', description: 'From Start Date to End Date' },
	...RELATIVE_DATE_RANGES,
];

/** The period of Get Data and Download CSV: a relative range, fixed dates, or the report's own. */
export const periodParameters: INodeProperties[] = [
	{
		displayName: 'Date Range',
		name: 'dateRange',
		type: 'options',
		default: 'LAST_MONTH',
		options: DATE_RANGE_OPTIONS,
		description: 'The period the report covers. Ion resolves relative ranges on its side.',
	},
	{
		displayName: 'Start Date',
		name: 'startDate',
		type: 'dateTime',
		default: '',
		required: true,
		displayOptions: { show: { dateRange: ['CUSTOM'] } },
		description: 'First moment of the period (a date without a time zone is read as UTC)',
	},
	{
		displayName: 'End Date',
		name: 'endDate',
		type: 'dateTime',
		default: '',
		required: true,
		displayOptions: { show: { dateRange: ['CUSTOM'] } },
		description:
			'Last moment of the period, sent as given (for the whole of October, 2026-10-31T23:59:59)',
	},
];

/** The columns to include; none = every column of the report. */
export const columnsParameter: INodeProperties = {
	displayName: 'Column Names or IDs',
	name: 'columns',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getReportColumns', loadOptionsDependsOn: ['reportId.value'] },
	default: [],
	description:
		'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	hint: 'Leave empty for every column. The file keeps the order of the report. An expression may give column IDs or display names.',
};
