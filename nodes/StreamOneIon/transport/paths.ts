import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { ION_DEFAULT_BASE_URL } from '../../../credentials/ionConstants';
import { fail, scopeOf } from '../../shared/nodeErrors';
import { fillPathIds } from '../../shared/pathIds';
import { getParam, requireNumericId, requirePathId } from '../../shared/validation';

/*
 * Ion's paths. Data paths live under `/api/v3/accounts/{accountId}` (the account of the
 * credential); carts live under `/api/v3/customers/{customerId}` instead.
 *
 * Per-item cost: RoutingNode evaluates an operation's `routing.request.url` once per input item,
 * and `requestDefaults.baseURL` twice when it is an expression. So the URL is ONE expression that
 * holds the credential's host and account (`accountUrl`), the base URL is a constant, and the IDs
 * of the path stay `{name}` placeholders that the operation's ID check (`checkIds`) fills in
 * with the value it has just read and checked: no further expression per ID.
 */

export const ION_API_PREFIX = '/api/v3';

/** `/api/v3/accounts/{accountId}` for an account ID (trimmed, URL-encoded). */
export function accountPath(accountId: string): string {
	return `${ION_API_PREFIX}/accounts/${encodeURIComponent(accountId.trim())}`;
}

/** The credential's host (Base URL without trailing slashes, or the default), as an expression fragment. */
const HOST = `{{String($credentials.baseUrl || "${ION_DEFAULT_BASE_URL}").trim().replace(/\\/+$/, "")}}`;

/** routing.request.url of an account path, e.g. `accountUrl('/customers/{customerId}')`. */
export function accountUrl(path: string): string {
	return `=${HOST}${ION_API_PREFIX}/accounts/{{encodeURIComponent(String($credentials.accountId).trim())}}${path}`;
}

/** routing.request.url of a path under /api/v3 outside the account, e.g. carts. */
export function apiUrl(path: string): string {
	return `=${HOST}${ION_API_PREFIX}${path}`;
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
	if (rule.kind === 'numeric' && typeof value === 'string' && value.trim() === '-') {
		fail(
			scopeOf(ctx),
			`${rule.label} must be a number, got -`,
			'Only Order > Get and Order > Get Many for Customer accept - for every customer. Pick a customer or enter its numeric ID.',
		);
	}
	return requireNumericId(scopeOf(ctx), value, rule.label, {
		allowDash: rule.kind === 'numericOrAll',
	});
}

/**
 * preSend: checks the ID parameters of the path and puts them into its `{name}` placeholders
 * (URL-encoded). Nothing is sent when an ID is not valid.
 */
export function checkIds(rules: Record<string, IdRule>) {
	return fillPathIds(rules, checkId);
}
