import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { providerMatches, statusMatches, type TriggerConfig } from './config';
import { ionEvent, type IonEvent } from './events';
import { readTokenList } from './read';
import type { OrderState } from './state';

/*
 * Orders: Ion lists them newest first by update time (`sortBy=updateTime`), so a poll reads page
 * after page until it reaches orders older than the last poll's cursor: one request when nothing
 * changed. Each order's last status is remembered for a while, which tells a new order from a
 * status change and removes duplicates inside the overlap window.
 *
 * Documented guesses: Ion's Order schema does not declare `createTime`/`updateTime`, but Ion sorts
 * by them and the cart checkout response carries them. Without `updateTime` the poll reads until a
 * whole page brought nothing new or changed. Update times are read back an extra OVERLAP_MS in
 * case Ion makes a change visible a little after the time it stamps on it.
 */

const DAY_MS = 86_400_000;
/** How far back the cursor is read again; orders seen there are told apart by their remembered status. */
export const OVERLAP_MS = 10 * 60_000;
/** How long an order's status is remembered after its last update, and how many at most. */
export const MEMORY_MS = 30 * DAY_MS;
export const MEMORY_MAX = 2_000;

export interface OrderPoll {
	state: OrderState;
	events: IonEvent[];
}

const timeOf = (order: IDataObject): number | undefined => {
	const ms = typeof order.updateTime === 'string' ? Date.parse(order.updateTime) : NaN;
	return Number.isFinite(ms) ? ms : undefined;
};
const idOf = (order: IDataObject) => String(order.orderId ?? '');
const statusOf = (order: IDataObject) => String(order.status ?? '');
const rememberedStatus = (entry: string | undefined) => entry?.slice(0, entry.lastIndexOf('@'));
const rememberedTime = (entry: string) => Number(entry.slice(entry.lastIndexOf('@') + 1)) * 1000;

function query(config: TriggerConfig): IDataObject {
	const qs: IDataObject = { sortBy: 'updateTime', sortOrder: 'DESC' };
	if (config.customerIds.length) qs['filter.customerIdList'] = config.customerIds.join(',');
	return qs;
}

function inScope(config: TriggerConfig, order: IDataObject): boolean {
	const items = Array.isArray(order.orderItems) ? (order.orderItems as IDataObject[]) : [];
	return (
		statusMatches(config, order.status) &&
		providerMatches(
			config,
			items.map((i) => i?.providerName),
		)
	);
}

/** What every event of an order has. */
function base(order: IDataObject) {
	return {
		resource: 'order' as const,
		id: idOf(order),
		customerId: String(order.customerId ?? ''),
		current: order,
	};
}

/**
 * New (not remembered, created since the last poll) or status changed, or nothing. `since` is
 * the last poll's cursor less the overlap (-Infinity when no order had a time yet).
 */
function eventFor(
	order: IDataObject,
	previous: OrderState,
	config: TriggerConfig,
	since: number,
): IonEvent | undefined {
	const before = rememberedStatus(previous.known[idOf(order)]);
	const status = statusOf(order);
	const event = base(order);
	if (before === undefined) {
		const created = typeof order.createTime === 'string' ? Date.parse(order.createTime) : NaN;
		if (!Number.isFinite(created) || created >= since) {
			return config.events.has('created') ? ionEvent({ ...event, name: 'created' }) : undefined;
		}
		// an older order the trigger no longer remembers: its earlier status is unknown
		if (!config.events.has('statusChanged')) return undefined;
		return ionEvent({ ...event, name: 'statusChanged', changes: { status: { to: status } } });
	}
	if (before === status || !config.events.has('statusChanged')) return undefined;
	return ionEvent({
		...event,
		name: 'statusChanged',
		changes: { status: { from: before, to: status } },
		previous: { status: before },
	});
}

/** The remembered statuses after this poll: every order read, pruned to the memory window and size. */
function nextKnown(
	previous: OrderState | undefined,
	orders: IDataObject[],
	cursorMs: number | undefined,
) {
	const known: Record<string, string> = { ...(previous?.known ?? {}) };
	const now = Date.now();
	for (const order of orders) {
		const id = idOf(order);
		if (id) known[id] = `${statusOf(order)}@${Math.floor((timeOf(order) ?? now) / 1000)}`;
	}
	const oldest = (cursorMs ?? now) - MEMORY_MS;
	const kept = Object.entries(known)
		.filter(([, entry]) => rememberedTime(entry) >= oldest)
		.sort(([, a], [, b]) => rememberedTime(b) - rememberedTime(a))
		.slice(0, MEMORY_MAX);
	return Object.fromEntries(kept);
}

/**
 * One production poll. Without a previous state it seeds: reads back MEMORY_MS (at most
 * MEMORY_MAX orders) to remember their statuses, and its events are not emitted.
 */
export async function pollOrders(
	ctx: IPollFunctions,
	config: TriggerConfig,
	previous: OrderState | undefined,
): Promise<OrderPoll> {
	const cursorMs = previous?.cursor ? Date.parse(previous.cursor) : undefined;
	// with a state: back to the cursor (less the overlap), or everything when no order had a time yet
	const stopBefore = previous
		? cursorMs !== undefined
			? cursorMs - OVERLAP_MS
			: -Infinity
		: Date.now() - MEMORY_MS;
	let read = 0;
	const orders = await readTokenList(ctx, '/orders', 'orders', query(config), (page) => {
		read += page.length;
		if (!previous && read >= MEMORY_MAX) return false;
		const last = page[page.length - 1];
		const t = last ? timeOf(last) : undefined;
		if (t === undefined) {
			// no update times: go on while a page brings something new or changed
			return previous
				? page.some((o) => rememberedStatus(previous.known[idOf(o)]) !== statusOf(o))
				: true;
		}
		return t >= stopBefore;
	});
	const fresh = orders.filter((o) => (timeOf(o) ?? Infinity) >= stopBefore);
	const events: IonEvent[] = [];
	if (previous) {
		for (const order of fresh) {
			const event = inScope(config, order)
				? eventFor(order, previous, config, stopBefore)
				: undefined;
			if (event) events.push(event);
		}
	}
	const times = orders.map(timeOf).filter((t): t is number => t !== undefined);
	const newest = Math.max(cursorMs ?? -Infinity, ...times);
	const cursor = Number.isFinite(newest) ? new Date(newest).toISOString() : '';
	return {
		// seeding remembers every order it read (at least the newest page), later polls what they saw
		state: {
			cursor,
			known: nextKnown(
				previous,
				previous ? fresh : orders,
				Number.isFinite(newest) ? newest : undefined,
			),
		},
		// oldest first, as they happened
		events: events.reverse(),
	};
}

/** Manual run ("Fetch Test Event"): the newest orders as events, without reading or writing state. */
export async function sampleOrders(
	ctx: IPollFunctions,
	config: TriggerConfig,
	count: number,
): Promise<IonEvent[]> {
	const page = await readTokenList(ctx, '/orders', 'orders', query(config), () => false);
	const name = config.events.has('created') ? 'created' : 'statusChanged';
	return page
		.filter((o) => inScope(config, o))
		.slice(0, count)
		.map((order) =>
			ionEvent({
				...base(order),
				name,
				changes: name === 'statusChanged' ? { status: { to: statusOf(order) } } : {},
			}),
		);
}
