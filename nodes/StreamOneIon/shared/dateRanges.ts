import type { INodePropertyOptions } from 'n8n-workflow';

/** Ion's relative date ranges (the spec's RelativeDateRange), used by subscription filters and reports. */
export const RELATIVE_DATE_RANGES: INodePropertyOptions[] = [
	{ name: 'Last Month', value: 'LAST_MONTH' },
	{ name: 'Last Quarter', value: 'LAST_QUARTER' },
	{ name: 'Last Week', value: 'LAST_WEEK' },
	{ name: 'Last Year', value: 'LAST_YEAR' },
	{
		name: 'Latest Month',
		value: 'LATEST_MONTH',
		description: 'This month if it already has billing data, else last month',
	},
	{ name: 'Month to Date', value: 'MONTH_TO_DATE' },
	{ name: 'Quarter to Date', value: 'QUARTER_TO_DATE' },
	{ name: 'Today', value: 'TODAY' },
	{ name: 'Two Months Ago', value: 'TWO_MONTHS_AGO' },
	{ name: 'Week to Date', value: 'WEEK_TO_DATE' },
	{ name: 'Year to Date', value: 'YEAR_TO_DATE' },
];
