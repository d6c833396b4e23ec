import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { scopeOf, type InputScope } from '../../shared/nodeErrors';
import { preSendStep } from '../../shared/requestFrame';
import { parseJsonField, requireWholeNumber } from '../../shared/validation';

/*
 * Request bodies of the writes: a JSON parameter (Stellr publishes no body fields, G10), with
 * the named parameters of the operation over it. Checked before anything is sent.
 */

/**
 * Seats in a JSON body: `quantity` at the top and in each of `items[]`, when present, must be
 * whole numbers of at least 1 (the money rules: no purchase of 0 or 2.5 seats).
 */
export function checkQuantities(scope: InputScope, body: IDataObject, label: string): void {
	if (body.quantity !== undefined)
		requireWholeNumber(scope, body.quantity, `${label}: quantity`, 1);
	if (!Array.isArray(body.items)) return;
	(body.items as unknown[]).forEach((item, i) => {
		const quantity = (item as IDataObject | null)?.quantity;
		if (item !== null && typeof item === 'object' && quantity !== undefined) {
			requireWholeNumber(scope, quantity, `${label}: items[${i}].quantity`, 1);
		}
	});
}

/** The JSON parameter as an object; an empty optional one (Additional Body Fields) is `{}`. */
export function jsonObject(
	ctx: IExecuteSingleFunctions,
	name: string,
	label: string,
	optional = false,
): IDataObject {
	const raw = ctx.getNodeParameter(name, optional ? '{}' : '');
	if (
		optional &&
		(raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === ''))
	) {
		return {};
	}
	return parseJsonField(scopeOf(ctx), raw, label, { expect: 'object' }) as IDataObject;
}

/**
 * preSend: the request body from the JSON parameter `name` (`label` in messages), with the
 * fields `named` returns over it (named wins), quantities checked.
 */
export function buildBody(
	name: 'body' | 'additionalBody',
	label: string,
	named?: (this: IExecuteSingleFunctions) => IDataObject,
) {
	return preSendStep(function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const body = { ...jsonObject(this, name, label, name === 'additionalBody') };
		Object.assign(body, named ? named.call(this) : {});
		checkQuantities(scopeOf(this), body, label);
		requestOptions.body = body;
	});
}

/** preSend of a write whose only body is Additional Body Fields. */
export const additionalBodyOnly = buildBody('additionalBody', 'Additional Body Fields');

/** preSend of a write whose body is Body (JSON). */
export const jsonBodyOnly = buildBody('body', 'Body (JSON)');
