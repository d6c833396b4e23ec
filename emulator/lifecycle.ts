// Subscription lifecycle through UPDATE order attributes: auto-renew on/off, suspend, reactivate,
// cancel. A documented guess (README, "documented guesses"; notes api-beyond-the-spec §4): the spec
// does not name these attributes. The names and values are those of a PowerShell module used in
// production (BNWEIN/IONModule Set-Subscription.ps1, Set-Renewal.ps1) and a public Postman
// collection (cloudmindsab/td-synnex). They are accepted for every provider, on top of the
// provider's UPDATE template, and `operations: updateSubscription` must come with them.
import type { Subscription } from './types';

export const LIFECYCLE = {
	operation: { name: 'operations', value: 'updatesubscription' }, // compared case-insensitively
	renewal: { name: 'renewalSetting', values: { 'auto-on': true, 'auto-off': false } as Record<string, boolean> },
	status: {
		name: 'statusUpdate',
		// the Ion status each value leads to (a guess: "deleted" shows as CANCELLED), and the statuses it may start from
		values: {
			suspended: { to: 'SUSPENDED', from: ['ACTIVE'] },
			active: { to: 'ACTIVE', from: ['SUSPENDED', 'PAUSED'] },
			deleted: { to: 'CANCELLED', from: ['ACTIVE', 'SUSPENDED', 'PAUSED'] },
		} as Record<string, { to: Subscription['subscriptionStatus']; from: string[] }>,
	},
};

const NAMES = new Set([LIFECYCLE.operation.name, LIFECYCLE.renewal.name, LIFECYCLE.status.name]);

type Attribute = { name?: string; value?: string };

/** Whether an attribute name is a lifecycle attribute (not checked against the provider template). */
export function isLifecycleAttribute(name: string | undefined): boolean {
	return name !== undefined && NAMES.has(name);
}

function valueOf(attributes: Attribute[], name: string): string | undefined {
	return attributes.find((a) => a.name === name)?.value;
}

/** What is wrong with the lifecycle attributes of an UPDATE item for this subscription (Ion-style errors). */
export function lifecycleProblems(attributes: Attribute[], target: Subscription, at: string): Array<{ code: string; detail: string }> {
	const problems: Array<{ code: string; detail: string }> = [];
	const renewal = valueOf(attributes, LIFECYCLE.renewal.name);
	const status = valueOf(attributes, LIFECYCLE.status.name);
	if (renewal === undefined && status === undefined) return problems;
	const operation = valueOf(attributes, LIFECYCLE.operation.name);
	if ((operation ?? '').toLowerCase() !== LIFECYCLE.operation.value) {
		problems.push({
			code: 'COMM-VL-004',
			detail: `${at}: the '${LIFECYCLE.operation.name}' attribute must be 'updateSubscription' when '${LIFECYCLE.renewal.name}' or '${LIFECYCLE.status.name}' is present.`,
		});
	}
	if (renewal !== undefined && !(renewal in LIFECYCLE.renewal.values)) {
		problems.push({ code: 'COMM-VL-002', detail: `${at}: '${LIFECYCLE.renewal.name}' must be one of ['auto-on', 'auto-off']; got '${renewal}'.` });
	}
	if (status !== undefined) {
		const rule = LIFECYCLE.status.values[status];
		if (!rule) {
			problems.push({ code: 'COMM-VL-002', detail: `${at}: '${LIFECYCLE.status.name}' must be one of ['active', 'suspended', 'deleted']; got '${status}'.` });
		} else if (!rule.from.includes(target.subscriptionStatus)) {
			problems.push({
				code: 'COMM-VL-009',
				detail: `${at}: subscription '${target.subscriptionId}' is ${target.subscriptionStatus}; '${LIFECYCLE.status.name}: ${status}' needs it to be ${rule.from.join(' or ')}.`,
			});
		}
	}
	return problems;
}

/** Applies the (already checked) lifecycle attributes to the subscription. */
export function applyLifecycle(attributes: Attribute[], s: Subscription): void {
	const renewal = valueOf(attributes, LIFECYCLE.renewal.name);
	if (renewal !== undefined && renewal in LIFECYCLE.renewal.values) {
		s.autoRenew = LIFECYCLE.renewal.values[renewal];
		s.subscriptionRenewStatus = s.autoRenew ? 'AUTO_RENEW_ON' : 'AUTO_RENEW_OFF';
	}
	const rule = LIFECYCLE.status.values[valueOf(attributes, LIFECYCLE.status.name) ?? ''];
	if (rule) {
		s.subscriptionStatus = rule.to;
		if (rule.to === 'CANCELLED') {
			s.autoRenew = false;
			s.subscriptionRenewStatus = 'AUTO_RENEW_OFF';
		}
	}
}
