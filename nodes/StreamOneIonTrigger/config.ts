import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { fail } from '../shared/nodeErrors';
import { requireNumericId, text } from '../shared/validation';
import type { EventName, Resource } from './events';
import { hash32 } from './fingerprint';

/** The trigger's parameters, read and checked before any request. */
export interface TriggerConfig {
	resource: Resource;
	events: Set<EventName>;
	/** numeric customer IDs; empty = every customer */
	customerIds: string[];
	/** lower-cased text a provider name must contain; '' = any */
	cloudProvider: string;
	/** current status must be one of these; empty = any */
	statuses: Set<string>;
	renewalWithinDays: number;
}

const EVENTS: Record<Resource, EventName[]> = {
	order: ['created', 'statusChanged'],
	subscription: [
		'created',
		'seatsChanged',
		'statusChanged',
		'autoRenewChanged',
		'changed',
		'renewalDue',
	],
	customer: ['created', 'changed'],
};

export function readConfig(ctx: IPollFunctions): TriggerConfig {
	const scope = { node: ctx.getNode() };
	const resource = ctx.getNodeParameter('resource', 'subscription') as Resource;
	if (!(resource in EVENTS))
		fail(
			scope,
			`Watch has an unknown value: ${String(resource)}`,
			'Choose Customers, Orders or Subscriptions.',
		);
	const raw = ctx.getNodeParameter('events', []) as unknown;
	const chosen = (Array.isArray(raw) ? raw : [raw]).map((e) => String(e)) as EventName[];
	const unknown = chosen.filter((e) => !EVENTS[resource].includes(e));
	if (unknown.length) {
		fail(
			scope,
			`Events has a value that does not apply to ${resource}s: ${unknown.join(', ')}`,
			`Choose from: ${EVENTS[resource].join(', ')}.`,
		);
	}
	if (!chosen.length) fail(scope, 'Events is empty', 'Choose at least one event to watch.');
	const filters = (ctx.getNodeParameter('filters', {}) ?? {}) as IDataObject;
	const customerIds = text(filters.customerIds)
		.split(',')
		.map((s) => s.trim())
		.filter((s) => s !== '')
		.map((s) => requireNumericId(scope, s, 'Customer IDs (Filters)'));
	const days = Number(
		resource === 'subscription' && chosen.includes('renewalDue')
			? ctx.getNodeParameter('renewalWithinDays', 30)
			: 30,
	);
	if (!Number.isFinite(days) || days < 1) {
		fail(
			scope,
			`Renewal Within (Days) must be a number of days of at least 1, got ${String(days)}`,
			'Enter for example 30.',
		);
	}
	const statuses = Array.isArray(filters.statuses) ? filters.statuses.map((s) => String(s)) : [];
	return {
		resource,
		events: new Set(chosen),
		customerIds: [...new Set(customerIds)].sort((a, b) => Number(a) - Number(b)),
		cloudProvider: text(filters.cloudProvider).toLowerCase(),
		statuses: new Set(statuses),
		renewalWithinDays: days,
	};
}

/**
 * What the state is about: the resource and the customers read. When it changes, the stored
 * state no longer describes what a poll reads, and the trigger starts over (seeds again).
 * Events and the other filters are applied to what is read, so changing them keeps the state.
 */
export function scopeKey(config: TriggerConfig): string {
	return `${config.resource}:${hash32(config.customerIds.join(',')).toString(36)}`;
}

/** Whether a record's current status passes the Statuses filter. */
export function statusMatches(config: TriggerConfig, status: unknown): boolean {
	return config.statuses.size === 0 || config.statuses.has(String(status ?? ''));
}

/** Whether one of the provider names contains the Cloud Provider filter text. */
export function providerMatches(config: TriggerConfig, names: unknown[]): boolean {
	if (!config.cloudProvider) return true;
	return names.some((n) => typeof n === 'string' && n.toLowerCase().includes(config.cloudProvider));
}
