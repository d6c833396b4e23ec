// Test-only helpers for the Stellr node's behaviour tests: the Stellr emulator, the credential
// pointed at it, and the node run through n8n-core (test/harness) over real HTTP.
import {
	startStellrEmulator,
	type StellrEmulator,
	type StellrEmulatorOptions,
	type StellrLogEntry,
} from '../../emulator/stellr';
import { StreamOneStellr } from '../../nodes/StreamOneStellr/StreamOneStellr.node';
import { runNode, type CredentialStore, type RunNodeOptions, type RunNodeResult } from '../harness';
import { stellrStore } from '../stellr/helpers';

export { SECRET_LIKE, visibleTexts } from '../stellr/helpers';

export interface StellrCtx {
	stellr: StellrEmulator;
	store: CredentialStore;
	run: (
		parameters: RunNodeOptions['parameters'],
		extra?: Partial<RunNodeOptions>,
	) => Promise<RunNodeResult>;
}

const node = new StreamOneStellr();

/** A Stellr emulator (demo seed unless told) and a credential for it; `run` executes the node. */
export async function setup(options: StellrEmulatorOptions = {}): Promise<StellrCtx> {
	const stellr = await startStellrEmulator({ seed: 'demo', operations: { polls: 1 }, ...options });
	const store = stellrStore(stellr);
	const run = async (
		parameters: RunNodeOptions['parameters'],
		extra: Partial<RunNodeOptions> = {},
	) => await runNode({ parameters, store, nodeType: node, ...extra });
	return { stellr, store, run };
}

/** Data requests the node sent (token calls left out), optionally only for a route ('GET /api/...'). */
export function dataRequests(stellr: StellrEmulator, route?: string): StellrLogEntry[] {
	return stellr.log.filter(
		(e) => e.route !== 'POST /oauth2/v1/token' && (!route || e.route === route),
	);
}

/** `METHOD /path STATUS` of each data request. */
export function calls(stellr: StellrEmulator): string[] {
	return dataRequests(stellr).map((e) => `${e.method} ${e.path} ${e.status}`);
}

export const rl = (value: string, mode = 'id') => ({ __rl: true, mode, value });

/** Fast retry settings for tests (waits of a few ms). */
export const fastRetry = { baseDelayMs: 5, maxAttempts: 5, maxWaitSeconds: 30 };

/** Wait for Completion with the shortest poll interval the node allows (1 s). */
export const waitFast = {
	waitForCompletion: true,
	waitOptions: { pollIntervalSeconds: 1, maxWaitSeconds: 30 },
};

/** The first customer of the seed, and the first subscription of it with the given vendor. */
export function firstCustomer(stellr: StellrEmulator): string {
	return [...stellr.store.customers.keys()][0];
}

type Subscription = ReturnType<StellrEmulator['store']['subscriptionsOf']>[number];

/** The first subscription of the seed that matches. */
export function findSubscription(
	stellr: StellrEmulator,
	match: (s: Subscription) => boolean,
): Subscription {
	for (const s of stellr.store.subscriptions.values()) if (match(s)) return s;
	throw new Error('no such subscription in the seed');
}

/** Parameters that pick a customer's subscription by ID. */
export const pick = (s: Subscription) => ({
	customerNo: rl(s.customerNo),
	subscriptionId: rl(s.subscriptionId),
});

/** The run failed before anything reached Stellr, with an error that matches. */
export function expectRefusedBeforeSending(
	t: StellrCtx,
	result: RunNodeResult,
	message: RegExp,
): void {
	expect(result.error?.message).toMatch(message);
	expect(dataRequests(t.stellr)).toEqual([]);
}

export const OPERATION_ROUTE = 'GET /api/v1/subscriptions/operations/{operationId}';

/**
 * Runs a write that answers an operation, with Wait for Completion (the emulator finishes it on
 * the first poll): checks it was sent once with `body`, polled once, and output COMPLETED,
 * paired with its input item. Returns the run.
 */
export async function runCompletedWrite(
	t: StellrCtx,
	parameters: RunNodeOptions['parameters'],
	route: string,
	body: unknown,
): Promise<RunNodeResult> {
	const r = await t.run({ ...waitFast, ...parameters });
	expect(r.error).toBeUndefined();
	expect(dataRequests(t.stellr).map((e) => `${e.route} ${e.status}`)).toEqual([
		`${route} 202`,
		`${OPERATION_ROUTE} 200`,
	]);
	expect(dataRequests(t.stellr, route)[0].body).toEqual(body);
	expect(r.items).toHaveLength(1);
	expect(r.items[0].json.status).toBe('COMPLETED');
	expect(r.items[0].pairedItem).toEqual({ item: 0 });
	return r;
}

/** A write whose answer was lost after Stellr made the change: "outcome unknown", sent once. */
export async function expectUnknownOutcome(
	t: StellrCtx,
	parameters: RunNodeOptions['parameters'],
	route: string,
	what: string,
	hint: RegExp,
): Promise<void> {
	const path = route.split('/').pop() as string;
	t.stellr.setFaults([
		{ kind: '5xx', when: 'after', path: `/${path}`, method: route.split(' ')[0] },
	]);
	const r = await t.run({ ...waitFast, retrySettings: fastRetry, ...parameters });
	t.stellr.setFaults([]);
	expect(r.error?.message).toMatch(new RegExp(`^The outcome of the ${what} is unknown`));
	expect((r.error as { description?: string }).description).toMatch(hint);
	expect(dataRequests(t.stellr, route)).toHaveLength(1);
}
