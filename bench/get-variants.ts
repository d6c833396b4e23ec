/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-dangerous-functions */
// Benchmark-only experiment (never published; forks the emulator as a child process): what in the node could make the 500-item Get cheaper.

/**
 * npx tsx bench/get-variants.ts [--items 500] [--rounds 5] [--only 0,2] [--compare REV,REV]
 *
 * Customer > Get over 500 input items (ID from `{{ $json.id }}`), in ONE process, warm, the
 * variants alternating (each round starts with the next one; a full GC before every timed run),
 * against the bench emulator in its own process. Client CPU
 * (`process.cpuUsage`) is the figure to read: it does not count the emulator and moves less than
 * wall time on a shared machine. The variants change the node's description in memory only:
 *
 * - as built: the node as it is;
 * - URL without expression: the operation's URL is a plain string with the host and account typed
 *   in (the lower bound of building it in the ID check from a per-run cache of the credential):
 *   one evaluation per item less;
 * - only Customer > Get's properties: the description keeps only the properties that operation
 *   shows (the lower bound of RoutingNode's two property walks; not a real option);
 * - every hidden property twice: renamed copies of the properties Customer > Get does not show
 *   (what one more hidden property costs);
 * - both (URL without expression, only Customer > Get's properties);
 * - with `--compare REV`: the node as built at that commit (its nodes/ and credentials/
 *   extracted by bench/trees.ts), e.g. the commit before a change, measured in the same rounds;
 * and, for reference, n8n's HTTP Request node (needs `npm run n8n:prepare`) and raw fetch.
 */
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import {
	type IDataObject,
	type INodeProperties,
	type INodeType,
	type IVersionedNodeType,
} from 'n8n-workflow';

import { CACHE_DIR, isPrepared } from '../scripts/n8n-env';
import { CredentialStore, runNode } from '../test/harness';
import { countEvaluations, shownWith } from './expressions';
import { loadHttpRequestNode } from './httpRequestNode';
import { treeOf } from './trees';

const argv = process.argv.slice(2);
const num = (name: string, fallback: number) => {
	const i = argv.indexOf(`--${name}`);
	return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const itemsCount = num('items', 500);
// With its extension and a variable specifier: under tsx an extensionless `StreamOneIon.node` resolves as a native addon.
const nodePath = '../nodes/StreamOneIon/StreamOneIon.node.ts';
const rounds = num('rounds', 5);
/** --only 0,2: run only these variants (by position in the table) */
const onlyArg = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
/** --compare a,b: the node as built at these commits, as more variants */
const compareArg = argv.includes('--compare') ? argv[argv.indexOf('--compare') + 1] : undefined;

interface Emu {
	url: string;
	accountId: string;
	tokens: { accessToken: string; refreshToken: string };
	close: () => void;
}

async function startEmulator(): Promise<Emu> {
	const child = fork(join(__dirname, 'emulator-child.ts'), [], {
		execArgv: ['--import', 'tsx'],
		serialization: 'advanced',
		stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
	});
	const ready = await new Promise<Record<string, unknown>>((resolve, reject) => {
		child.once('message', (m) => resolve(m as Record<string, unknown>));
		child.once('exit', (code) => reject(new Error(`emulator exited with ${code}`)));
	});
	const tokens = await new Promise<Emu['tokens']>((resolve) => {
		child.once('message', (m) => resolve((m as { value: Emu['tokens'] }).value));
		child.send({ id: 1, cmd: 'issueTokens' });
	});
	return {
		url: String(ready.url),
		accountId: String(ready.accountId),
		tokens,
		close: () => child.kill('SIGTERM'),
	};
}

// A full garbage collection before every timed run, so no variant pays for the garbage of the one before.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const GET = { resource: 'customer', operation: 'get' };

/** The node with its description changed in memory. */
function variant(
	base: INodeType,
	change: (properties: INodeProperties[]) => INodeProperties[],
): INodeType {
	const copy = Object.create(Object.getPrototypeOf(base) as object) as INodeType;
	Object.assign(copy, base);
	copy.description = { ...base.description, properties: change(base.description.properties) };
	return copy;
}

/** Customer > Get's URL as a plain string: no expression to evaluate. */
function constantUrl(emu: Emu) {
	return (properties: INodeProperties[]) =>
		properties.map((p) => {
			if (p.name !== 'operation' || !(p.displayOptions?.show?.resource ?? []).includes('customer'))
				return p;
			return {
				...p,
				options: (p.options as unknown as Array<IDataObject & { value: string }>).map((o) => {
					if (o.value !== 'get') return o;
					const routing = o.routing as IDataObject & { request: IDataObject };
					return {
						...o,
						routing: {
							...routing,
							request: {
								...routing.request,
								url: `${emu.url}/api/v3/accounts/${emu.accountId}/customers/{customerId}`,
							},
						},
					};
				}),
			} as unknown as INodeProperties;
		});
}

/** Only the properties Customer > Get shows (plus the resource and its operation selector). */
function onlyShown(base: INodeType) {
	return (properties: INodeProperties[]) => {
		const parameters = { ...GET, customerId: { __rl: true, mode: 'id', value: '1' } };
		return properties.filter(shownWith(base.description, parameters));
	};
}

/** Renamed copies of every property Customer > Get does not show: the cost of one more hidden property. */
function doubledHidden(base: INodeType) {
	return (properties: INodeProperties[]): INodeProperties[] => {
		const shown = new Set(onlyShown(base)(properties));
		return [
			...properties,
			...properties
				.filter((p) => !shown.has(p))
				.map((p, i) => ({ ...p, name: `${p.name}Copy${i}` })),
		];
	};
}

const median = (xs: number[]) => {
	const v = [...xs].sort((a, b) => a - b);
	const m = Math.floor(v.length / 2);
	return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};

const treesToRemove: Array<{ remove: () => void }> = [];

async function main(): Promise<void> {
	const emu = await startEmulator();
	try {
		const store = new CredentialStore({
			accountId: emu.accountId,
			refreshToken: emu.tokens.refreshToken,
			baseUrl: emu.url,
			sessionToken: emu.tokens.accessToken,
			expiresAt: new Date(Date.now() + 7_000_000).toISOString(),
		});
		const ids = Array.from({ length: itemsCount }, (_, i) => String(10001 + i));
		const items = ids.map((id) => ({ json: { id } }));
		const { StreamOneIon } = (await import(nodePath)) as { StreamOneIon: new () => INodeType };
		const base = new StreamOneIon();
		const parameters = { ...GET, customerId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } };
		const nodeRun = (nodeType: INodeType) => async () => {
			const r = await runNode({ parameters, items, store, nodeType });
			if (r.error || r.items.length !== itemsCount)
				throw new Error(`node run failed: ${r.error?.message}`);
		};
		const variants: Array<{ name: string; run: () => Promise<void>; perItem?: number }> = [
			{ name: 'as built', run: nodeRun(base) },
			{ name: 'URL without expression', run: nodeRun(variant(base, constantUrl(emu))) },
			{ name: "only Customer > Get's properties", run: nodeRun(variant(base, onlyShown(base))) },
			{
				name: 'every hidden property twice (renamed copies)',
				run: nodeRun(variant(base, doubledHidden(base))),
			},
			{
				name: 'both',
				run: nodeRun(variant(variant(base, constantUrl(emu)), onlyShown(base))),
			},
		];
		const trees = (compareArg ? compareArg.split(',') : []).map((rev) => treeOf(rev));
		treesToRemove.push(...trees);
		for (const t of trees) {
			const mod = (await import(join(t.dir, 'nodes', 'StreamOneIon', 'StreamOneIon.node.ts'))) as {
				StreamOneIon: new () => INodeType;
			};
			variants.push({ name: `as built at ${t.short}`, run: nodeRun(new mod.StreamOneIon()) });
		}
		if (isPrepared()) {
			const http: IVersionedNodeType = loadHttpRequestNode(
				join(CACHE_DIR, 'n8n', 'node_modules', 'n8n-nodes-base'),
			).nodeType;
			variants.push({
				name: "n8n's HTTP Request node (reference)",
				run: async () => {
					const r = await runNode({
						parameters: {
							method: 'GET',
							url: `=${emu.url}/api/v3/accounts/${emu.accountId}/customers/{{ $json.id }}`,
							authentication: 'predefinedCredentialType',
							nodeCredentialType: 'streamOneIonApi',
							options: {},
						},
						items,
						store,
						nodeType: http,
						nodeTypeName: 'n8n-nodes-base.httpRequest',
					});
					if (r.error || r.items.length !== itemsCount)
						throw new Error(`HTTP Request run failed: ${r.error?.message}`);
				},
			});
		}
		variants.push({
			name: 'raw fetch, all at once (reference)',
			run: async () => {
				await Promise.all(
					ids.map(async (id) => {
						const res = await fetch(`${emu.url}/api/v3/accounts/${emu.accountId}/customers/${id}`, {
							headers: { Authorization: `Bearer ${emu.tokens.accessToken}` },
						});
						await res.json();
					}),
				);
			},
		});
		if (onlyArg) {
			const keep = new Set(onlyArg.split(',').map(Number));
			for (let i = variants.length - 1; i >= 0; i--) if (!keep.has(i)) variants.splice(i, 1);
		}
		// warm-up, and the evaluations per item of each variant
		for (const v of variants) {
			await v.run();
			v.perItem = (await countEvaluations(v.run)) / itemsCount;
		}
		const cpu = new Map<string, number[]>();
		const wall = new Map<string, number[]>();
		for (let r = 0; r < rounds; r++) {
			// each round starts with another variant, so none is always first or always after the same one
			const order = variants.map((_, i) => variants[(i + r) % variants.length]);
			for (const v of order) {
				gc();
				gc();
				const c0 = process.cpuUsage();
				const t0 = performance.now();
				await v.run();
				const c = process.cpuUsage(c0);
				wall.set(v.name, [...(wall.get(v.name) ?? []), performance.now() - t0]);
				cpu.set(v.name, [...(cpu.get(v.name) ?? []), (c.user + c.system) / 1000]);
			}
		}
		const asBuilt = median(cpu.get('as built') ?? []);
		process.stdout.write(
			`Customer > Get, ${itemsCount} items, one process, median of ${rounds} rounds\n\n` +
				'| Variant | Evaluations per item | Client CPU (ms) | vs as built | Wall (ms) |\n|---|---:|---:|---:|---:|\n',
		);
		for (const v of variants) {
			const c = median(cpu.get(v.name) ?? []);
			process.stdout.write(
				`| ${v.name} | ${v.perItem?.toFixed(0)} | ${c.toFixed(0)} | ${((100 * (c - asBuilt)) / asBuilt).toFixed(0)}% | ${median(wall.get(v.name) ?? []).toFixed(0)} |\n`,
			);
		}
	} finally {
		emu.close();
		for (const t of treesToRemove) t.remove();
	}
}

main().catch((error: unknown) => {
	process.stderr.write(
		`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
	);
	process.exit(1);
});
