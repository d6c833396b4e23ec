/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports */
// Benchmark-only child process (never published): one contender on one workload, so peak RSS is its own.

/**
 * Protocol (node IPC):
 *   child -> parent  { type: 'up' }
 *   parent -> child  { type: 'job', job }
 *   child -> parent  { type: 'ready', notes }        (modules loaded, warm-up done)
 *   parent -> child  { type: 'go' }                  (after the parent reset the emulator counters)
 *   child -> parent  { type: 'result', result }
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

import { loadHttpRequestNode } from './httpRequestNode';
import {
	customerIdOf,
	httpRequestParameters,
	recordId,
	recordsDigest,
	type Job,
	type MeasureResult,
	type Workload,
} from './workloads';

type Json = Record<string, unknown>;

interface HarnessModule {
	runNode: (opts: {
		parameters: Json;
		items?: Array<{ json: Json }>;
		store: unknown;
		nodeType?: unknown;
		nodeTypeName?: string;
		continueOnFail?: boolean;
	}) => Promise<{ items: Array<{ json: Json; error?: unknown }>; error?: unknown }>;
	CredentialStore: new (data: Json) => { data: Json };
}

const send = (msg: unknown) => process.send?.(msg);

function errorText(error: unknown): string {
	if (error instanceof Error) {
		const extra = (error as { description?: string }).description;
		return `${error.name}: ${error.message}${extra ? ` (${extra})` : ''}`;
	}
	return String(error);
}

// ---------- raw fetch contenders ----------

async function getJson(url: string, token: string): Promise<Json> {
	const res = await fetch(url, {
		headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
	});
	const text = await res.text();
	if (!res.ok) throw new Error(`HTTP ${res.status} on GET ${url}: ${text.slice(0, 200)}`);
	return JSON.parse(text) as Json;
}

async function validateAccess(baseUrl: string, token: string): Promise<void> {
	const res = await fetch(`${baseUrl}/oauth/validateAccess`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
		body: new URLSearchParams({ access_token: token }).toString(),
	});
	const text = await res.text();
	if (!res.ok) throw new Error(`HTTP ${res.status} on validateAccess: ${text.slice(0, 200)}`);
	JSON.parse(text);
}

async function listRaw(
	job: Job,
	validateFirst: boolean,
	maxPages = job.workload.kind === 'list' ? (job.workload.maxPages ?? Infinity) : Infinity,
	pageSize = job.pageSize,
): Promise<Json[]> {
	const w = job.workload;
	if (w.kind !== 'list') throw new Error('not a list workload');
	const base = `${job.baseUrl}/api/v3/accounts/${encodeURIComponent(job.accountId)}${w.path}`;
	const all: Json[] = [];
	let pages = 0;
	if (w.style === 'token') {
		let pageToken: string | undefined;
		do {
			let url = `${base}?pageSize=${pageSize}`;
			if (pageToken) url += `&pageToken=${encodeURIComponent(pageToken)}`;
			if (validateFirst) await validateAccess(job.baseUrl, job.accessToken);
			const body = await getJson(url, job.accessToken);
			const items = (body[w.itemsKey] as Json[] | undefined) ?? [];
			for (const it of items) all.push(it);
			pageToken =
				typeof body.nextPageToken === 'string' && body.nextPageToken !== ''
					? body.nextPageToken
					: undefined;
			pages++;
		} while (pageToken && pages < maxPages);
	} else {
		let offset = 0;
		for (;;) {
			const url = `${base}?pagination.limit=${pageSize}&pagination.offset=${offset}`;
			if (validateFirst) await validateAccess(job.baseUrl, job.accessToken);
			const body = await getJson(url, job.accessToken);
			const items = (body[w.itemsKey] as Json[] | undefined) ?? [];
			for (const it of items) all.push(it);
			offset += items.length;
			pages++;
			const totalRaw = body.totalCount ?? (body.paginationResponse as Json | undefined)?.totalSize;
			const total = totalRaw === undefined ? NaN : Number(totalRaw);
			if (items.length === 0 || items.length < pageSize) break;
			if (Number.isFinite(total) && offset >= total) break;
			if (pages >= maxPages) break;
		}
	}
	return all;
}

async function getRaw(
	job: Job,
	ids: string[],
	concurrency: number,
	validateFirst: boolean,
): Promise<Json[]> {
	const base = `${job.baseUrl}/api/v3/accounts/${encodeURIComponent(job.accountId)}/customers/`;
	const out: Json[] = new Array<Json>(ids.length);
	const one = async (i: number) => {
		if (validateFirst) await validateAccess(job.baseUrl, job.accessToken);
		out[i] = await getJson(base + encodeURIComponent(ids[i]), job.accessToken);
	};
	const width = concurrency <= 0 ? ids.length : Math.min(concurrency, ids.length);
	let next = 0;
	const worker = async () => {
		while (next < ids.length) {
			const i = next++;
			await one(i);
		}
	};
	await Promise.all(Array.from({ length: width }, worker));
	return out;
}

// ---------- node contender ----------

// A variable specifier: the harness is built alongside the benchmark, and this keeps type-checking independent of it.
const harnessPath = '../test/harness';
const nodePath = '../nodes/StreamOneIon/StreamOneIon.node.ts';
let harness: HarnessModule | undefined;
let nodeType: unknown;
let nodeTypeName: string | undefined;
let store: unknown;

async function loadHarness(job: Job): Promise<void> {
	harness = (await import(harnessPath)) as unknown as HarnessModule;
	if (job.contender === 'httpRequest') {
		if (!job.nodesBaseDir)
			throw new Error('the HTTP Request contender needs the n8n install (nodesBaseDir)');
		// n8n's own node, from the provisioned n8n install, with our n8n-workflow/n8n-core (httpRequestNode.ts)
		nodeType = loadHttpRequestNode(job.nodesBaseDir).nodeType;
		// n8n-core lets this type name use any credential type (the predefined credential type)
		nodeTypeName = 'n8n-nodes-base.httpRequest';
	} else {
		// Loaded here with its extension: under tsx, the harness's extensionless import of `StreamOneIon.node`
		// resolves as a native `.node` addon and fails. One instance for every run, as n8n caches node types.
		const { StreamOneIon } = (await import(nodePath)) as { StreamOneIon: new () => unknown };
		nodeType = new StreamOneIon();
	}
	// The credential as a user saves it, plus an access token that is already valid, so a run needs no token call.
	const expiresAt = new Date(Date.now() + 7_000_000).toISOString();
	store = new harness.CredentialStore({
		accountId: job.accountId,
		refreshToken: job.refreshToken,
		baseUrl: job.baseUrl,
		accessToken: job.accessToken,
		// the credential's expirable field: non-empty, so n8n runs no preAuthentication
		sessionToken: job.accessToken,
		expiresAt,
	});
}

async function runNodeOnce(parameters: Json, items: Array<{ json: Json }>) {
	if (!harness) throw new Error('harness not loaded');
	return await harness.runNode({ parameters, items, store, nodeType, nodeTypeName });
}

const isErrorItem = (it: { json: Json; error?: unknown }) =>
	!!it.error || (!!it.json && 'error' in it.json && Object.keys(it.json).length <= 3);

/** The HTTP Request node's parameters for this workload (one page of `pageSize` when given). */
function httpParameters(job: Job, w: Workload, pageSize = job.pageSize): Json {
	return httpRequestParameters(w, job.baseUrl, job.accountId, pageSize);
}

/**
 * The records in the HTTP Request node's output: a Get gives one record per item; a list gives
 * one item per page (the response body), whose records are under the list's key.
 */
function httpRecords(w: Workload, items: Array<{ json: Json; error?: unknown }>): Json[] {
	if (w.kind === 'get') return items.map((it) => it.json);
	const out: Json[] = [];
	for (const it of items) {
		const page = it.json[w.itemsKey];
		if (Array.isArray(page)) for (const r of page as Json[]) out.push(r);
	}
	return out;
}

// ---------- one measurement ----------

/** Expression evaluations per input item (Get) or for a one-page run (Return All), counted in the node's warm-up. */
let expressionsPerUnit: number | undefined;

/**
 * Counts n8n expression evaluations (strings starting with '=') while `fn` runs. Only used in the
 * warm-up, so the timed run is not slowed by the wrapper.
 */
async function countExpressions(fn: () => Promise<void>): Promise<number> {
	// require, not import(): the harness loads n8n-workflow's CommonJS build, and import() may resolve its ESM build.
	const { Expression } = createRequire(__filename)('n8n-workflow') as typeof import('n8n-workflow');
	const proto = Expression.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
	const original = proto.resolveSimpleParameterValue;
	let count = 0;
	proto.resolveSimpleParameterValue = function (this: unknown, ...args: unknown[]) {
		if (typeof args[0] === 'string' && args[0].startsWith('=')) count++;
		return original.apply(this, args);
	};
	try {
		await fn();
	} finally {
		proto.resolveSimpleParameterValue = original;
	}
	return count;
}

async function prepare(job: Job): Promise<string[]> {
	const notes: string[] = [];
	const w = job.workload;
	if (
		job.contender === 'node' ||
		job.contender === 'nodeSequential' ||
		job.contender === 'httpRequest'
	)
		await loadHarness(job);
	if (!job.warmup) return notes;
	// Warm-up: the same code path on a small slice, so no contender pays first-call JIT/module costs in the timed run.
	try {
		if (job.contender === 'node' || job.contender === 'nodeSequential') {
			if (w.kind === 'list') {
				const r = await runNodeOnce({ ...w.nodeParameters, returnAll: false, limit: 5 }, [
					{ json: {} },
				]);
				if (r.error) notes.push(`warm-up error: ${errorText(r.error)}`);
				// a second, counted run: one page
				const n = await countExpressions(async () => {
					await runNodeOnce({ ...w.nodeParameters, returnAll: false, limit: 5 }, [{ json: {} }]);
				});
				expressionsPerUnit = n;
			} else {
				const ids = (job.ids ?? []).slice(0, job.contender === 'node' ? 5 : 1);
				const r = await runNodeOnce(
					w.nodeParameters,
					ids.map((id) => ({ json: { id } })),
				);
				if (r.error) notes.push(`warm-up error: ${errorText(r.error)}`);
				const n = await countExpressions(async () => {
					await runNodeOnce(
						w.nodeParameters,
						ids.map((id) => ({ json: { id } })),
					);
				});
				expressionsPerUnit = ids.length ? n / ids.length : undefined;
			}
		} else if (job.contender === 'httpRequest') {
			// one page of 5 records (a list), or 5 Gets, then the same again counted
			const small: Workload = w.kind === 'list' ? { ...w, maxPages: 1 } : w;
			const params = httpParameters(job, small, 5);
			const items =
				w.kind === 'list'
					? [{ json: {} }]
					: (job.ids ?? []).slice(0, 5).map((id) => ({ json: { id } }));
			const r = await runNodeOnce(params, items);
			if (r.error) notes.push(`warm-up error: ${errorText(r.error)}`);
			const n = await countExpressions(async () => {
				await runNodeOnce(params, items);
			});
			expressionsPerUnit = w.kind === 'list' ? n : items.length ? n / items.length : undefined;
		} else if (w.kind === 'list') {
			await listRaw(job, job.contender === 'sdk', 1, 5);
		} else {
			await getRaw(job, (job.ids ?? []).slice(0, 5), 0, job.contender === 'sdk');
		}
	} catch (error) {
		notes.push(`warm-up failed: ${errorText(error)}`);
	}
	return notes;
}

async function measure(job: Job): Promise<MeasureResult> {
	const w = job.workload;
	const rssBeforeKb = Math.round(process.memoryUsage().rss / 1024);
	let out: Array<{ json: Json; error?: unknown }> = [];
	let ok = true;
	let error: string | undefined;
	const hrStartUs = Number(process.hrtime.bigint() / 1000n);
	const t0 = performance.now();
	const cpu0 = process.cpuUsage();
	try {
		if (job.contender === 'node') {
			const items =
				w.kind === 'list' ? [{ json: {} }] : (job.ids ?? []).map((id) => ({ json: { id } }));
			const r = await runNodeOnce(w.nodeParameters, items);
			if (r.error) throw r.error;
			out = r.items;
		} else if (job.contender === 'httpRequest') {
			const items =
				w.kind === 'list' ? [{ json: {} }] : (job.ids ?? []).map((id) => ({ json: { id } }));
			const r = await runNodeOnce(httpParameters(job, w), items);
			if (r.error) throw r.error;
			out = r.items;
		} else if (job.contender === 'nodeSequential') {
			if (w.kind !== 'get') throw new Error('nodeSequential is for the Get workload');
			for (const id of job.ids ?? []) {
				const r = await runNodeOnce(w.nodeParameters, [{ json: { id } }]);
				if (r.error) throw r.error;
				for (const it of r.items) out.push(it);
			}
		} else if (w.kind === 'list') {
			out = (await listRaw(job, job.contender === 'sdk')).map((json) => ({ json }));
		} else {
			const ids = job.ids ?? [];
			const concurrency = job.contender === 'raw' ? (job.concurrency ?? 0) : 1;
			out = (await getRaw(job, ids, concurrency, job.contender === 'sdk')).map((json) => ({
				json,
			}));
		}
	} catch (e) {
		ok = false;
		error = errorText(e);
	}
	const wallMs = performance.now() - t0;
	const cpu = process.cpuUsage(cpu0);
	const hrEndUs = Number(process.hrtime.bigint() / 1000n);
	const maxRssKb = process.resourceUsage().maxRSS;
	// Checks after the timed part: count, duplicates, error items, and a fingerprint of the records.
	const itemErrors = out.filter(isErrorItem).length;
	const records = job.contender === 'httpRequest' ? httpRecords(w, out) : out.map((it) => it.json);
	const idKeys = w.kind === 'list' ? w.idKeys : ['id', 'customerId', 'name', 'uid'];
	const ids = records.map((r) =>
		w.kind === 'get' && !job.contender.startsWith('node') ? customerIdOf(r) : recordId(r, idKeys),
	);
	const digest = ok
		? recordsDigest(records, w.addedKeys, (text) =>
				createHash('sha256').update(text).digest('hex').slice(0, 16),
			)
		: undefined;
	return {
		ok,
		error,
		wallMs,
		cpuMs: (cpu.user + cpu.system) / 1000,
		records: records.length,
		unique: new Set(ids).size,
		itemErrors,
		maxRssKb,
		rssBeforeKb,
		heapUsedAfterMb: Math.round(process.memoryUsage().heapUsed / 1048576),
		digest,
		hrStartUs,
		hrEndUs,
	};
}

let job: Job | undefined;
process.on('message', (raw: unknown) => {
	const msg = raw as { type: string; job?: Job };
	void (async () => {
		try {
			if (msg.type === 'job' && msg.job) {
				job = msg.job;
				const notes = await prepare(job);
				send({ type: 'ready', notes, expressionsPerUnit });
			} else if (msg.type === 'go' && job) {
				const result = await measure(job);
				// exit on our own (not killed), so --cpu-prof can write its profile
				process.send?.({ type: 'result', result }, () => process.exit(0));
			}
		} catch (error) {
			send({ type: 'fatal', error: (error as Error).stack ?? String(error) });
			process.exit(1);
		}
	})();
});
send({ type: 'up' });
