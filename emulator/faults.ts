// Fault injection rules (DEVELOPERS.md contract): latency, 429, 5xx and dropped connections.
import { createRng } from './prng';
import type { Rng } from './prng';

export interface FaultRule {
	kind: 'latency' | '429' | '5xx' | 'drop';
	/** probability 0..1 that a matching request is hit (default 1) */
	rate?: number;
	/** only the first `count` matching requests are candidates */
	count?: number;
	/** RegExp, or a substring of the request path */
	path?: RegExp | string;
	method?: string;
	/** latency in ms (kind 'latency') */
	ms?: number;
	/** status for kind '5xx' (default 503) */
	status?: number;
	/** Retry-After for kind '429' (seconds or an HTTP-date string); omitted when undefined */
	retryAfter?: number | string;
}

export type FaultDecision =
	| { kind: 'none'; delayMs: number }
	| { kind: 'drop'; delayMs: number }
	| { kind: '429'; delayMs: number; retryAfter?: number | string }
	| { kind: '5xx'; delayMs: number; status: number };

interface ActiveRule {
	rule: FaultRule;
	matched: number;
}

export class FaultInjector {
	private rules: ActiveRule[] = [];
	private rng: Rng;

	constructor(private readonly seed: number) {
		this.rng = createRng(seed);
	}

	set(rules: FaultRule[]): void {
		for (const r of rules) {
			if (!['latency', '429', '5xx', 'drop'].includes(r.kind)) throw new Error(`unknown fault kind '${String(r.kind)}'`);
			if (r.rate !== undefined && (r.rate < 0 || r.rate > 1)) throw new Error('fault rate must be within 0..1');
		}
		this.rules = rules.map((rule) => ({ rule, matched: 0 }));
		// every rule set draws the same sequence, whatever ran before it
		this.rng = createRng(this.seed);
	}

	private static matches(rule: FaultRule, method: string, path: string): boolean {
		if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) return false;
		if (rule.path === undefined) return true;
		return typeof rule.path === 'string' ? path.includes(rule.path) : rule.path.test(path);
	}

	/** Decides what happens to one request. Latency rules add up; the first firing failure rule wins. */
	decide(method: string, path: string): FaultDecision {
		let delayMs = 0;
		let failure: FaultDecision | undefined;
		for (const active of this.rules) {
			const { rule } = active;
			if (!FaultInjector.matches(rule, method, path)) continue;
			if (rule.count !== undefined && active.matched >= rule.count) continue;
			if (rule.kind !== 'latency' && failure) continue;
			active.matched++;
			const rate = rule.rate ?? 1;
			if (rate < 1 && this.rng() >= rate) continue;
			if (rule.kind === 'latency') delayMs += rule.ms ?? 0;
			else if (rule.kind === 'drop') failure = { kind: 'drop', delayMs: 0 };
			else if (rule.kind === '429') failure = { kind: '429', delayMs: 0, retryAfter: rule.retryAfter };
			else failure = { kind: '5xx', delayMs: 0, status: rule.status ?? 503 };
		}
		return failure ? { ...failure, delayMs } : { kind: 'none', delayMs };
	}
}
