import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { customerIdOf, withCustomerId } from '../StreamOneIon/resources/customer/common';
import { ionApiRequest } from '../StreamOneIon/transport/request';
import { statusMatches, type TriggerConfig } from './config';
import { CUSTOMER_FIELDS, ionEvent, type IonEvent } from './events';
import { difference, fingerprint } from './fingerprint';
import { byId, readTokenList } from './read';
import type { CustomerState } from './state';

/*
 * Customers: no "changed since" filter either, so a poll reads every page (100 per request), or
 * with Customer IDs one Get per customer, and compares fingerprints. Ion's customer records have no
 * ID field; like the Ion node, every `current` gets a leading `customerId`.
 */

async function readAll(
	ctx: IPollFunctions,
	config: TriggerConfig,
): Promise<Map<string, IDataObject>> {
	if (!config.customerIds.length) {
		return byId(await readTokenList(ctx, '/customers', 'customers', {}), customerIdOf);
	}
	const all: IDataObject[] = [];
	for (const id of config.customerIds) {
		all.push(await ionApiRequest.call(ctx, 'GET', `/customers/${encodeURIComponent(id)}`));
	}
	return byId(all, customerIdOf);
}

function event(
	name: 'created' | 'changed',
	id: string,
	record: IDataObject,
	extra: Partial<IonEvent> = {},
) {
	return ionEvent({
		resource: 'customer',
		name,
		id,
		customerId: id,
		current: withCustomerId(record),
		...extra,
	});
}

/** One production poll: the next state and the events (not emitted when seeding). */
export async function pollCustomers(
	ctx: IPollFunctions,
	config: TriggerConfig,
	previous: CustomerState | undefined,
): Promise<{ state: CustomerState; events: IonEvent[] }> {
	const customers = await readAll(ctx, config);
	const state: CustomerState = { fp: {} };
	const events: IonEvent[] = [];
	for (const [id, c] of customers) {
		const fp = fingerprint(CUSTOMER_FIELDS, c);
		state.fp[id] = fp;
		if (!previous || !statusMatches(config, c.customerStatus)) continue;
		const stored = previous.fp[id];
		if (stored === undefined) {
			if (config.events.has('created')) events.push(event('created', id, c));
		} else if (stored !== fp && config.events.has('changed')) {
			const { changes, previous: before } = difference(CUSTOMER_FIELDS, stored, c);
			events.push(event('changed', id, c, { changes, previous: before }));
		}
	}
	return { state, events };
}

/** Manual run ("Fetch Test Event"): the first customers of the list as events; no state. */
export async function sampleCustomers(
	ctx: IPollFunctions,
	config: TriggerConfig,
	count: number,
): Promise<IonEvent[]> {
	const records = config.customerIds.length
		? [
				...(
					await readAll(ctx, { ...config, customerIds: config.customerIds.slice(0, count) })
				).values(),
			]
		: await readTokenList(ctx, '/customers', 'customers', {}, () => false);
	const name = config.events.has('created') ? 'created' : 'changed';
	return records
		.filter((c) => statusMatches(config, c.customerStatus))
		.slice(0, count)
		.map((c) => event(name, customerIdOf(c), c));
}
