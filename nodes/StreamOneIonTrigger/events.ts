import type { IDataObject } from 'n8n-workflow';

import { SUBSCRIPTION_STATUSES } from '../StreamOneIon/resources/subscription/common';
import type { FieldChange, WatchedField } from './fingerprint';

/*
 * The trigger's events and the item each one becomes. An item is one event about one record:
 * `event` (e.g. "subscription.seatsChanged"), `resource`, `id`, `customerId`, `changes`
 * (`{ field: { from, to } }` for the watched fields that changed), `previous` (the watched values
 * before, as far as the trigger remembers them; null for new records) and `current` (the record
 * as Ion returns it now).
 */

export type Resource = 'order' | 'subscription' | 'customer';

export type EventName =
	| 'created'
	| 'statusChanged'
	| 'seatsChanged'
	| 'autoRenewChanged'
	| 'changed'
	| 'renewalDue';

export { SUBSCRIPTION_STATUSES };

/** Customer statuses; append only, like SUBSCRIPTION_STATUSES. */
export const CUSTOMER_STATUSES = ['ACTIVE', 'INACTIVE', 'CUSTOMER_STATUS_UNSPECIFIED'] as const;

/**
 * The subscription fields the trigger watches. Seats, status, auto-renew and renewal date are kept
 * exactly; end date, plan, billing term and cycle as hashes. Seats last: their width varies.
 */
export const SUBSCRIPTION_FIELDS: readonly WatchedField[] = [
	{ key: 'subscriptionStatus', type: { kind: 'enum', values: SUBSCRIPTION_STATUSES } },
	{ key: 'autoRenew', type: { kind: 'bool' } },
	{ key: 'renewalDate', type: { kind: 'date' } },
	{ key: 'subscriptionEndDate', type: { kind: 'hash' } },
	{ key: 'ccpPlanId', type: { kind: 'hash' } },
	{ key: 'subscriptionBillingTerm', type: { kind: 'hash' } },
	{ key: 'subscriptionBillingCycle', type: { kind: 'hash' } },
	{ key: 'subscriptionTotalLicenses', type: { kind: 'digits' } },
];

/** The customer fields the trigger watches: status exactly, the others as hashes. */
export const CUSTOMER_FIELDS: readonly WatchedField[] = [
	{ key: 'customerStatus', type: { kind: 'enum', values: CUSTOMER_STATUSES } },
	{ key: 'customerOrganization', type: { kind: 'hash' } },
	{ key: 'customerName', type: { kind: 'hash' } },
	{ key: 'customerEmail', type: { kind: 'hash' } },
	{ key: 'customerPhone', type: { kind: 'hash' } },
	{ key: 'customerTitle', type: { kind: 'hash' } },
	{ key: 'customerAddress', type: { kind: 'hash' } },
	{ key: 'languageCode', type: { kind: 'hash' } },
];

/** Which change fires which specific subscription event ("changed" fires for any watched field). */
export const SUBSCRIPTION_FIELD_EVENTS: Partial<Record<EventName, string>> = {
	seatsChanged: 'subscriptionTotalLicenses',
	statusChanged: 'subscriptionStatus',
	autoRenewChanged: 'autoRenew',
};

export interface IonEvent extends IDataObject {
	event: string;
	resource: Resource;
	id: string;
	customerId: string;
	changes: Record<string, FieldChange>;
	previous: IDataObject | null;
	current: IDataObject;
}

export interface EventInput {
	resource: Resource;
	name: EventName;
	id: string;
	customerId: string;
	current: IDataObject;
	changes?: Record<string, FieldChange>;
	previous?: IDataObject | null;
	extra?: IDataObject;
}

/** One output item. */
export function ionEvent(input: EventInput): IonEvent {
	return {
		event: `${input.resource}.${input.name}`,
		resource: input.resource,
		id: input.id,
		customerId: input.customerId,
		...(input.extra ?? {}),
		changes: (input.changes ?? {}) as IonEvent['changes'],
		previous: input.previous ?? null,
		current: input.current,
	};
}
