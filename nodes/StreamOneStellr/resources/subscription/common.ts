import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { PreSend } from '../../../shared/requestFrame';
import { customerLocator, subscriptionLocator } from '../../shared/locators';
import { waitParameters } from '../../shared/parameters';
import {
	CUSTOMER_SUBSCRIPTIONS,
	SUBSCRIPTION,
	checkCustomerId,
	checkSubscriptionIds,
} from '../../transport/paths';
import { stellrRequest } from '../../transport/routing';

/*
 * What the subscription writes share: they change what the customer is billed, answer an
 * operation to wait for (G9), are sent once (never resent after a 5xx, a timeout or a dropped
 * connection; 429 and a refused connection are resent) and say how to check when the outcome
 * is unknown.
 */

/** The customer and the subscription, in that order, as every per-subscription operation lists them. */
export const subscriptionParameters: INodeProperties[] = [customerLocator, subscriptionLocator];

export { waitParameters };

/** The notice of a write that changes what is billed; `extra` says what this one adds. */
export function billingNotice(name: string, extra = ''): INodeProperties {
	return {
		displayName: `${extra ? `${extra} ` : ''}This changes what the customer is billed. It is sent once and never resent after a server error or a lost connection: leave Settings > Retry On Fail off for this node.`,
		name,
		type: 'notice',
		default: '',
	};
}

/** How to find out whether a change whose outcome is unknown was made. */
export function checkHint(field: string): string {
	return `Run Subscription > Get for this subscription and check ${field} before sending it again. StreamOne Stellr may still be carrying out the change: if nothing changed yet, check again a few minutes later.`;
}

export interface SubscriptionWrite {
	name: string;
	value: string;
	action: string;
	description: string;
	/** The path below the subscription (`changeSeats`), or below the customer's subscriptions. */
	path: string;
	/** The write is about the customer's subscriptions, not one subscription (create, transfer). */
	forCustomer?: boolean;
	/** For messages: "seat change". */
	what: string;
	unknownOutcomeHint: string;
	/** Builds the body (after the ID checks). */
	body: PreSend;
}

/** The Operation option of a subscription write: POST, ID checks, body, sent once, Wait for Completion. */
export function subscriptionWrite(write: SubscriptionWrite): INodePropertyOptions {
	const { name, value, action, description } = write;
	const base = write.forCustomer ? CUSTOMER_SUBSCRIPTIONS : SUBSCRIPTION;
	return {
		name,
		value,
		action,
		description,
		routing: {
			request: { method: 'POST', url: write.path ? `${base}/${write.path}` : base },
			send: { preSend: [write.forCustomer ? checkCustomerId : checkSubscriptionIds, write.body] },
			operations: {
				pagination: stellrRequest({
					idempotent: false,
					money: true,
					async: true,
					what: write.what,
					unknownOutcomeHint: write.unknownOutcomeHint,
				}),
			},
		},
	};
}
