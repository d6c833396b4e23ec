import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { fail, scopeOf } from '../../shared/nodeErrors';
import { preSendStep } from '../../shared/requestFrame';
import { text } from '../../shared/validation';
import { PAGE_NO, PAGE_SIZE } from './guesses';

/*
 * Query parameters of the lists: the filters (each sent by its own routing under the name we
 * guessed, G13), and Additional Query Parameters for every name we did not guess.
 */

/**
 * preSend of every list: trims the filters and drops empty ones, then adds Additional Query
 * Parameters (a filter set in the form wins over the same name here). Refuses a parameter
 * without a name and the paging parameters, which the node sets itself.
 */
export const listQuery = preSendStep(function (
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const qs = { ...((requestOptions.qs ?? {}) as IDataObject) };
	for (const key of Object.keys(qs)) {
		if (typeof qs[key] === 'string') qs[key] = (qs[key] as string).trim();
		if (qs[key] === '' || qs[key] === undefined || qs[key] === null) delete qs[key];
	}
	const extra = this.getNodeParameter('additionalQuery', {}) as { parameter?: IDataObject[] };
	for (const [i, p] of (extra.parameter ?? []).entries()) {
		const name = text(p.name);
		if (name === '')
			fail(scopeOf(this), `Additional Query Parameters: parameter ${i + 1} has no name`);
		if (name === PAGE_NO || name === PAGE_SIZE) {
			fail(
				scopeOf(this),
				`Additional Query Parameters: ${name} is set by the node`,
				'Use Return All or Limit to choose how many records to read.',
			);
		}
		if (qs[name] === undefined) qs[name] = text(p.value);
	}
	requestOptions.qs = qs;
});

const SHAPES = {
	month: { length: 7, example: '2024-01', pattern: /^\d{4}-\d{2}(-\d{2}([T ].*)?)?$/ },
	day: { length: 10, example: '2024-01-31', pattern: /^\d{4}-\d{2}-\d{2}([T ].*)?$/ },
};

/**
 * preSend: the date filter `key` of the query as a month (YYYY-MM) or a day (YYYY-MM-DD), the
 * formats we guessed (G13); a longer date or an ISO date-time is cut to it. Put it after
 * `listQuery` (or after the routing that sets the key).
 */
export function dateQuery(key: string, label: string, shape: keyof typeof SHAPES) {
	return preSendStep(function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const qs = (requestOptions.qs ?? {}) as IDataObject;
		const value = text(qs[key]);
		if (value === '') return;
		const { length, example, pattern } = SHAPES[shape];
		if (!pattern.test(value)) {
			fail(
				scopeOf(this),
				`${label} must be a date like ${example}, got "${value.slice(0, 40)}"`,
				`If StreamOne Stellr wants another format, leave ${label} empty and send ${key} under Additional Query Parameters.`,
			);
		}
		qs[key] = value.slice(0, length);
	});
}
