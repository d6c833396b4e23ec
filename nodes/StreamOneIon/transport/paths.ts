import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { scopeOf } from '../../shared/nodeErrors';
import { preSendStep } from '../../shared/requestFrame';
import { getParam, requireNumericId, requirePathId } from '../../shared/validation';

/*
 * Ion's paths. Data paths live under `/api/v3/accounts/{accountId}` (the account of the
 * credential); carts live under `/api/v3/customers/{customerId}` instead.
 */

export const ION_API_PREFIX = '/api/v3';

/** `/api/v3/accounts/{accountId}` for an account ID (trimmed, URL-encoded). */
export function accountPath(accountId: string): string {
	return `${ION_API_PREFIX}/accounts/${encodeURIComponent(accountId.trim())}`;
}

/** The account prefix as an expression fragment over the credential (trimmed, URL-encoded). */
const ACCOUNT_PATH_EXPRESSION = `${ION_API_PREFIX}/accounts/{{encodeURIComponent(String($credentials.accountId).trim())}}`;

/**
 * `{name}` placeholders become the parameter's value: for a resource locator `$parameter.x` is
 * its `.value` (our modes have no extraction regex, so that is the ID), with an expression in it
 * already resolved. encodeURIComponent keeps / ? # out of the path; the ID checks below refuse
 * anything else that is not a valid ID before a request is sent.
 */
function withParameters(path: string): string {
	return path.replace(
		/\{(\w+)\}/g,
		(_, name: string) => `{{encodeURIComponent(String($parameter.${name}).trim())}}`,
	);
}

/** routing.request.url of an account path, e.g. `accountUrl('/customers/{customerId}')`. */
export function accountUrl(path: string): string {
	return `=${ACCOUNT_PATH_EXPRESSION}${withParameters(path)}`;
}

/** routing.request.url of a path under /api/v3 outside the account, e.g. carts. */
export function apiUrl(path: string): string {
	return `=${ION_API_PREFIX}${withParameters(path)}`;
}

/** How an ID parameter is checked: a number (optionally `-` for all customers) or a free-form ID. */
export interface IdRule {
	label: string;
	kind: 'numeric' | 'numericOrAll' | 'path';
}

export const numericId = (label: string): IdRule => ({ label, kind: 'numeric' });
export const numericIdOrAll = (label: string): IdRule => ({ label, kind: 'numericOrAll' });
export const pathId = (label: string): IdRule => ({ label, kind: 'path' });

/** Checks one ID parameter and returns it trimmed. */
export function checkId(ctx: IExecuteSingleFunctions, name: string, rule: IdRule): string {
	const value = getParam(ctx, name, '');
	if (rule.kind === 'path') return requirePathId(scopeOf(ctx), value, rule.label);
	return requireNumericId(scopeOf(ctx), value, rule.label, {
		allowDash: rule.kind === 'numericOrAll',
	});
}

/** preSend: the ID parameters of the path must be valid IDs; nothing is sent otherwise. */
export function checkIds(rules: Record<string, IdRule>) {
	return preSendStep(function (this: IExecuteSingleFunctions) {
		for (const [name, rule] of Object.entries(rules)) checkId(this, name, rule);
	});
}
