import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { providerMatches, statusMatches, type TriggerConfig } from './config';
import {
	ionEvent,
	SUBSCRIPTION_FIELD_EVENTS,
	SUBSCRIPTION_FIELDS,
	type EventName,
	type IonEvent,
} from './events';
import { difference, fingerprint } from './fingerprint';
import { byId, readSubscriptionPages } from './read';
import type { SubscriptionState } from './state';

/*
 * Subscriptions: Ion has no "changed since" filter for them, so every poll reads every page
 * (100 per request) and compares each subscription's fingerprint with the one remembered.
 * With Customer IDs, only those customers' subscriptions are read (one list per customer).
 */

const DAY_MS = 86_400_000;

const idOf = (s: IDataObject) => String(s.id ?? '');

/** Every subscription in scope of the read (customers), by Ion ID. */
async function readAll(
	ctx: IPollFunctions,
	config: TriggerConfig,
): Promise<Map<string, IDataObject>> {
	if (!config.customerIds.length) return byId(await readSubscriptionPages(ctx, {}), idOf);
	const all: IDataObject[] = [];
	for (const customerId of config.customerIds) {
		all.push(...(await readSubscriptionPages(ctx, { customerId })));
	}
	return byId(all, idOf);
}

function inScope(config: TriggerConfig, s: IDataObject): boolean {
	return (
		statusMatches(config, s.subscriptionStatus) && providerMatches(config, [s.cloudProviderName])
	);
}

/** Days until the renewal when it is due (0 to N days away), else undefined. */
function dueIn(s: IDataObject, config: TriggerConfig, now: number): number | undefined {
	const ms = typeof s.renewalDate === 'string' && s.renewalDate ? Date.parse(s.renewalDate) : NaN;
	if (!Number.isFinite(ms) || ms < now || ms - now > config.renewalWithinDays * DAY_MS)
		return undefined;
	return Math.floor((ms - now) / DAY_MS);
}

function base(s: IDataObject) {
	return {
		resource: 'subscription' as const,
		id: idOf(s),
		customerId: String(s.customerId ?? ''),
		current: s,
	};
}

/** The change events of one subscription whose fingerprint changed, in the order of the Events list. */
function changeEvents(config: TriggerConfig, stored: string, s: IDataObject): IonEvent[] {
	const { changes, previous } = difference(SUBSCRIPTION_FIELDS, stored, s);
	const fired: EventName[] = [];
	for (const [name, field] of Object.entries(SUBSCRIPTION_FIELD_EVENTS)) {
		if (config.events.has(name as EventName) && field in changes) fired.push(name as EventName);
	}
	if (config.events.has('changed') && Object.keys(changes).length) fired.push('changed');
	return fired.map((name) => ionEvent({ ...base(s), name, changes, previous }));
}

/**
 * One production poll: the next state and the events. Without a previous state it seeds (the
 * events are not emitted by the caller; renewals already due count as announced).
 */
export async function pollSubscriptions(
	ctx: IPollFunctions,
	config: TriggerConfig,
	previous: SubscriptionState | undefined,
	now: number,
): Promise<{ state: SubscriptionState; events: IonEvent[] }> {
	const subscriptions = await readAll(ctx, config);
	const state: SubscriptionState = { fp: {}, announced: {} };
	const events: IonEvent[] = [];
	for (const [id, s] of subscriptions) {
		const fp = fingerprint(SUBSCRIPTION_FIELDS, s);
		state.fp[id] = fp;
		const wanted = inScope(config, s);
		const stored = previous?.fp[id];
		if (previous && wanted) {
			if (stored === undefined) {
				if (config.events.has('created')) events.push(ionEvent({ ...base(s), name: 'created' }));
			} else if (stored !== fp) {
				events.push(...changeEvents(config, stored, s));
			}
		}
		if (!config.events.has('renewalDue')) continue;
		const days = dueIn(s, config, now);
		const renewal = String(s.renewalDate ?? '');
		if (days === undefined) continue;
		if (previous?.announced[id] === renewal) state.announced[id] = renewal;
		else if (wanted) {
			state.announced[id] = renewal;
			if (previous) {
				events.push(
					ionEvent({
						...base(s),
						name: 'renewalDue',
						extra: { renewalDate: renewal, daysUntilRenewal: days },
					}),
				);
			}
		}
	}
	return { state, events };
}

/** Manual run ("Fetch Test Event"): recently updated subscriptions as events; no state. */
export async function sampleSubscriptions(
	ctx: IPollFunctions,
	config: TriggerConfig,
	count: number,
	now: number,
): Promise<IonEvent[]> {
	const qs: IDataObject = {
		'pagination.sortBy': 'lastUpdatedDate',
		'pagination.sortOrder': 'DESC',
	};
	if (config.customerIds.length === 1) qs.customerId = config.customerIds[0];
	const page = await readSubscriptionPages(ctx, qs, true);
	const name = (
		[
			'seatsChanged',
			'statusChanged',
			'autoRenewChanged',
			'changed',
			'renewalDue',
			'created',
		] as EventName[]
	).find((e) => config.events.has(e)) as EventName;
	const field = SUBSCRIPTION_FIELD_EVENTS[name];
	return page
		.filter((s) => inScope(config, s))
		.filter((s) => !config.customerIds.length || config.customerIds.includes(String(s.customerId)))
		.slice(0, count)
		.map((s) =>
			ionEvent({
				...base(s),
				name,
				changes: field ? { [field]: { to: s[field] } } : {},
				extra:
					name === 'renewalDue'
						? {
								renewalDate: String(s.renewalDate ?? ''),
								daysUntilRenewal: Math.floor((Date.parse(String(s.renewalDate)) - now) / DAY_MS),
							}
						: undefined,
			}),
		);
}
