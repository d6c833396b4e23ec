/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports */
// Benchmark-only tool (never published): summarises V8 CPU profiles written by `npm run bench -- --profile`.

/**
 * npx tsx bench/profile-summary.ts [file-or-dir ...] [--top 30] [--focus name,name] [--all]
 *
 * Prints, per profile: where the time goes by role (each sample counted once: expression
 * evaluation, RoutingNode's request building, our node's code, HTTP, ...; see `bucketOf`), self
 * time by area (n8n-core, n8n-workflow, axios, our node, harness, Node internals, GC, idle), the
 * top functions by self time, and the inclusive time of the functions that matter for a
 * declarative node (RoutingNode, expression evaluation, HTTP, postReceive...).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

interface CallFrame {
	functionName: string;
	url: string;
	lineNumber: number;
}
interface ProfileNode {
	id: number;
	callFrame: CallFrame;
	children?: number[];
}
interface Profile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
	startTime: number;
	endTime: number;
}

const argv = process.argv.slice(2);
const topN = Number(argv[argv.indexOf('--top') + 1] ?? 30) || 30;
const focusArg = argv.includes('--focus') ? argv[argv.indexOf('--focus') + 1] : undefined;
const focus = focusArg
	? focusArg.split(',')
	: [
			'processRunExecutionData',
			'runNode',
			'getParameterValue',
			'getRequestOptionsFromParameters',
			'getNodeParameter',
			'resolveSimpleParameterValue',
			'getParameterValue',
			'displayParameter',
			'getNodeParameters',
			'makeRoutingRequest',
			'makeRequest',
			'rawRoutingRequest',
			'runPostReceiveAction',
			'postReceiveAction',
			'httpRequestWithAuthentication',
			'requestWithAuthentication',
			'httpRequest',
			'invokeAxios',
			'authenticate',
			'getCredentials',
			'prepareCredentials',
			'preAuthentication',
			'structuredClone',
			'deepCopy',
			'merge',
			'parse',
			'stringify',
			'tokenList',
			'offsetList',
			'collectTokenPages',
			'collectOffsetPages',
			'withRetry',
			'runOperation',
			'paired',
			'toItems',
			'getAdditionalKeys',
			'ExecuteSingleContext',
			'resolveBaseUrl',
			'getCredentialAllowedDomains',
		];
const inputs = argv.filter(
	(a, i) => !a.startsWith('--') && !['--top', '--focus'].includes(argv[i - 1] ?? ''),
);

function files(paths: string[]): string[] {
	const out: string[] = [];
	const list = paths.length ? paths : [join(__dirname, 'results', 'profiles')];
	for (const p of list) {
		const abs = resolve(p);
		if (statSync(abs).isDirectory()) {
			for (const f of readdirSync(abs).sort())
				if (f.endsWith('.cpuprofile')) out.push(join(abs, f));
		} else out.push(abs);
	}
	return out;
}

function area(url: string, fn: string): string {
	if (fn === '(garbage collector)') return 'GC';
	if (fn === '(idle)') return 'idle (waiting for I/O)';
	if (fn === '(program)') return 'V8/native (program)';
	if (!url) return 'native/builtin';
	const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
	if (m) return m[1];
	if (url.includes('/nodes/StreamOneIon/')) return 'our node (nodes/StreamOneIon)';
	if (url.includes('/nodes/shared/')) return 'our node (nodes/shared)';
	if (url.includes('/credentials/')) return 'our credential';
	if (url.includes('/test/harness/')) return 'test harness';
	if (url.includes('/bench/')) return 'bench';
	if (url.startsWith('node:')) return 'Node.js internals';
	return url;
}

const ms = (us: number) => (us / 1000).toFixed(0);

const isOurs = (url: string) =>
	/\/nodes\/(StreamOneIon|shared)\//.test(url) ||
	(url.includes('/credentials/') && !url.includes('node_modules'));
const ROUTING_BUILD = new Set([
	'runNode',
	'resolveBaseUrl',
	'getRequestOptionsFromParameters',
	'mergeOptions',
]);
const ROUTING_RESPONSE = new Set(['postProcessResponseData', 'runPostReceiveAction']);
const HTTP_FUNCTIONS = new Set([
	'httpRequest',
	'httpRequestWithAuthentication',
	'requestWithAuthentication',
	'proxyRequestToAxios',
	'invokeAxios',
]);

/**
 * The role of one sample, from its stack (leaf first): the first rule that matches.
 * 1. GC, idle; 2. expression evaluation (any `resolveSimpleParameterValue` on the stack), split
 * by who asked: our node's code (a frame of nodes/ below it) or n8n (RoutingNode, the HTTP Request
 * node, pagination); 3. our node's own code (the leaf is in nodes/ or credentials/); 4. HTTP (an
 * n8n-core request helper on the stack, or the leaf in axios, follow-redirects or Node's
 * net/http/stream internals); 5. RoutingNode building requests (runNode, resolveBaseUrl,
 * getRequestOptionsFromParameters); 6. RoutingNode handling responses; 7. the HTTP Request
 * node's own code (n8n-nodes-base); 8. the rest of n8n-core/n8n-workflow (WorkflowExecute,
 * contexts, credentials); 9. anything else.
 */
function bucketOf(stack: CallFrame[]): string {
	const leaf = stack[0];
	if (leaf.functionName === '(garbage collector)') return 'GC';
	if (leaf.functionName === '(idle)') return 'idle (waiting for I/O)';
	const expr = stack.findIndex((f) => f.functionName === 'resolveSimpleParameterValue');
	if (expr >= 0) {
		const askedByUs = stack.slice(expr + 1).some((f) => isOurs(f.url));
		return askedByUs
			? 'expression evaluation, asked by our node (getNodeParameter)'
			: 'expression evaluation, asked by n8n';
	}
	if (isOurs(leaf.url)) return 'our node and credential code (nodes/, credentials/)';
	const httpLeaf =
		/node_modules\/(axios|follow-redirects|proxy-from-env|form-data|@n8n\/backend-network)\//.test(
			leaf.url,
		) ||
		/^node:(net|_http|http|https|internal\/streams|stream|events|zlib|dns|internal\/url|url|buffer)/.test(
			leaf.url,
		);
	if (httpLeaf || stack.some((f) => HTTP_FUNCTIONS.has(f.functionName)))
		return 'HTTP (n8n-core request helpers, axios, sockets)';
	if (stack.some((f) => ROUTING_BUILD.has(f.functionName) && f.url.includes('routing-node')))
		return 'RoutingNode: building each request (property walks)';
	if (stack.some((f) => ROUTING_RESPONSE.has(f.functionName) && f.url.includes('routing-node')))
		return 'RoutingNode: responses (postReceive)';
	if (leaf.url.includes('/n8n-nodes-base/'))
		return "the HTTP Request node's own code (n8n-nodes-base)";
	if (/node_modules\/(n8n-core|n8n-workflow|luxon|lodash|@n8n)\//.test(leaf.url))
		return 'n8n-core/n8n-workflow, the rest (execution, contexts, credentials)';
	if (leaf.url.includes('/test/harness/')) return 'test harness (credential store)';
	return 'other (microtasks, native, builtins)';
}

for (const file of files(inputs)) {
	const prof = JSON.parse(readFileSync(file, 'utf8')) as Profile;
	const byId = new Map<number, ProfileNode>();
	const parent = new Map<number, number>();
	for (const n of prof.nodes) {
		byId.set(n.id, n);
		for (const c of n.children ?? []) parent.set(c, n.id);
	}
	// Only the timed part of the run when the bench wrote its window (module loading and warm-up excluded).
	let window: { startUs: number; endUs: number } | undefined;
	if (existsSync(`${file}.window.json`) && !argv.includes('--all')) {
		window = JSON.parse(readFileSync(`${file}.window.json`, 'utf8')) as {
			startUs: number;
			endUs: number;
		};
	}
	const bucketMemo = new Map<number, string>();
	const bucket = (id: number): string => {
		let b = bucketMemo.get(id);
		if (b === undefined) {
			const stack: CallFrame[] = [];
			for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur))
				stack.push((byId.get(cur) as ProfileNode).callFrame);
			b = bucketOf(stack);
			bucketMemo.set(id, b);
		}
		return b;
	};
	const self = new Map<number, number>();
	let at = prof.startTime;
	for (let i = 0; i < prof.samples.length; i++) {
		at += prof.timeDeltas[i] ?? 0;
		if (window && (at < window.startUs || at > window.endUs)) continue;
		const dt = prof.timeDeltas[i + 1] ?? 0;
		self.set(prof.samples[i], (self.get(prof.samples[i]) ?? 0) + dt);
	}
	const total = [...self.values()].reduce((a, b) => a + b, 0);
	const byArea = new Map<string, number>();
	const byBucket = new Map<string, number>();
	const byFn = new Map<string, number>();
	const inclusive = new Map<string, number>();
	for (const [id, t] of self) {
		const n = byId.get(id) as ProfileNode;
		const { functionName, url, lineNumber } = n.callFrame;
		const a = area(url, functionName);
		byArea.set(a, (byArea.get(a) ?? 0) + t);
		const b = bucket(id);
		byBucket.set(b, (byBucket.get(b) ?? 0) + t);
		const key = `${functionName || '(anonymous)'}  ${url.replace(/^.*\/(node_modules|work\/main)\//, '')}:${lineNumber + 1}`;
		byFn.set(key, (byFn.get(key) ?? 0) + t);
		const seen = new Set<string>();
		for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
			const name = (byId.get(cur) as ProfileNode).callFrame.functionName;
			if (focus.includes(name) && !seen.has(name)) {
				seen.add(name);
				inclusive.set(name, (inclusive.get(name) ?? 0) + t);
			}
		}
	}
	const busy = total - (byArea.get('idle (waiting for I/O)') ?? 0);
	process.stdout.write(
		`\n## ${basename(file)}\n\n${window ? 'timed part only' : 'whole process'}: sampled ${ms(total)} ms, of which busy (not idle) ${ms(busy)} ms\n\n`,
	);
	process.stdout.write('Where the time goes (each sample once, by role):\n');
	for (const [b, t] of [...byBucket].sort((x, y) => y[1] - x[1])) {
		process.stdout.write(
			`  ${ms(t).padStart(7)} ms  ${((100 * t) / total).toFixed(1).padStart(5)}%  ${b}\n`,
		);
	}
	process.stdout.write('\nSelf time by area:\n');
	for (const [a, t] of [...byArea].sort((x, y) => y[1] - x[1]).slice(0, 15)) {
		process.stdout.write(
			`  ${ms(t).padStart(7)} ms  ${((100 * t) / total).toFixed(1).padStart(5)}%  ${a}\n`,
		);
	}
	process.stdout.write(`\nTop ${topN} functions by self time:\n`);
	for (const [f, t] of [...byFn].sort((x, y) => y[1] - x[1]).slice(0, topN)) {
		process.stdout.write(`  ${ms(t).padStart(7)} ms  ${f}\n`);
	}
	process.stdout.write('\nInclusive time of selected functions:\n');
	for (const [f, t] of [...inclusive].sort((x, y) => y[1] - x[1])) {
		process.stdout.write(
			`  ${ms(t).padStart(7)} ms  ${((100 * t) / total).toFixed(1).padStart(5)}%  ${f}\n`,
		);
	}
}
