/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-dangerous-functions */
// Dev tooling, never published: the one-command demo (child processes, files, env, signals).
//
//   npm run demo                 build, start the emulator (demo tenant), prepare n8n 2.41.1, import a
//                                credential and the example workflows, run the licence reconciliation
//                                headless with `n8n execute`, print the report, exit 0
//   npm run demo -- --ui         the same, then put the tenant's seats back as they were before the run
//                                and leave n8n running at http://localhost:5678 with the credential and
//                                workflows loaded, so Execute in the editor finds the same drift and
//                                places the same orders (Ctrl+C stops n8n and the emulator)
//   options: --port <n> (n8n port for --ui, default 5678), --skip-build, --keep (keep the n8n folder)
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

import { startEmulator, type Emulator } from '../emulator';
import { seatsInUseFor, withSeatsInUse, type Expected } from './demo-data';
import {
	CREDENTIAL_TYPE,
	createN8nInstance,
	ensureN8n,
	fmtDuration,
	N8N_VERSION,
	NODE_VERSION,
	OWNER,
	REPO_ROOT,
} from './n8n-env';
import {
	formatReconciliation,
	mask,
	readReconciliation,
	type RunOutput,
} from './reconciliation-report';

export const DEMO_CREDENTIAL_ID = 'IonDemoCredential';
export const DEMO_CREDENTIAL_NAME = 'StreamOne Ion account';
export const EXAMPLES_DIR = path.join(REPO_ROOT, 'examples');
export const RECONCILIATION_WORKFLOW_ID = 'IonLicenceRecon01';

const say = (line = '') => process.stdout.write(`${line}\n`);

export function exampleFiles(): string[] {
	return fs
		.readdirSync(EXAMPLES_DIR)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => path.join(EXAMPLES_DIR, f));
}

/**
 * Copies the example workflows into `dir`, with the reconciliation's Microsoft Graph stand-in
 * rebuilt from the emulator's tenant (see demo-data.ts). Returns the files and what the
 * reconciliation is expected to find.
 */
export function prepareExamples(
	ion: Emulator,
	dir: string,
): { files: string[]; expected: Expected } {
	const expected = seatsInUseFor(ion);
	fs.mkdirSync(dir, { recursive: true });
	const files = exampleFiles().map((file) => {
		let workflow = JSON.parse(fs.readFileSync(file, 'utf8')) as {
			id: string;
			nodes: Array<{ name: string; parameters: Record<string, unknown> }>;
		};
		if (workflow.id === RECONCILIATION_WORKFLOW_ID)
			workflow = withSeatsInUse(workflow, expected.table);
		const target = path.join(dir, path.basename(file));
		fs.writeFileSync(target, JSON.stringify(workflow, null, 2));
		return target;
	});
	return { files, expected };
}

/** Every subscription's seat count, so that --ui can put the tenant back after the headless run. */
export function seatsSnapshot(ion: Emulator): Map<string, string> {
	return new Map(
		[...ion.store.subscriptions.values()].map((s) => [s.id, s.subscriptionTotalLicenses]),
	);
}

/** Puts back the seats of the snapshot; returns how many subscriptions changed. */
export function restoreSeats(ion: Emulator, snapshot: Map<string, string>): number {
	let changed = 0;
	for (const [id, seats] of snapshot) {
		const s = ion.store.subscriptions.get(id);
		if (s && s.subscriptionTotalLicenses !== seats) {
			s.subscriptionTotalLicenses = seats;
			changed++;
		}
	}
	if (changed) ion.store.touch(); // the emulator's list caches key on the store version
	return changed;
}

function parseArgs(argv: string[]) {
	const args = { ui: false, port: 5678, build: true, keep: false };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--ui') args.ui = true;
		else if (a === '--skip-build') args.build = false;
		else if (a === '--keep') args.keep = true;
		else if (a === '--port') args.port = Number(argv[++i]);
		else if (a.startsWith('--port=')) args.port = Number(a.slice('--port='.length));
		else if (a === '--help' || a === '-h') {
			say('usage: npm run demo [-- --ui] [--port 5678] [--skip-build] [--keep]');
			process.exit(0);
		} else throw new Error(`unknown option ${a} (try --help)`);
	}
	if (!Number.isInteger(args.port) || args.port <= 0) throw new Error('--port needs a port number');
	return args;
}

/** `npm run build`, quiet unless it fails. */
function build(): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn('npm', ['run', 'build'], {
			cwd: REPO_ROOT,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let out = '';
		child.stdout.on('data', (c: Buffer) => (out += c.toString()));
		child.stderr.on('data', (c: Buffer) => (out += c.toString()));
		child.on('error', reject);
		child.on('close', (code) =>
			code === 0
				? resolve()
				: reject(new Error(`npm run build failed (exit ${code}):\n${out.slice(-4000)}`)),
		);
	});
}

async function step<T>(label: string, fn: () => Promise<T>, done?: (r: T) => string): Promise<T> {
	say(label);
	const started = Date.now();
	const result = await fn();
	const detail = done ? done(result) : '';
	say(
		`      done in ${fmtDuration(Date.now() - started)}${detail && !detail.startsWith('\n') ? ': ' : ''}${detail}`,
	);
	return result;
}

async function main(): Promise<void> {
	const args = parseArgs(process.argv.slice(2));
	const started = Date.now();
	say(`StreamOne Ion for n8n: demo${args.ui ? ' (--ui)' : ''}`);
	say('');

	if (args.build) await step('[1/5] Building the package (npm run build)', build);
	else say('[1/5] Building the package: skipped (--skip-build)');

	const ion = await step(
		'[2/5] Starting the StreamOne Ion emulator with the demo tenant',
		() => startEmulator({ port: 0, seed: 'demo' }),
		(e) => {
			const s = e.store;
			return `${e.url}, account ${e.accountId} (${s.customers.size} customers, ${s.subscriptions.size} subscriptions, ${s.products.size} products)`;
		},
	);

	let n8n: Awaited<ReturnType<typeof createN8nInstance>> | undefined;
	let stopping = false;
	const shutdown = async (code: number) => {
		if (stopping) return;
		stopping = true;
		try {
			await n8n?.dispose();
		} finally {
			await ion.close();
			process.exit(code);
		}
	};
	process.on('SIGINT', () => {
		say('\nStopping n8n and the emulator...');
		void shutdown(0);
	});
	process.on('SIGTERM', () => void shutdown(0));

	try {
		await step(
			`[3/5] Preparing n8n ${N8N_VERSION} on Node ${NODE_VERSION} (first time only: about 4-6 minutes and 3 GB in .cache/)`,
			() => ensureN8n({ log: (line) => say(`      ${line}`) }),
			(r) => (r.cached ? 'already cached' : 'installed and cached for the next runs'),
		);

		const refreshToken = ion.issueRefreshToken();
		let files: string[] = [];
		n8n = await step(
			`[4/5] Loading the package, a credential and ${exampleFiles().length} example workflows into a throwaway n8n`,
			async () => {
				const instance = await createN8nInstance({
					port: args.ui ? args.port : undefined,
					keep: args.keep,
				});
				// Only the refresh token, as a user starts: the node gets the access token itself.
				await instance.importCredentials([
					{
						id: DEMO_CREDENTIAL_ID,
						name: DEMO_CREDENTIAL_NAME,
						type: CREDENTIAL_TYPE,
						data: {
							accountId: ion.accountId,
							refreshToken,
							baseUrl: ion.url,
							// the v1 billing API's key pair, for the Invoice operations of the billing export
							apiKey: ion.apiKey,
							apiSecret: ion.apiSecret,
						},
					},
				]);
				files = prepareExamples(ion, path.join(instance.root, 'examples')).files;
				await instance.importWorkflowFiles(files);
				return instance;
			},
			(i) =>
				[
					'',
					`package:     ${i.installed.name}@${i.installed.version}, installed as a community package in ${i.root}/.n8n/nodes`,
					`credential:  "${DEMO_CREDENTIAL_NAME}" with a refresh token (${mask(refreshToken)}) and no access token, as a user starts; API key and secret for invoices`,
					`workflows:   ${files.map((f) => path.basename(f)).join(', ')}`,
				].join('\n      '),
		);

		const instance = n8n;
		const seatsBefore = seatsSnapshot(ion);
		const result = await step(
			'[5/5] Running the licence reconciliation headless (n8n execute)',
			() => instance.execute(RECONCILIATION_WORKFLOW_ID),
		);
		const run = result.data as RunOutput | undefined;
		if (!result.ok || !run || run.status !== 'success') {
			const error = run?.data?.resultData?.error;
			say('');
			say(
				`The workflow failed${error ? `: ${error.message ?? ''}${error.description ? ` (${error.description})` : ''}` : ''}.`,
			);
			if (!run) say(`${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
			await shutdown(1);
			return;
		}
		const stats = ion.stats();
		const report = readReconciliation(run);
		say('');
		say(formatReconciliation(report));
		say('');
		// The credential as n8n stores it now: it must hold the refresh token the emulator issued last.
		const stored = (await instance.exportCredentials()).find((c) => c.id === DEMO_CREDENTIAL_ID);
		const storedToken = stored?.data.refreshToken;
		const rotated = storedToken === ion.lastIssuedRefreshToken && storedToken !== refreshToken;
		say(
			`Ion API calls: ${stats.total}, of which ${stats.tokenCalls} token exchange${stats.tokenCalls === 1 ? '' : 's'}. ` +
				(rotated
					? `n8n saved the rotated refresh token (${mask(storedToken)}), the one Ion issued last.`
					: `WARNING: n8n holds refresh token ${mask(storedToken)}, but Ion issued ${mask(ion.lastIssuedRefreshToken)} last.`),
		);
		say(`Total time: ${fmtDuration(Date.now() - started)}`);

		if (!args.ui) {
			await shutdown(0);
			return;
		}

		// The headless run fixed the drift; put it back so that Execute in the editor shows it again.
		const restored = restoreSeats(ion, seatsBefore);
		say('');
		say(
			`Put the seats of ${restored} subscription${restored === 1 ? '' : 's'} back as they were before the run, so the editor finds the same drift.`,
		);
		say(`Starting n8n at http://localhost:${instance.port} ...`);
		await instance.start();
		await instance.setupOwner(OWNER);
		say('');
		say(`n8n ${N8N_VERSION} is running at http://localhost:${instance.port}`);
		say(`  Log in with:  ${OWNER.email}  /  ${OWNER.password}`);
		say(
			'  Workflows:    StreamOne Ion: licence reconciliation, customer onboarding, customer and catalogue export, monthly billing export, client offboarding, token keep-alive',
		);
		say(
			`  Credential:   "${DEMO_CREDENTIAL_NAME}" (points at the emulator at ${ion.url}; account ${ion.accountId})`,
		);
		say(
			'  Open "StreamOne Ion: licence reconciliation" and click "Execute workflow": it starts at "Run reconciliation",',
		);
		say(
			`  places ${report.ordersPlaced.length} UPDATE orders against the emulator and "Reconciliation report" shows what it found.`,
		);
		say('  Or add a "TD SYNNEX StreamOne Ion" node to a new workflow.');
		say('Press Ctrl+C to stop n8n and the emulator.');
		await new Promise(() => undefined); // until Ctrl+C
	} catch (error) {
		say('');
		say(`Demo failed: ${(error as Error).stack ?? String(error)}`);
		await shutdown(1);
	}
}

if (require.main === module) {
	void main();
}
