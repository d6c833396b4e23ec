/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-dangerous-functions */
// Benchmark orchestrator (never published): forks the emulator and each measurement as tsx child processes.

const USAGE = `npm run bench [-- options]
  --runs N            runs per measurement, median reported (default 5; 1 with --quick)
  --quick             smoke run: 1 run each, no latency section
  --only a,b          workloads: customers, subscriptions, getCustomers, products, trigger
  --no-faults         skip the fault-injection runs
  --latency MS        emulator latency for the main table (default 0)
  --get-latency MS    latency of the extra Get section (default 20; 0 = off)
  --get-concurrency N width of the concurrent raw Get (default 0 = all at once, like the node)
  --max-page-size N   emulator page-size cap (default 100, the node's MAX_PAGE_SIZE)
  --budget S          after 60% of S seconds, workloads stop at 3 runs (default 480)
  --profile           V8 CPU profiles of node runs into bench/results/profiles/ (see profile-summary.ts)
  --timeout MS        per-measurement limit (default 180000)
  --out FILE          JSON output (default bench/results/latest.json)`;

/**
 * npm run bench [-- options], see USAGE.
 *
 * One emulator (seed 'bench') runs in its own child process for the whole run. Every measurement
 * (one contender on one workload) runs in a fresh child process, so its peak RSS is its own; the
 * emulator's request counters are reset just before the timed part and read just after it.
 */
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

import type { StartupTimes } from './emulator-child';
import { runTriggerWorkload, triggerReport, type TriggerRow } from './trigger';
import {
	contenderLabel,
	contendersFor,
	customerIdOf,
	workloads,
	type ContenderId,
	type Job,
	type ListWorkload,
	type MeasureResult,
	type Workload,
	type WorkloadId,
} from './workloads';

type Json = Record<string, unknown>;

// ---------- options ----------

const argv = process.argv.slice(2);
function opt(name: string): string | undefined {
	const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
	if (i < 0) return undefined;
	const a = argv[i];
	if (a.includes('=')) return a.slice(a.indexOf('=') + 1);
	const v = argv[i + 1];
	return v && !v.startsWith('--') ? v : 'true';
}
if (opt('help') !== undefined || opt('h') !== undefined) {
	process.stdout.write(`${USAGE}\n`);
	process.exit(0);
}
const quick = opt('quick') !== undefined;
const runs = Number(opt('runs') ?? (quick ? 1 : 5));
const only = opt('only')?.split(',') as WorkloadId[] | undefined;
const withFaults = opt('no-faults') === undefined;
const latencyMs = Number(opt('latency') ?? 0);
const getLatencyMs = Number(opt('get-latency') ?? (quick ? 0 : 20));
const maxPageSize = Number(opt('max-page-size') ?? 100);
const outFile = resolve(opt('out') ?? join(__dirname, 'results', 'latest.json'));
const log = (s: string) => process.stderr.write(`${s}\n`);
const childTimeoutMs = Number(opt('timeout') ?? 180_000);
const rawGetConcurrency = Number(opt('get-concurrency') ?? 0);
/** Seconds; past 60% of it, workloads stop after 3 runs so a loaded machine still finishes in time. */
const budgetS = Number(opt('budget') ?? 480);
/** --profile: V8 CPU profiles of the node contender's child processes, into bench/results/profiles/ */
const profileDir =
	opt('profile') !== undefined ? resolve(join(__dirname, 'results', 'profiles')) : undefined;

const here = __dirname;
const root = resolve(here, '..');

// ---------- child process plumbing ----------

const tsxExecArgv = ['--import', 'tsx'];

interface Emulator {
	child: ChildProcess;
	url: string;
	accountId: string;
	counts: Record<string, number | undefined>;
	/** start-up times, when the child was asked to measure them (`--measure-startup=1`) */
	startup?: StartupTimes;
	call<T = unknown>(cmd: string, extra?: Json): Promise<T>;
	close(): Promise<void>;
}

async function startEmulatorChild(extraArgs: string[] = []): Promise<Emulator> {
	const child = fork(
		join(here, 'emulator-child.ts'),
		[`--max-page-size=${maxPageSize}`, ...extraArgs],
		{
			execArgv: tsxExecArgv,
			serialization: 'advanced',
			stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
			cwd: root,
		},
	);
	let seq = 0;
	const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
	const ready = new Promise<Json>((res, rej) => {
		child.on('message', (raw: unknown) => {
			const m = raw as Json;
			if (m.type === 'ready') res(m);
			else if (m.type === 'fatal') rej(new Error(`emulator failed to start: ${String(m.error)}`));
			else if (typeof m.id === 'number') {
				const p = pending.get(m.id);
				pending.delete(m.id);
				if (m.ok) p?.resolve(m.value);
				else p?.reject(new Error(String(m.error)));
			}
		});
		child.on('exit', (code) => rej(new Error(`emulator child exited with code ${code}`)));
	});
	const info = await ready;
	const call = <T>(cmd: string, extra: Json = {}) =>
		new Promise<T>((res, rej) => {
			const id = ++seq;
			pending.set(id, { resolve: res as (v: unknown) => void, reject: rej });
			child.send({ id, cmd, ...extra });
		});
	return {
		child,
		url: String(info.url),
		accountId: String(info.accountId),
		counts: info.counts as Record<string, number | undefined>,
		startup: info.startup as StartupTimes | undefined,
		call,
		close: async () => {
			try {
				await Promise.race([call('close'), new Promise((r) => setTimeout(r, 2000))]);
			} catch {
				/* already gone */
			}
			if (child.exitCode === null) child.kill('SIGKILL');
		},
	};
}

interface Stats {
	total: number;
	tokenCalls: number;
	byRoute: Record<string, number>;
	byStatus: Record<string, number>;
}

interface Measurement extends MeasureResult {
	contender: ContenderId;
	workload: WorkloadId;
	requests: number;
	dataRequests: number;
	tokenCalls: number;
	validateCalls: number;
	byStatus: Record<string, number>;
	byRoute: Record<string, number>;
	warmupNotes: string[];
	/** n8n expression evaluations per input item (Get) or for a one-page run (Return All), node contenders only */
	expressionsPerUnit?: number;
	childMs: number;
}

function authCounts(stats: Stats): { token: number; validate: number } {
	let token = 0;
	let validate = 0;
	for (const [route, n] of Object.entries(stats.byRoute ?? {})) {
		if (/\/oauth\/token\b/.test(route)) token += n;
		else if (/\/oauth\/validateAccess\b/.test(route)) validate += n;
	}
	return { token, validate };
}

async function runMeasurement(emu: Emulator, job: Job): Promise<Measurement> {
	const started = performance.now();
	const profile = profileDir && job.contender.startsWith('node');
	const profileName = `${job.workload.id}-${job.contender}-${Date.now()}.cpuprofile`;
	if (profile) mkdirSync(profileDir, { recursive: true });
	const child = fork(join(here, 'measure-child.ts'), [], {
		execArgv: profile
			? [
					...tsxExecArgv,
					'--cpu-prof',
					// a directory per run: tsx's module-hooks thread writes a profile of its own
					`--cpu-prof-dir=${join(profileDir, `${profileName}.d`)}`,
				]
			: tsxExecArgv,
		stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
		cwd: root,
	});
	let warmupNotes: string[] = [];
	let expressionsPerUnit: number | undefined;
	let profileWindow: unknown;
	try {
		const result = await new Promise<MeasureResult>((res, rej) => {
			const timer = setTimeout(
				() => rej(new Error(`timed out after ${childTimeoutMs} ms`)),
				childTimeoutMs,
			);
			child.on('message', (raw: unknown) => {
				const m = raw as Json;
				void (async () => {
					try {
						if (m.type === 'up') child.send({ type: 'job', job });
						else if (m.type === 'ready') {
							warmupNotes = (m.notes as string[]) ?? [];
							expressionsPerUnit = m.expressionsPerUnit as number | undefined;
							await emu.call('reset');
							child.send({ type: 'go' });
						} else if (m.type === 'result') {
							clearTimeout(timer);
							res(m.result as MeasureResult);
						} else if (m.type === 'fatal') {
							clearTimeout(timer);
							rej(new Error(String(m.error)));
						}
					} catch (error) {
						rej(error as Error);
					}
				})();
			});
			child.on('exit', (code) => {
				clearTimeout(timer);
				rej(new Error(`measurement child exited with code ${code} before reporting`));
			});
		});
		const stats = await emu.call<Stats>('stats');
		if (profile) {
			profileWindow = { startUs: result.hrStartUs, endUs: result.hrEndUs, wallMs: result.wallMs };
			// the timed window, so profile-summary.ts can leave out module loading and warm-up
			writeFileSync(
				join(profileDir, `${profileName}.window.json`),
				JSON.stringify({ startUs: result.hrStartUs, endUs: result.hrEndUs, wallMs: result.wallMs }),
			);
		}
		const { token, validate } = authCounts(stats);
		return {
			...result,
			contender: job.contender,
			workload: job.workload.id,
			requests: stats.total,
			dataRequests: stats.total - token - validate,
			tokenCalls: token,
			validateCalls: validate,
			byStatus: stats.byStatus ?? {},
			byRoute: stats.byRoute ?? {},
			warmupNotes,
			expressionsPerUnit,
			childMs: performance.now() - started,
		};
	} catch (error) {
		return {
			ok: false,
			error: (error as Error).message,
			wallMs: NaN,
			cpuMs: NaN,
			records: 0,
			unique: 0,
			itemErrors: 0,
			maxRssKb: NaN,
			rssBeforeKb: NaN,
			heapUsedAfterMb: NaN,
			contender: job.contender,
			workload: job.workload.id,
			requests: NaN,
			dataRequests: NaN,
			tokenCalls: NaN,
			validateCalls: NaN,
			byStatus: {},
			byRoute: {},
			warmupNotes,
			childMs: performance.now() - started,
		};
	} finally {
		if (child.exitCode === null && child.signalCode === null) {
			await new Promise<void>((res) => {
				const timer = setTimeout(() => {
					child.kill('SIGKILL');
					res();
				}, 15_000);
				child.once('exit', () => {
					clearTimeout(timer);
					res();
				});
			});
		}
		if (profile && profileWindow)
			keepMainThreadProfile(join(profileDir, `${profileName}.d`), join(profileDir, profileName));
	}
}

// ---------- helpers ----------

/** Of the profiles one process wrote (main thread, tsx hooks thread), keeps the main thread's: the largest. */
function keepMainThreadProfile(dir: string, target: string): void {
	if (!existsSync(dir)) return;
	const found = readdirSync(dir)
		.filter((f) => f.endsWith('.cpuprofile'))
		.map((f) => ({ f: join(dir, f), size: statSync(join(dir, f)).size }))
		.sort((a, b) => b.size - a.size);
	if (found.length) renameSync(found[0].f, target);
	rmSync(dir, { recursive: true, force: true });
}

const median = (xs: number[]): number => {
	const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
	if (v.length === 0) return NaN;
	const m = Math.floor(v.length / 2);
	return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
const fmtMs = (x: number) =>
	Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x.toFixed(1)) : 'n/a';
const fmtMb = (kb: number) => (Number.isFinite(kb) ? (kb / 1024).toFixed(0) : 'n/a');
const fmtX = (x: number) => (Number.isFinite(x) ? `${x.toFixed(2)}x` : 'n/a');
const fmtN = (x: number) => (Number.isFinite(x) ? String(x) : 'n/a');

/** The commit measured, with `+dirty` when the work tree has changes (so a table can be traced back). */
function revision(): string {
	try {
		const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
			cwd: root,
			encoding: 'utf8',
		}).trim();
		const dirty = execFileSync(
			'git',
			['status', '--porcelain', '--', 'nodes', 'credentials', 'test/harness', 'emulator'],
			{
				cwd: root,
				encoding: 'utf8',
			},
		).trim();
		return dirty ? `${head}+dirty` : head;
	} catch {
		return 'unknown';
	}
}

function machine(): Json {
	let cpuModel = cpus()[0]?.model ?? 'unknown';
	try {
		const m = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'));
		if (m) cpuModel = m[1].trim();
	} catch {
		/* not Linux */
	}
	return {
		node: process.version,
		cpu: cpuModel,
		cores: cpus().length,
		ramGb: Math.round(totalmem() / 1024 ** 3),
		platform: `${process.platform} ${process.arch}`,
		revision: revision(),
	};
}

function expectedTotal(emu: Emulator, w: ListWorkload): number {
	return emu.counts[w.storeKey] ?? w.seedTotal;
}

function checkRecords(m: Measurement, expected: number): string | undefined {
	if (!m.ok) return `failed: ${m.error}`;
	if (m.records !== expected) return `returned ${m.records} records, expected ${expected}`;
	if (m.unique !== m.records) return `${m.records - m.unique} duplicate records`;
	if (m.itemErrors > 0) return `${m.itemErrors} items carry an error`;
	return undefined;
}

async function fetchCustomerIds(emu: Emulator, n: number): Promise<string[]> {
	const tokens = await emu.call<{ accessToken: string }>('issueTokens');
	const ids: string[] = [];
	let pageToken: string | undefined;
	while (ids.length < n) {
		let url = `${emu.url}/api/v3/accounts/${encodeURIComponent(emu.accountId)}/customers?pageSize=${maxPageSize}`;
		if (pageToken) url += `&pageToken=${encodeURIComponent(pageToken)}`;
		const res = await fetch(url, { headers: { Authorization: `Bearer ${tokens.accessToken}` } });
		if (!res.ok)
			throw new Error(
				`listing customers for the Get workload: HTTP ${res.status} ${await res.text()}`,
			);
		const body = (await res.json()) as Json;
		for (const c of (body.customers as Json[]) ?? []) ids.push(customerIdOf(c));
		pageToken =
			typeof body.nextPageToken === 'string' && body.nextPageToken ? body.nextPageToken : undefined;
		if (!pageToken) break;
	}
	if (ids.length < n)
		throw new Error(`only ${ids.length} customers available for the Get workload`);
	return ids.slice(0, n);
}

// ---------- main ----------

interface Row {
	workload: WorkloadId;
	label: string;
	contender: ContenderId;
	contenderLabel: string;
	runs: number;
	wallMsMedian: number;
	wallMsAll: number[];
	cpuMsMedian: number;
	cpuRatioToRaw?: number;
	requests: number;
	dataRequests: number;
	tokenCalls: number;
	validateCalls: number;
	peakRssMbMedian: number;
	peakRssMbMax: number;
	ratioToRaw?: number;
	records: number;
	expected: number;
	failures: string[];
	notes: string[];
}

interface FaultRow {
	workload: WorkloadId;
	label: string;
	completed: boolean;
	records: number;
	expected: number;
	duplicates: number;
	requests: number;
	cleanRequests: number;
	extraRequests: number;
	injected5xx: number;
	injected429: number;
	tokenCalls: number;
	wallMs: number;
	error?: string;
}

async function main(): Promise<void> {
	const benchStart = performance.now();
	const mach = machine();
	const loadStart = loadavg().map((x) => x.toFixed(2));
	log(
		`bench: runs=${runs}${quick ? ' (quick)' : ''}, faults=${withFaults}, page size=${maxPageSize}; ` +
			`${mach.cpu as string}, ${mach.cores as number} cores, ${mach.ramGb as number} GB, node ${mach.node as string}`,
	);
	if (!existsSync(join(root, 'emulator', 'index.ts'))) {
		log('bench: emulator/index.ts is missing; nothing to measure against.');
		process.exit(2);
	}
	const haveHarness =
		existsSync(join(root, 'test', 'harness', 'index.ts')) ||
		existsSync(join(root, 'test', 'harness.ts'));

	const emu = await startEmulatorChild([
		'--measure-startup=1',
		...(latencyMs ? [`--latency=${latencyMs}`] : []),
	]);
	log(`bench: emulator at ${emu.url}, counts ${JSON.stringify(emu.counts)}`);
	const startup = emu.startup;
	if (startup)
		log(
			`bench: emulator start-up: first demo instance ${fmtMs(startup.firstDemoMs)} ms, next ${startup.demoMs.length} ` +
				`median ${fmtMs(median(startup.demoMs))} ms (max ${fmtMs(Math.max(...startup.demoMs))} ms), ` +
				`seed 'bench' ${fmtMs(startup.seedMs ?? NaN)} ms`,
		);
	const selected = workloads.filter((w) => !only || only.includes(w.id));
	const getIds = selected.some((w) => w.kind === 'get') ? await fetchCustomerIds(emu, 500) : [];

	const measurements: Measurement[] = [];
	const rows: Row[] = [];
	const problems: string[] = [];

	const jobFor = async (
		contender: ContenderId,
		w: Workload,
		baseUrl = emu.url,
		accountId = emu.accountId,
		e = emu,
	) => {
		const tokens = await e.call<{ accessToken: string; refreshToken: string }>('issueTokens');
		const job: Job = {
			contender,
			workload: w,
			baseUrl,
			accountId,
			accessToken: tokens.accessToken,
			refreshToken: tokens.refreshToken,
			pageSize: maxPageSize,
			ids: w.kind === 'get' ? getIds.slice(0, w.count) : undefined,
			concurrency: rawGetConcurrency,
			warmup: true,
		};
		return job;
	};

	for (const w of selected) {
		const contenders = contendersFor(w).filter((c) => haveHarness || !c.startsWith('node'));
		if (!haveHarness)
			problems.push(`${w.id}: test/harness is not there yet, node contenders skipped`);
		const expected = w.kind === 'list' ? expectedTotal(emu, w) : w.count;
		const byContender = new Map<ContenderId, Measurement[]>();
		for (let r = 0; r < runs; r++) {
			const elapsedS = (performance.now() - benchStart) / 1000;
			if (r >= 3 && elapsedS > budgetS * 0.6) {
				problems.push(
					`${w.id}: stopped after ${r} runs (time budget: ${elapsedS.toFixed(0)} s of ${budgetS} s used)`,
				);
				break;
			}
			// Interleave contenders within each round so drift hits all of them alike.
			for (const c of contenders) {
				const m = await runMeasurement(emu, await jobFor(c, w));
				measurements.push(m);
				const list = byContender.get(c) ?? [];
				list.push(m);
				byContender.set(c, list);
				const bad = checkRecords(m, expected);
				log(
					`  ${w.id.padEnd(13)} ${c.padEnd(14)} run ${r + 1}/${runs}: ${fmtMs(m.wallMs)} ms, ` +
						`CPU ${fmtMs(m.cpuMs)} ms, ${fmtN(m.requests)} req (${fmtN(m.tokenCalls)} token, ${fmtN(m.validateCalls)} validate), ` +
						`peak RSS ${fmtMb(m.maxRssKb)} MB, ${m.records} records${bad ? ` -- ${bad}` : ''}` +
						(m.warmupNotes.length ? ` [${m.warmupNotes.join('; ')}]` : ''),
				);
			}
		}
		for (const c of contenders) {
			const ms = byContender.get(c) ?? [];
			const failures = ms.map((m) => checkRecords(m, expected)).filter((x): x is string => !!x);
			const good = ms.filter((m) => !checkRecords(m, expected));
			const reqs = [...new Set(good.map((m) => m.requests))];
			const notes = [...new Set(ms.flatMap((m) => m.warmupNotes))];
			if (reqs.length > 1) notes.push(`request count varied across runs: ${reqs.join(', ')}`);
			rows.push({
				workload: w.id,
				label: w.label,
				contender: c,
				contenderLabel: contenderLabel[c],
				runs: ms.length,
				wallMsMedian: median(good.map((m) => m.wallMs)),
				wallMsAll: ms.map((m) => Math.round(m.wallMs * 10) / 10),
				cpuMsMedian: median(good.map((m) => m.cpuMs)),
				requests: median(good.map((m) => m.requests)),
				dataRequests: median(good.map((m) => m.dataRequests)),
				tokenCalls: median(good.map((m) => m.tokenCalls)),
				validateCalls: median(good.map((m) => m.validateCalls)),
				peakRssMbMedian: median(good.map((m) => m.maxRssKb)) / 1024,
				peakRssMbMax: Math.max(...good.map((m) => m.maxRssKb)) / 1024,
				records: median(ms.map((m) => m.records)),
				expected,
				failures,
				notes,
			});
			if (failures.length) problems.push(`${w.id} / ${c}: ${[...new Set(failures)].join('; ')}`);
		}
		const raw = rows.find((r) => r.workload === w.id && r.contender === 'raw');
		for (const row of rows.filter((r) => r.workload === w.id)) {
			if (raw) row.ratioToRaw = row.wallMsMedian / raw.wallMsMedian;
			if (raw) row.cpuRatioToRaw = row.cpuMsMedian / raw.cpuMsMedian;
		}
	}

	// ---------- Get with network-like latency (the one workload where concurrency is the point) ----------
	const latencyRows: Row[] = [];
	const getW = selected.find((w) => w.kind === 'get');
	if (getW && getLatencyMs > 0) {
		const emuLat = await startEmulatorChild([`--latency=${getLatencyMs}`]);
		const contenders: ContenderId[] = (
			['node', 'nodeSequential', 'raw', 'rawSequential'] as ContenderId[]
		).filter((c) => haveHarness || !c.startsWith('node'));
		const lruns = Math.min(runs, 3);
		const byC = new Map<ContenderId, Measurement[]>();
		for (let r = 0; r < lruns; r++) {
			for (const c of contenders) {
				const m = await runMeasurement(
					emuLat,
					await jobFor(c, getW, emuLat.url, emuLat.accountId, emuLat),
				);
				measurements.push({ ...m, workload: `${getW.id}@${getLatencyMs}ms` as WorkloadId });
				byC.set(c, [...(byC.get(c) ?? []), m]);
				const bad = checkRecords(m, getW.kind === 'get' ? getW.count : 0);
				log(
					`  get@${getLatencyMs}ms     ${c.padEnd(14)} run ${r + 1}/${lruns}: ${fmtMs(m.wallMs)} ms, ${fmtN(m.requests)} req` +
						(bad ? ` -- ${bad}` : ''),
				);
			}
		}
		for (const c of contenders) {
			const ms = byC.get(c) ?? [];
			const expected = getW.kind === 'get' ? getW.count : 0;
			const failures = ms.map((m) => checkRecords(m, expected)).filter((x): x is string => !!x);
			const good = ms.filter((m) => !checkRecords(m, expected));
			latencyRows.push({
				workload: getW.id,
				label: `${getW.label}, ${getLatencyMs} ms emulated latency`,
				contender: c,
				contenderLabel: contenderLabel[c],
				runs: ms.length,
				wallMsMedian: median(good.map((m) => m.wallMs)),
				wallMsAll: ms.map((m) => Math.round(m.wallMs * 10) / 10),
				cpuMsMedian: median(good.map((m) => m.cpuMs)),
				requests: median(good.map((m) => m.requests)),
				dataRequests: median(good.map((m) => m.dataRequests)),
				tokenCalls: median(good.map((m) => m.tokenCalls)),
				validateCalls: median(good.map((m) => m.validateCalls)),
				peakRssMbMedian: median(good.map((m) => m.maxRssKb)) / 1024,
				peakRssMbMax: Math.max(...good.map((m) => m.maxRssKb)) / 1024,
				records: median(ms.map((m) => m.records)),
				expected,
				failures,
				notes: [],
			});
			if (failures.length)
				problems.push(`${getW.id}@${getLatencyMs}ms / ${c}: ${[...new Set(failures)].join('; ')}`);
		}
		const raw = latencyRows.find((r) => r.contender === 'raw');
		for (const row of latencyRows) if (raw) row.ratioToRaw = row.wallMsMedian / raw.wallMsMedian;
		await emuLat.close();
	}

	// ---------- faults ----------
	const faultRows: FaultRow[] = [];
	const faultRules = [
		{ kind: '5xx', rate: 0.05, method: 'GET', path: '/api/v3/' },
		{ kind: '429', rate: 0.02, method: 'GET', path: '/api/v3/', retryAfter: 1 },
	];
	if (withFaults && haveHarness) {
		for (const w of selected.filter((x): x is ListWorkload => x.kind === 'list')) {
			const expected = expectedTotal(emu, w);
			const clean = rows.find((r) => r.workload === w.id && r.contender === 'node');
			await emu.call('setFaults', { rules: faultRules });
			const m = await runMeasurement(emu, await jobFor('node', w));
			await emu.call('setFaults', { rules: [] });
			measurements.push({ ...m, workload: `${w.id}+faults` as WorkloadId });
			const bad = checkRecords(m, expected);
			const injected5xx = Object.entries(m.byStatus)
				.filter(([s]) => /^5\d\d$/.test(s))
				.reduce((a, [, n]) => a + n, 0);
			const injected429 = m.byStatus['429'] ?? 0;
			const cleanRequests = clean?.requests ?? NaN;
			faultRows.push({
				workload: w.id,
				label: w.label,
				completed: m.ok,
				records: m.records,
				expected,
				duplicates: m.records - m.unique,
				requests: m.requests,
				cleanRequests,
				extraRequests: m.requests - cleanRequests,
				injected5xx,
				injected429,
				tokenCalls: m.tokenCalls,
				wallMs: m.wallMs,
				error: bad,
			});
			log(
				`  ${w.id.padEnd(13)} node+faults    : ${fmtMs(m.wallMs)} ms, ${fmtN(m.requests)} req ` +
					`(${injected5xx} 5xx, ${injected429} 429 injected), ${m.records} records${bad ? ` -- ${bad}` : ''}`,
			);
			if (bad) problems.push(`${w.id} with faults: ${bad}`);
		}
	}
	// ---------- trigger: what one poll costs (bench/trigger.ts); last, because it changes records ----------
	const triggerRows: TriggerRow[] =
		haveHarness && (!only || (only as string[]).includes('trigger'))
			? await runTriggerWorkload(emu, log).catch((error: Error) => {
					problems.push(`trigger: ${error.message}`);
					return [];
				})
			: [];
	await emu.close();

	// ---------- report ----------
	const lines: string[] = [];
	const p = (s = '') => lines.push(s);
	p(`## Benchmark results`);
	p();
	p(
		`Machine: ${mach.cpu as string}, ${mach.cores as number} cores, ${mach.ramGb as number} GB RAM, ${mach.platform as string}, Node ${mach.node as string}. ` +
			`Commit ${mach.revision as string}. Emulator seed \`bench\` on 127.0.0.1 in its own process, page size ${maxPageSize}, ${latencyMs} ms latency. ` +
			`Wall time is the median of ${runs} run(s), each in a fresh process after a small warm-up.`,
	);
	// (no table when only the trigger workload ran)
	if (rows.length) p();
	if (rows.length)
		p(
			'| Workload | Contender | Wall time (ms) | vs raw loop | Client CPU (ms) | CPU vs raw | Requests | Token calls | validateAccess calls | Peak RSS (MB) | Records |',
		);
	if (rows.length) p('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
	for (const r of rows) {
		p(
			`| ${r.label} | ${r.contenderLabel} | ${fmtMs(r.wallMsMedian)} | ${fmtX(r.ratioToRaw ?? NaN)} | ` +
				`${fmtMs(r.cpuMsMedian)} | ${fmtX(r.cpuRatioToRaw ?? NaN)} | ${fmtN(r.requests)} | ` +
				`${fmtN(r.tokenCalls)} | ${fmtN(r.validateCalls)} | ${Number.isFinite(r.peakRssMbMedian) ? r.peakRssMbMedian.toFixed(0) : 'n/a'} | ` +
				`${r.failures.length ? `**${r.failures.length} failed run(s)**` : `${r.records}`} |`,
		);
	}
	const exprNotes = selected
		.map((w) => {
			const m = measurements.find(
				(x) => x.workload === w.id && x.contender === 'node' && x.expressionsPerUnit !== undefined,
			);
			if (!m) return undefined;
			return `${w.label}: ${(m.expressionsPerUnit as number).toFixed(0)} ${w.kind === 'get' ? 'per input item' : 'for a one-page run'}`;
		})
		.filter((x): x is string => !!x);
	if (exprNotes.length) {
		p();
		p(
			`n8n expression evaluations by our node (counted in the warm-up; each costs a fixed setup): ${exprNotes.join('; ')}.`,
		);
	}
	if (latencyRows.length) {
		p();
		p(
			`Get of 500 customers with ${getLatencyMs} ms emulated latency per request (closer to a real network; ` +
				`median of ${Math.min(runs, 3)} run(s)):`,
		);
		p();
		p(
			'| Contender | Wall time (ms) | vs raw loop (concurrent) | Client CPU (ms) | Requests | Peak RSS (MB) |',
		);
		p('|---|---:|---:|---:|---:|---:|');
		for (const r of latencyRows) {
			p(
				`| ${r.contenderLabel} | ${fmtMs(r.wallMsMedian)} | ${fmtX(r.ratioToRaw ?? NaN)} | ${fmtMs(r.cpuMsMedian)} | ${fmtN(r.requests)} | ` +
					`${Number.isFinite(r.peakRssMbMedian) ? r.peakRssMbMedian.toFixed(0) : 'n/a'} |`,
			);
		}
	}
	if (faultRows.length) {
		p();
		p(
			'Return All with faults injected on data GETs (5% answered 503, 2% answered 429 with `Retry-After: 1`), our node, one run each:',
		);
		p();
		p(
			'| Workload | Completed | Records / expected | Duplicates | Requests | Extra requests vs clean | 5xx injected | 429 injected | Token calls | Wall time (ms) |',
		);
		p('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
		for (const f of faultRows) {
			p(
				`| ${f.label} | ${f.completed ? 'yes' : `**no**: ${f.error ?? ''}`} | ${f.records} / ${f.expected} | ${f.duplicates} | ` +
					`${fmtN(f.requests)} | ${fmtN(f.extraRequests)} | ${f.injected5xx} | ${f.injected429} | ${fmtN(f.tokenCalls)} | ${fmtMs(f.wallMs)} |`,
			);
		}
	}

	if (startup) {
		p();
		p(
			`Emulator start-up (in its own process, before the benchmark): the first demo-seed instance ${fmtMs(startup.firstDemoMs)} ms ` +
				`(loads the OpenAPI description), the next ${startup.demoMs.length} median ${fmtMs(median(startup.demoMs))} ms, ` +
				`max ${fmtMs(Math.max(...startup.demoMs))} ms; seed \`bench\` (${fmtN(emu.counts.customers ?? NaN)} customers, ` +
				`${fmtN(emu.counts.subscriptions ?? NaN)} subscriptions, ${fmtN(emu.counts.products ?? NaN)} products) ${fmtMs(startup.seedMs ?? NaN)} ms.`,
		);
	}
	const trigger = triggerReport(
		triggerRows,
		maxPageSize,
		emu.counts.subscriptions ?? 20_000,
		emu.counts.customers ?? 10_000,
	);
	if (triggerRows.length) {
		p();
		p(
			'Trigger (TD SYNNEX StreamOne Ion Trigger), one production poll at a time through n8n-core, with a valid ' +
				'access token; "no change" is the median of 3 polls:',
		);
		p();
		for (const line of trigger.lines) p(line);
	}

	// ---------- targets ----------
	interface Target {
		target: string;
		status: 'PASS' | 'FAIL' | 'N/A';
		detail: string;
	}
	const targets: Target[] = [];
	const row = (w: WorkloadId, c: ContenderId, from = rows) =>
		from.find((r) => r.workload === w && r.contender === c);
	for (const w of selected.filter((x): x is ListWorkload => x.kind === 'list')) {
		const n = row(w.id, 'node');
		const raw = row(w.id, 'raw');
		const pages = Math.ceil(expectedTotal(emu, w) / maxPageSize);
		if (!n || !Number.isFinite(n.requests)) {
			targets.push({
				target: `${w.label}: requests = pages at page size ${maxPageSize}, 0 token calls`,
				status: 'N/A',
				detail: 'node not measured',
			});
			continue;
		}
		const ok =
			n.dataRequests <= pages + (raw && raw.dataRequests > pages ? raw.dataRequests - pages : 0) &&
			n.tokenCalls === 0;
		targets.push({
			target: `${w.label}: requests = pages at page size ${maxPageSize}, 0 token calls`,
			status: ok ? 'PASS' : 'FAIL',
			detail:
				`${n.dataRequests} data requests for ${pages} pages (raw loop: ${raw ? raw.dataRequests : 'n/a'}), ` +
				`${n.tokenCalls} token calls, ${n.validateCalls} validate calls`,
		});
	}
	for (const w of selected) {
		const n = row(w.id, 'node');
		if (!n || !Number.isFinite(n.ratioToRaw ?? NaN)) {
			targets.push({
				target: `${w.label}: wall time <= 1.5x raw loop`,
				status: 'N/A',
				detail: 'not measured',
			});
			continue;
		}
		const raw = row(w.id, 'raw');
		targets.push({
			target: `${w.label}: wall time <= 1.5x raw loop`,
			status: (n.ratioToRaw as number) <= 1.5 ? 'PASS' : 'FAIL',
			detail:
				`${fmtMs(n.wallMsMedian)} ms vs ${fmtMs(raw?.wallMsMedian ?? NaN)} ms = ${fmtX(n.ratioToRaw as number)} ` +
				`(client CPU ${fmtMs(n.cpuMsMedian)} ms vs ${fmtMs(raw?.cpuMsMedian ?? NaN)} ms = ${fmtX(n.cpuRatioToRaw ?? NaN)})`,
		});
	}
	if (getW) {
		for (const [label, from] of [
			['0 ms latency', rows],
			[`${getLatencyMs} ms latency`, latencyRows],
		] as Array<[string, Row[]]>) {
			if (!from.length) continue;
			const n = row(getW.id, 'node', from);
			const seq = row(getW.id, 'nodeSequential', from);
			const rawSeq = row(getW.id, 'rawSequential', from);
			if (!n || !seq) {
				targets.push({
					target: `Get 500 items >= 3x faster than one after another (${label})`,
					status: 'N/A',
					detail: 'node not measured',
				});
				continue;
			}
			const speedup = seq.wallMsMedian / n.wallMsMedian;
			targets.push({
				target: `Get 500 items >= 3x faster than one after another (${label})`,
				status: speedup >= 3 ? 'PASS' : 'FAIL',
				detail:
					`node with 500 items ${fmtMs(n.wallMsMedian)} ms vs node run 500 times with 1 item ${fmtMs(seq.wallMsMedian)} ms = ${speedup.toFixed(1)}x` +
					(rawSeq
						? `; vs raw fetch one after another ${fmtMs(rawSeq.wallMsMedian)} ms = ${(rawSeq.wallMsMedian / n.wallMsMedian).toFixed(1)}x`
						: ''),
			});
		}
	}
	const subs = row('subscriptions', 'node');
	if (selected.some((w) => w.id === 'subscriptions')) {
		targets.push({
			target: 'Peak RSS for 20,000 subscriptions < 300 MB',
			status:
				!subs || !Number.isFinite(subs.peakRssMbMax)
					? 'N/A'
					: subs.peakRssMbMax < 300
						? 'PASS'
						: 'FAIL',
			detail: subs
				? `our node: median ${subs.peakRssMbMedian.toFixed(0)} MB, max ${subs.peakRssMbMax.toFixed(0)} MB (whole process: n8n-core, tsx, data)`
				: 'node not measured',
		});
	}
	if (withFaults) {
		for (const f of faultRows) {
			targets.push({
				target: `${f.label} with faults: completes with the exact record count`,
				status: f.completed && f.records === f.expected && f.duplicates === 0 ? 'PASS' : 'FAIL',
				detail:
					`${f.records}/${f.expected} records, ${f.duplicates} duplicates, ${f.extraRequests} extra requests` +
					(f.error ? ` (${f.error})` : ''),
			});
		}
	}
	if (startup) {
		// reported, never a test: a loaded machine is slow without anything being wrong
		const demoMax = Math.max(...startup.demoMs);
		targets.push({
			target: 'Emulator start, demo seed, after the first instance: < 100 ms',
			status: Number.isFinite(demoMax) ? (demoMax < 100 ? 'PASS' : 'FAIL') : 'N/A',
			detail: `max of ${startup.demoMs.length}: ${fmtMs(demoMax)} ms (first instance ${fmtMs(startup.firstDemoMs)} ms)`,
		});
		const seedMs = startup.seedMs ?? NaN;
		targets.push({
			target: 'Emulator start, bench seed: < 5 s',
			status: Number.isFinite(seedMs) ? (seedMs < 5000 ? 'PASS' : 'FAIL') : 'N/A',
			detail: `${fmtMs(seedMs)} ms`,
		});
	}
	if (triggerRows.length) targets.push(...(trigger.targets as Target[]));
	p();
	p('### Targets');
	p();
	p('| Target | Status | Numbers |');
	p('|---|---|---|');
	for (const t of targets) p(`| ${t.target} | ${t.status} | ${t.detail} |`);
	if (problems.length) {
		p();
		p('### Problems');
		p();
		for (const x of problems) p(`- ${x}`);
	}
	const totalS = (performance.now() - benchStart) / 1000;
	const loadEnd = loadavg().map((x) => x.toFixed(2));
	p();
	p(
		`Total benchmark time: ${totalS.toFixed(0)} s. Load average (1/5/15 min) at start ${loadStart.join(' / ')}, ` +
			`at end ${loadEnd.join(' / ')} on ${mach.cores as number} cores (anything above ~${mach.cores as number} means other work competed for the CPU).`,
	);
	process.stdout.write(`${lines.join('\n')}\n`);

	mkdirSync(dirname(outFile), { recursive: true });
	writeFileSync(
		outFile,
		JSON.stringify(
			{
				at: new Date().toISOString(),
				machine: mach,
				options: {
					runs,
					quick,
					withFaults,
					latencyMs,
					getLatencyMs,
					maxPageSize,
					rawGetConcurrency,
					faultRules,
				},
				loadAverage: { start: loadStart, end: loadEnd },
				emulatorCounts: emu.counts,
				emulatorStartup: startup,
				rows,
				latencyRows,
				faultRows,
				triggerRows,
				targets,
				problems,
				measurements,
				totalSeconds: totalS,
				markdown: lines.join('\n'),
			},
			null,
			2,
		),
	);
	log(`bench: wrote ${outFile}`);
	const crashed =
		measurements.some((m) => !m.ok) ||
		faultRows.some((f) => !!f.error) ||
		rows.some((r) => r.failures.length > 0) ||
		triggerRows.some((r) => !r.ok || r.events !== r.expectedEvents);
	process.exit(crashed ? 1 : 0);
}

main().catch((error: unknown) => {
	log(error instanceof Error ? (error.stack ?? error.message) : String(error));
	process.exit(1);
});
