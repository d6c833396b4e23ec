import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { scopeOf } from '../../shared/nodeErrors';
import { fillPathIds } from '../../shared/pathIds';
import { getParam, requirePathId } from '../../shared/validation';
import { STELLR } from './errors';

/*
 * StreamOne Stellr's paths are relative to the credential's base URL (requestDefaults). Their IDs
 * stay `{name}` placeholders until the operation's ID check (`checkIds`) fills them in with the
 * value it has just read and checked. Stellr's ID formats are not published, so an ID may be any
 * text that cannot change the path (no / \ ? # %, no dot segment).
 */

/** Checks one ID parameter (a resource locator's value is extracted) and returns it trimmed. */
export function checkId(ctx: IExecuteSingleFunctions, name: string, label: string): string {
	return requirePathId(scopeOf(ctx), getParam(ctx, name, ''), label, STELLR);
}

/**
 * preSend: checks the ID parameters of the path, `{ parameter name: label }`, and puts them
 * into its placeholders (URL-encoded). Nothing is sent when an ID is not valid.
 */
export function checkIds(labels: Record<string, string>) {
	return fillPathIds(labels, checkId);
}

export const CUSTOMER_SUBSCRIPTIONS = '/api/v1/customers/{customerNo}/subscriptions';
export const SUBSCRIPTION = `${CUSTOMER_SUBSCRIPTIONS}/{subscriptionId}`;

/** The ID parameters of a customer's subscription path, and their check. */
export const SUBSCRIPTION_IDS = { customerNo: 'Customer', subscriptionId: 'Subscription' };
export const checkSubscriptionIds = checkIds(SUBSCRIPTION_IDS);
export const checkCustomerId = checkIds({ customerNo: 'Customer' });
