/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports */
// Benchmark-only child process (never published): runs the trigger's polls through n8n-core, one process per resource.

/**
 * Protocol (node IPC):
 *   child -> parent  { type: 'up' }
 *   parent -> child  { type: 'job', job: TriggerJob }
 *   child -> parent  { type: 'ready' }                       (modules loaded, session created)
 *   parent -> child  { type: 'poll' }                        (after the parent reset the emulator counters)
 *   child -> parent  { type: 'polled', result: PollMeasure }
 *   parent -> child  { type: 'done' }
 */
import { performance } from 'node:perf_hooks';

export interface TriggerJob {
	baseUrl: string;
	accountId: string;
	accessToken: string;
	refreshToken: string;
	parameters: Record<string, unknown>;
}

export interface PollMeasure {
	ok: boolean;
	error?: string;
	wallMs: number;
	cpuMs: number;
	events: number;
	/** distinct `event:id` pairs among the events */
	uniqueEvents: number;
	/** the node's static data as JSON, in bytes (what n8n stores with the workflow) */
	stateBytes: number;
	maxRssKb: number;
}

interface Session {
	activate(): Promise<{ items?: Array<{ json: Record<string, unknown> }>; error?: Error }>;
	tick(): Promise<{ items?: Array<{ json: Record<string, unknown> }>; error?: Error }>;
	state: unknown;
}

// Variable specifiers, as in measure-child.ts: type-checking stays independent of the harness.
const harnessPath = '../test/harness';
const pollHarnessPath = '../test/harness/poll';
const triggerPath = '../nodes/StreamOneIonTrigger/StreamOneIonTrigger.node.ts';

let session: Session | undefined;
let activated = false;

async function prepare(job: TriggerJob): Promise<void> {
	const { CredentialStore } = (await import(harnessPath)) as {
		CredentialStore: new (data: Record<string, unknown>) => unknown;
	};
	const { PollSession } = (await import(pollHarnessPath)) as {
		PollSession: {
			create(o: { parameters: unknown; store: unknown; nodeType: unknown }): Promise<Session>;
		};
	};
	const { StreamOneIonTrigger } = (await import(triggerPath)) as {
		StreamOneIonTrigger: new () => unknown;
	};
	// a valid access token already in the credential: polls need no token call
	const store = new CredentialStore({
		accountId: job.accountId,
		refreshToken: job.refreshToken,
		baseUrl: job.baseUrl,
		accessToken: job.accessToken,
		sessionToken: job.accessToken,
		expiresAt: new Date(Date.now() + 7_000_000).toISOString(),
	});
	session = await PollSession.create({
		parameters: job.parameters,
		store,
		nodeType: new StreamOneIonTrigger(),
	});
}

async function poll(): Promise<PollMeasure> {
	if (!session) throw new Error('no session');
	const t0 = performance.now();
	const cpu0 = process.cpuUsage();
	const outcome = activated ? await session.tick() : await session.activate();
	activated = true;
	const wallMs = performance.now() - t0;
	const cpu = process.cpuUsage(cpu0);
	const items = outcome.items ?? [];
	return {
		ok: !outcome.error,
		error: outcome.error?.message,
		wallMs,
		cpuMs: (cpu.user + cpu.system) / 1000,
		events: items.length,
		uniqueEvents: new Set(items.map((i) => `${String(i.json.event)}:${String(i.json.id)}`)).size,
		stateBytes: Buffer.byteLength(JSON.stringify(session.state), 'utf8'),
		maxRssKb: process.resourceUsage().maxRSS,
	};
}

process.on('message', (raw: unknown) => {
	const msg = raw as { type: string; job?: TriggerJob };
	void (async () => {
		try {
			if (msg.type === 'job' && msg.job) {
				await prepare(msg.job);
				process.send?.({ type: 'ready' });
			} else if (msg.type === 'poll') {
				process.send?.({ type: 'polled', result: await poll() });
			} else if (msg.type === 'done') {
				process.exit(0);
			}
		} catch (error) {
			process.send?.({ type: 'fatal', error: (error as Error).stack ?? String(error) });
			process.exit(1);
		}
	})();
});
process.send?.({ type: 'up' });
