// Async subscription writes (G9 in README.md): a write answers 202 with an operation; the change
// happens when the operation completes, after `polls` GETs of it or `ms` milliseconds.
import { guid, iso } from './seed';
import type { Rng } from '../prng';
import type { StellrStore } from './store';
import type { Operation } from './types';

export interface OperationTiming {
	/** the n-th GET of the operation sees it finished (default 2: the first sees IN_PROGRESS) */
	polls?: number;
	/** or: finished once this many ms have passed since the write */
	ms?: number;
}

/** What a completing operation does: the result (a subscription), or why it failed. */
export type Apply = () => { result: unknown } | { error: { code: string; message: string } };

interface Pending {
	op: Operation;
	polls: number;
	createdAt: number;
	apply: Apply;
}

export class Operations {
	private readonly pending = new Map<string, Pending>();

	constructor(
		private readonly store: StellrStore,
		private readonly rng: Rng,
		private readonly now: () => number,
		private timing: OperationTiming,
	) {}

	setTiming(timing: OperationTiming): void {
		this.timing = timing;
	}

	get pendingCount(): number {
		return this.pending.size;
	}

	start(
		operationType: string,
		customerNo: string,
		subscriptionId: string | null,
		apply: Apply,
	): Operation {
		const at = iso(this.now());
		const op: Operation = {
			operationId: guid(this.rng),
			operationType,
			status: 'PENDING',
			customerNo,
			subscriptionId,
			createdDate: at,
			lastModifiedDate: at,
			completedDate: null,
			result: null,
			error: null,
		};
		this.store.operations.set(op.operationId, op);
		this.pending.set(op.operationId, { op, polls: 0, createdAt: this.now(), apply });
		return op;
	}

	/** One GET of the operation: counts the poll and finishes the operation when it is due. */
	poll(operationId: string): Operation | undefined {
		const entry = this.pending.get(operationId);
		if (!entry) return this.store.operations.get(operationId);
		entry.polls++;
		const { polls, ms } = this.timing;
		const byPolls = polls !== undefined && entry.polls >= Math.max(1, polls);
		const byTime = ms !== undefined && this.now() - entry.createdAt >= ms;
		if (byPolls || byTime || (polls === undefined && ms === undefined)) this.finish(entry);
		else {
			entry.op.status = 'IN_PROGRESS';
			entry.op.lastModifiedDate = iso(this.now());
		}
		return entry.op;
	}

	/** Finishes every pending operation now (test hook). Returns how many there were. */
	completeAll(): number {
		const all = [...this.pending.values()];
		for (const entry of all) this.finish(entry);
		return all.length;
	}

	private finish(entry: Pending): void {
		this.pending.delete(entry.op.operationId);
		const outcome = entry.apply();
		const at = iso(this.now());
		if ('error' in outcome) {
			entry.op.status = 'FAILED';
			entry.op.error = outcome.error;
		} else {
			entry.op.status = 'COMPLETED';
			entry.op.result = outcome.result;
		}
		entry.op.lastModifiedDate = at;
		entry.op.completedDate = at;
	}
}
