import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { scopeOf } from '../../shared/nodeErrors';
import { preSendStep } from '../../shared/requestFrame';
import { requireNumericId } from '../../shared/validation';

/** preSend of filter collections: removes blank query parameters (filters left empty) and trims the rest. */
export const dropEmptyQuery = preSendStep(function (
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const qs = (requestOptions.qs ?? {}) as IDataObject;
	for (const key of Object.keys(qs)) {
		if (typeof qs[key] === 'string') qs[key] = (qs[key] as string).trim();
		if (qs[key] === '' || qs[key] === undefined || qs[key] === null) delete qs[key];
	}
});

/**
 * preSend of one numeric option inside a collection (e.g. Options > Provider ID): it must
 * be a number. Put it on the option's routing, so it runs only when the option is set.
 */
export function checkNumericOption(collection: string, key: string, label: string) {
	return preSendStep(function (this: IExecuteSingleFunctions) {
		const options = this.getNodeParameter(collection, {}) as IDataObject;
		requireNumericId(scopeOf(this), options[key], label);
	});
}
