import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { fail, scopeOf } from '../../../shared/nodeErrors';
import { preSendStep } from '../../../shared/requestFrame';
import { requireNumericId, text } from '../../../shared/validation';
import { RELATIVE_DATE_RANGE_OPTIONS } from './common';

/*
 * Subscription > Get Many's filters: how they are built and checked before anything is sent.
 */

export function textFilter(
	displayName: string,
	name: string,
	query: string,
	description: string,
	placeholder = '',
): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		default: '',
		placeholder,
		description,
		routing: { send: { type: 'query', property: query, propertyInDotNotation: false } },
	};
}

export function dateFilter(
	displayName: string,
	name: string,
	query: string,
	description: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'dateTime',
		default: '',
		description,
		routing: { send: { type: 'query', property: query, propertyInDotNotation: false } },
	};
}

/** A relative date range (Start/End Date Range): one of Ion's ranges, or Custom with From/To. */
export function rangeFilter(
	displayName: string,
	name: string,
	query: string,
	what: string,
): INodeProperties {
	const field = displayName.replace(' Range', '');
	return {
		displayName,
		name,
		type: 'options',
		default: 'MONTH_TO_DATE',
		options: RELATIVE_DATE_RANGE_OPTIONS,
		description: `Only subscriptions ${what} within this period. Choose Custom and set ${field} From/To for your own dates.`,
		routing: { send: { type: 'query', property: query, propertyInDotNotation: false } },
	};
}

/** Single-ID query parameters (e.g. `customerId`) must be digits only; blank ones are not sent. */
export function checkIdQuery(query: Record<string, string>) {
	return preSendStep(function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const qs = (requestOptions.qs ?? {}) as IDataObject;
		for (const [key, label] of Object.entries(query)) {
			if (text(qs[key]) === '') delete qs[key];
			else qs[key] = requireNumericId(scopeOf(this), text(qs[key]), label);
		}
		requestOptions.qs = qs;
	});
}

/**
 * Date pickers give local date-times without a zone ("2026-01-31T00:00:00"); Ion wants RFC 3339.
 * Values without an offset are read as UTC.
 */
export function normalizeDateQuery(keys: Record<string, string>) {
	return preSendStep(function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const qs = (requestOptions.qs ?? {}) as IDataObject;
		for (const [key, label] of Object.entries(keys)) {
			const raw = text(qs[key]);
			if (raw === '') {
				delete qs[key];
				continue;
			}
			let value = raw;
			if (/^\d{4}-\d{2}-\d{2}$/.test(value)) value += 'T00:00:00';
			if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(value)) value += 'Z';
			const date = new Date(value);
			if (Number.isNaN(date.getTime())) {
				fail(
					scopeOf(this),
					`${label} is not a valid date`,
					`Got "${raw.slice(0, 60)}". Use a date such as 2026-01-31 or 2026-01-31T00:00:00Z.`,
				);
			}
			qs[key] = date.toISOString();
		}
	});
}
