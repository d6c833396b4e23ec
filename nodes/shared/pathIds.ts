import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { preSendStep } from './requestFrame';

/**
 * preSend: checks the ID parameters of a path with `check` (which refuses a bad ID, naming the
 * field) and puts them, URL-encoded, into the path's `{name}` placeholders. Nothing is sent
 * when an ID is not valid; a placeholder left unfilled makes the request fail on purpose
 * (shared/routing.ts `sendRouted`).
 */
export function fillPathIds<Rule>(
	rules: Record<string, Rule>,
	check: (ctx: IExecuteSingleFunctions, name: string, rule: Rule) => string,
) {
	return preSendStep(function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		let url = requestOptions.url;
		for (const [name, rule] of Object.entries(rules)) {
			const id = check(this, name, rule);
			url = url.split(`{${name}}`).join(encodeURIComponent(id));
		}
		requestOptions.url = url;
	});
}
