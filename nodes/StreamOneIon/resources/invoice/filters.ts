import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { fail, scopeOf, type InputScope } from '../../../shared/nodeErrors';
import { preSendStep } from '../../../shared/requestFrame';
import { text } from '../../../shared/validation';

/*
 * Filters and sort of the v1 invoice lists, sent as `filter[<field>:<modifier>]=<value>` and
 * `sort[<field>]=asc|desc` (TD SYNNEX's SDK). The billing period is sent as dates (YYYY-MM-DD, as
 * in the SDK's examples): From -> `billingStartDate` gte, To -> `billingEndDate` lte.
 */

const FIELD = /^[A-Za-z][A-Za-z0-9_.]*$/;

const MODIFIER_OPTIONS = [
	{ name: 'Equals', value: 'exact' },
	{ name: 'Greater Than', value: 'gt' },
	{ name: 'Greater Than or Equal', value: 'gte' },
	{ name: 'Less Than', value: 'lt' },
	{ name: 'Less Than or Equal', value: 'lte' },
	{ name: 'Matches (% Wildcards)', value: 'partial' },
];

function field(scope: InputScope, raw: unknown, label: string): string {
	const value = text(raw);
	if (!FIELD.test(value)) {
		fail(
			scope,
			`${label} must be a field name such as billingStartDate, got "${value.slice(0, 40)}"`,
		);
	}
	return value;
}

function day(scope: InputScope, raw: unknown, label: string): string {
	const value = text(raw);
	const match = /^(\d{4}-\d{2}-\d{2})/.exec(value);
	if (!match || Number.isNaN(Date.parse(match[1]))) {
		fail(
			scope,
			`${label} is not a valid date`,
			`Got "${value.slice(0, 60)}". Use e.g. 2026-10-01.`,
		);
	}
	return match[1];
}

/** preSend: the query of an invoice list (customerId is added by Get Many for Customer). */
export const buildInvoiceQuery = preSendStep(function (
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const scope = scopeOf(this);
	const qs: IDataObject = { ...((requestOptions.qs as IDataObject) ?? {}) };
	const filters = (this.getNodeParameter('invoiceFilters', {}) ?? {}) as IDataObject;
	if (text(filters.billingPeriodFrom)) {
		qs['filter[billingStartDate:gte]'] = day(
			scope,
			filters.billingPeriodFrom,
			'Billing Period From',
		);
	}
	if (text(filters.billingPeriodTo)) {
		qs['filter[billingEndDate:lte]'] = day(scope, filters.billingPeriodTo, 'Billing Period To');
	}
	if (text(filters.status)) qs['filter[status]'] = text(filters.status);
	const custom = ((filters.custom as IDataObject)?.filter ?? []) as IDataObject[];
	custom.forEach((f, i) => {
		const name = field(scope, f.field, `Filters > Other Filter ${i + 1}: Field`);
		const modifier = text(f.modifier) || 'exact';
		qs[modifier === 'exact' ? `filter[${name}]` : `filter[${name}:${modifier}]`] = text(f.value);
	});
	if (this.getNodeParameter('includeLines', false) === true) qs.relations = 'lines';
	const sort = (this.getNodeParameter('invoiceSort', {}) ?? {}) as IDataObject;
	if (text(sort.sortBy)) {
		qs[`sort[${field(scope, sort.sortBy, 'Sort > Sort By')}]`] = text(sort.direction) || 'asc';
	}
	requestOptions.qs = qs;
});

export const invoiceFilters: INodeProperties = {
	displayName: 'Filters',
	name: 'invoiceFilters',
	type: 'collection',
	placeholder: 'Add Filter',
	default: {},
	options: [
		{
			displayName: 'Billing Period From',
			name: 'billingPeriodFrom',
			type: 'dateTime',
			default: '',
			description: 'Only invoices whose billing period starts on or after this date',
		},
		{
			displayName: 'Billing Period To',
			name: 'billingPeriodTo',
			type: 'dateTime',
			default: '',
			description: 'Only invoices whose billing period ends on or before this date',
		},
		{
			displayName: 'Other Filters',
			name: 'custom',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Filter',
			default: {},
			description: 'Any other invoice field, as Ion names it in the output',
			options: [
				{
					displayName: 'Filter',
					name: 'filter',
					values: [
						{
							displayName: 'Field',
							name: 'field',
							type: 'string',
							default: '',
							placeholder: 'e.g. total',
						},
						{
							displayName: 'Condition',
							name: 'modifier',
							type: 'options',
							default: 'exact',
							options: MODIFIER_OPTIONS,
						},
						{ displayName: 'Value', name: 'value', type: 'string', default: '' },
					],
				},
			],
		},
		{
			displayName: 'Status',
			name: 'status',
			type: 'string',
			default: '',
			placeholder: 'e.g. open',
			description: 'Only invoices in this status, as Ion names it (for example open or closed)',
		},
	],
};

export const includeLinesParameter: INodeProperties = {
	displayName: 'Include Lines',
	name: 'includeLines',
	type: 'boolean',
	default: false,
	description: 'Whether to include the invoice lines (relations=lines)',
};

export const invoiceSort: INodeProperties = {
	displayName: 'Sort',
	name: 'invoiceSort',
	type: 'collection',
	placeholder: 'Add Sort Option',
	default: {},
	options: [
		{
			displayName: 'Direction',
			name: 'direction',
			type: 'options',
			default: 'asc',
			options: [
				{ name: 'Ascending', value: 'asc' },
				{ name: 'Descending', value: 'desc' },
			],
		},
		{
			displayName: 'Sort By',
			name: 'sortBy',
			type: 'string',
			default: 'billingStartDate',
			description:
				'The invoice field to sort by, as Ion names it in the output (for example billingStartDate or total)',
		},
	],
};
