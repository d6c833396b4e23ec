import type { IDataObject } from 'n8n-workflow';

/*
 * What the trigger remembers between polls, in n8n's static data of the node (saved with the
 * workflow). A poll builds the next state on the side and writes it only after every request
 * succeeded, so a poll that fails anywhere leaves the state exactly as it was: the next poll
 * sees the same changes again, and nothing is lost or sent twice.
 */

export const STATE_VERSION = 1;

/** Orders: a cursor (newest update time seen) and the last status of recently updated orders. */
export interface OrderState {
	/** the newest `updateTime` seen (ISO), '' when Ion sent none */
	cursor: string;
	/** orderId -> `${status}@${update time, epoch seconds}`; orders updated within the memory window */
	known: Record<string, string>;
}

/** Subscriptions: a fingerprint per Ion subscription ID, and the renewals already announced. */
export interface SubscriptionState {
	/** id -> fingerprint of the watched fields (fingerprint.ts) */
	fp: Record<string, string>;
	/** id -> the renewal date already announced by Renewal Coming Up */
	announced: Record<string, string>;
}

/** Customers: a fingerprint per customer ID. */
export interface CustomerState {
	fp: Record<string, string>;
}

export interface TriggerState {
	v: number;
	/** config.ts scopeKey: resource and customers read */
	scope: string;
	/** when the first production poll recorded what existed */
	seededAt: string;
	order?: OrderState;
	subscription?: SubscriptionState;
	customer?: CustomerState;
}

/** The stored state when it belongs to this scope and version; undefined means "seed first". */
export function readState(staticData: IDataObject, scope: string): TriggerState | undefined {
	const state = staticData as unknown as Partial<TriggerState>;
	if (state.v !== STATE_VERSION || state.scope !== scope || typeof state.seededAt !== 'string') {
		return undefined;
	}
	return state as TriggerState;
}

/** Replaces the stored state with `next` (only called once everything succeeded). */
export function commitState(staticData: IDataObject, next: TriggerState): void {
	for (const key of Object.keys(staticData)) {
		if (!(key in next)) delete staticData[key];
	}
	Object.assign(staticData, next);
}
