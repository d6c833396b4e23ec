/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-dangerous-functions */
// Benchmark-only (never published); forks one measuring child per resource. The trigger workload: what one poll
// costs on the bench tenant (20,000 subscriptions, 10,000 customers, 200 orders): requests, wall time, events and
// state size, with and without changes.
import { fork } from 'node:child_process';
import { join } from 'node:path';

import type { PollMeasure, TriggerJob } from './trigger-child';

/** The emulator child of bench/run.ts, as far as this workload needs it. */
export interface BenchEmulator {
	url: string;
	accountId: string;
	call<T = unknown>(cmd: string, extra?: Record<string, unknown>): Promise<T>;
}

interface Stats {
	total: number;
	tokenCalls: number;
}

export interface TriggerRow {
	resource: string;
	poll: string;
	/** vendor changes made just before this poll */
	changes: number;
	expectedEvents: number;
	requests: number;
	tokenCalls: number;
	wallMs: number;
	cpuMs: number;
	events: number;
	uniqueEvents: number;
	stateBytes: number;
	peakRssMb: number;
	ok: boolean;
	error?: string;
}

interface Step {
	poll: string;
	/** emulator `vendor` command run before the poll, and how many records it changes */
	vendor?: { action: string; count: number };
	/** events the poll must emit (the seeding poll emits none) */
	expectedEvents: (changes: number) => number;
	/** repeat the poll and report the median wall time */
	repeat?: number;
}

interface Scenario {
	resource: string;
	parameters: Record<string, unknown>;
	steps: Step[];
}

const none = () => 0;
const same = (n: number) => n;

/** One scenario per resource; the changes are spread over the whole list (emulator/vendor.ts). */
export const TRIGGER_SCENARIOS: Scenario[] = [
	{
		resource: 'subscription',
		parameters: { resource: 'subscription', events: ['changed', 'created'] },
		steps: [
			{ poll: 'first poll (records 20,000 subscriptions)', expectedEvents: none },
			{ poll: 'no change', expectedEvents: none, repeat: 3 },
			{
				poll: '90 seat changes + 10 new',
				vendor: { action: 'subscriptions', count: 100 },
				expectedEvents: same,
			},
			{ poll: 'no change again', expectedEvents: none },
		],
	},
	{
		resource: 'order',
		parameters: { resource: 'order', events: ['created', 'statusChanged'] },
		steps: [
			{ poll: 'first poll (records recent orders)', expectedEvents: none },
			{ poll: 'no change', expectedEvents: none, repeat: 3 },
			{ poll: '150 new orders', vendor: { action: 'orders', count: 150 }, expectedEvents: same },
			{ poll: 'no change again', expectedEvents: none },
		],
	},
	{
		resource: 'customer',
		parameters: { resource: 'customer', events: ['changed', 'created'] },
		steps: [
			{ poll: 'first poll (records 10,000 customers)', expectedEvents: none },
			{ poll: 'no change', expectedEvents: none, repeat: 3 },
			{
				poll: '100 changed customers',
				vendor: { action: 'customers', count: 100 },
				expectedEvents: same,
			},
		],
	},
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function runScenario(
	emu: BenchEmulator,
	scenario: Scenario,
	log: (s: string) => void,
): Promise<TriggerRow[]> {
	const tokens = await emu.call<{ accessToken: string; refreshToken: string }>('issueTokens');
	const job: TriggerJob = {
		baseUrl: emu.url,
		accountId: emu.accountId,
		...tokens,
		parameters: scenario.parameters,
	};
	const child = fork(join(__dirname, 'trigger-child.ts'), [], {
		execArgv: ['--import', 'tsx'],
		stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
		cwd: join(__dirname, '..'),
	});
	let waiting:
		| { resolve: (m: Record<string, unknown>) => void; reject: (e: Error) => void }
		| undefined;
	child.on('message', (m: Record<string, unknown>) => {
		if (m.type === 'fatal') waiting?.reject(new Error(String(m.error)));
		else waiting?.resolve(m);
	});
	child.on('exit', (code) => waiting?.reject(new Error(`trigger child exited with code ${code}`)));
	const next = () =>
		new Promise<Record<string, unknown>>((resolve, reject) => (waiting = { resolve, reject }));
	const rows: TriggerRow[] = [];
	try {
		await next(); // up
		child.send({ type: 'job', job });
		await next(); // ready
		for (const step of scenario.steps) {
			let changes = 0;
			if (step.vendor) changes = await emu.call<number>('vendor', step.vendor);
			const measures: Array<PollMeasure & Stats> = [];
			for (let i = 0; i < (step.repeat ?? 1); i++) {
				await emu.call('reset');
				child.send({ type: 'poll' });
				const m = (await next()).result as PollMeasure;
				const stats = await emu.call<Stats>('stats');
				measures.push({ ...m, ...stats });
			}
			const last = measures[measures.length - 1];
			const row: TriggerRow = {
				resource: scenario.resource,
				poll: step.poll,
				changes,
				expectedEvents: step.expectedEvents(changes),
				requests: last.total,
				tokenCalls: last.tokenCalls,
				wallMs: median(measures.map((m) => m.wallMs)),
				cpuMs: median(measures.map((m) => m.cpuMs)),
				events: last.events,
				uniqueEvents: last.uniqueEvents,
				stateBytes: last.stateBytes,
				peakRssMb: last.maxRssKb / 1024,
				ok: measures.every((m) => m.ok),
				error: measures.find((m) => !m.ok)?.error,
			};
			rows.push(row);
			log(
				`  trigger ${scenario.resource.padEnd(12)} ${step.poll}: ${row.requests} req, ${row.wallMs.toFixed(0)} ms, ` +
					`${row.events} events (expected ${row.expectedEvents}), state ${(row.stateBytes / 1024).toFixed(0)} KB` +
					(row.ok ? '' : ` -- ${row.error ?? 'failed'}`),
			);
		}
		child.send({ type: 'done' });
	} finally {
		if (child.exitCode === null) setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
	}
	return rows;
}

/** Runs every scenario, one fresh process each (its own peak RSS). */
export async function runTriggerWorkload(
	emu: BenchEmulator,
	log: (s: string) => void,
): Promise<TriggerRow[]> {
	const rows: TriggerRow[] = [];
	for (const scenario of TRIGGER_SCENARIOS) rows.push(...(await runScenario(emu, scenario, log)));
	return rows;
}

/** The markdown table and the target checks. */
export function triggerReport(
	rows: TriggerRow[],
	pageSize: number,
	subscriptions: number,
	customers: number,
) {
	const lines = [
		'| Watch | Poll | Requests | Token calls | Wall time (ms) | Client CPU (ms) | Events (expected) | State size (KB) | Peak RSS (MB) |',
		'|---|---|---:|---:|---:|---:|---:|---:|---:|',
		...rows.map(
			(r) =>
				`| ${r.resource} | ${r.poll} | ${r.requests} | ${r.tokenCalls} | ${r.wallMs.toFixed(0)} | ${r.cpuMs.toFixed(0)} | ` +
				`${r.events} (${r.expectedEvents})${r.ok ? '' : ` **failed: ${r.error ?? ''}**`} | ${(r.stateBytes / 1024).toFixed(0)} | ${r.peakRssMb.toFixed(0)} |`,
		),
	];
	const find = (resource: string, poll: string) =>
		rows.find((r) => r.resource === resource && r.poll.startsWith(poll));
	const subState = Math.max(
		...rows.filter((r) => r.resource === 'subscription').map((r) => r.stateBytes),
	);
	const subNoChange = find('subscription', 'no change');
	const custNoChange = find('customer', 'no change');
	const orderNoChange = find('order', 'no change');
	const targets = [
		{
			target: `Trigger state for ${subscriptions.toLocaleString('en-US')} subscriptions < 1 MB`,
			status: subState < 1_000_000 ? 'PASS' : 'FAIL',
			detail: `${(subState / 1024).toFixed(0)} KB (${(subState / subscriptions).toFixed(1)} bytes per subscription)`,
		},
		{
			target: `Trigger, subscriptions: a poll reads every page once (${Math.ceil(subscriptions / pageSize)} requests), no token call`,
			status:
				subNoChange &&
				subNoChange.requests === Math.ceil(subscriptions / pageSize) &&
				subNoChange.tokenCalls === 0
					? 'PASS'
					: 'FAIL',
			detail: subNoChange
				? `${subNoChange.requests} requests, ${subNoChange.wallMs.toFixed(0)} ms`
				: 'not measured',
		},
		{
			target: `Trigger, customers: a poll reads every page once (${Math.ceil(customers / pageSize)} requests)`,
			status:
				custNoChange && custNoChange.requests === Math.ceil(customers / pageSize) ? 'PASS' : 'FAIL',
			detail: custNoChange
				? `${custNoChange.requests} requests, ${custNoChange.wallMs.toFixed(0)} ms`
				: 'not measured',
		},
		{
			target: 'Trigger, orders: one request when nothing changed',
			status: orderNoChange?.requests === 1 ? 'PASS' : 'FAIL',
			detail: orderNoChange
				? `${orderNoChange.requests} request, ${orderNoChange.wallMs.toFixed(0)} ms`
				: 'not measured',
		},
		{
			target: 'Trigger: every poll emits exactly the expected events, none twice',
			status: rows.every(
				(r) => r.ok && r.events === r.expectedEvents && r.uniqueEvents === r.events,
			)
				? 'PASS'
				: 'FAIL',
			detail: rows
				.filter((r) => r.changes)
				.map((r) => `${r.resource}: ${r.events}/${r.expectedEvents}`)
				.join(', '),
		},
	];
	return { lines, targets };
}
