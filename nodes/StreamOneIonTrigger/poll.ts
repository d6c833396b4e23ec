import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { readConfig, scopeKey, type TriggerConfig } from './config';
import { pollCustomers, sampleCustomers } from './customers';
import type { IonEvent } from './events';
import { pollOrders, sampleOrders } from './orders';
import { commitState, readState, STATE_VERSION, type TriggerState } from './state';
import { pollSubscriptions, sampleSubscriptions } from './subscriptions';

/*
 * The rules of a poll:
 * - Manual run ("Fetch Test Event"): a few recent records shaped as events; the state is neither
 *   read nor written.
 * - First production poll (no state, or state of another resource / customer scope): records
 *   what exists and emits nothing.
 * - Later polls: emit one item per event; the new state is written only after every request
 *   succeeded, so a failed poll throws and leaves the state exactly as it was.
 */

/** Items a manual run returns at most. */
export const SAMPLE_COUNT = 5;

async function samples(
	ctx: IPollFunctions,
	config: TriggerConfig,
	now: number,
): Promise<IonEvent[]> {
	switch (config.resource) {
		case 'order':
			return await sampleOrders(ctx, config, SAMPLE_COUNT);
		case 'subscription':
			return await sampleSubscriptions(ctx, config, SAMPLE_COUNT, now);
		case 'customer':
			return await sampleCustomers(ctx, config, SAMPLE_COUNT);
	}
}

/** Reads Ion and returns the next state (for this resource only) and the events. */
async function diff(
	ctx: IPollFunctions,
	config: TriggerConfig,
	stored: TriggerState | undefined,
	now: number,
): Promise<{ next: Partial<TriggerState>; events: IonEvent[] }> {
	switch (config.resource) {
		case 'order': {
			const r = await pollOrders(ctx, config, stored?.order);
			return { next: { order: r.state }, events: r.events };
		}
		case 'subscription': {
			const r = await pollSubscriptions(ctx, config, stored?.subscription, now);
			return { next: { subscription: r.state }, events: r.events };
		}
		case 'customer': {
			const r = await pollCustomers(ctx, config, stored?.customer);
			return { next: { customer: r.state }, events: r.events };
		}
	}
}

export async function pollIon(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const config = readConfig(this);
	const now = Date.now();
	const detectedAt = new Date(now).toISOString();
	const toItems = (events: IonEvent[]) =>
		events.length
			? [this.helpers.returnJsonArray(events.map((e) => ({ ...e, detectedAt }) as IDataObject))]
			: null;

	if (this.getMode() === 'manual') return toItems(await samples(this, config, now));

	const staticData = this.getWorkflowStaticData('node');
	const scope = scopeKey(config);
	const stored = readState(staticData, scope);
	const { next, events } = await diff(this, config, stored, now);
	// every request succeeded: from here on nothing can fail
	commitState(staticData, {
		v: STATE_VERSION,
		scope,
		seededAt: stored?.seededAt ?? detectedAt,
		...next,
	});
	return stored ? toItems(events) : null;
}
