/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/require-node-api-error */
// Browser-test services, never published: they run apt-get and chromium (child processes, files,
// env) and rethrow setup errors as they are. Debian's chromium, the emulator and a real n8n 2.41.1
// with the package installed, each started here and stopped by `stop()`.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { chromium, type BrowserContext } from 'playwright-core';

import { startEmulator, type Emulator } from '../../emulator';
import {
	CREDENTIAL_TYPE,
	createN8nInstance,
	ensureN8n,
	OWNER,
	type Log,
	type N8nInstance,
} from '../../scripts/n8n-env';

/** Debian's chromium; never a browser downloaded by a test tool. */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * The flags this machine needs (see the machine notes): no sandbox as root, no GPU, and no
 * background networking, since every connection beyond loopback is refused here. Playwright adds
 * a fresh --user-data-dir through launchPersistentContext.
 */
export const CHROMIUM_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

export const UI_CREDENTIAL_ID = 'IonUiCredential';
export const UI_CREDENTIAL_NAME = 'StreamOne Ion account';

function chromiumVersion(): string | undefined {
	if (!fs.existsSync(CHROMIUM)) return undefined;
	const r = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' });
	return r.status === 0 ? r.stdout.trim() : undefined;
}

/** Installs Debian's `chromium` with apt-get when it is missing; returns its version line. */
export function ensureChromium(log: Log): string {
	const present = chromiumVersion();
	if (present) return present;
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (!isRoot)
		throw new Error(
			`${CHROMIUM} is missing and this is not root: install it with \`sudo apt-get install chromium\``,
		);
	log('chromium is missing: apt-get install chromium (Debian package, about a minute)');
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	for (const args of [
		['update', '-qq'],
		['install', '-y', '-qq', 'chromium'],
	]) {
		const r = spawnSync('apt-get', args, {
			encoding: 'utf8',
			env,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		if (r.status !== 0)
			throw new Error(
				`apt-get ${args.join(' ')} failed (exit ${r.status}):\n${(r.stdout + r.stderr).slice(-3000)}`,
			);
	}
	const installed = chromiumVersion();
	if (!installed) throw new Error(`apt-get installed chromium, but ${CHROMIUM} --version fails`);
	return installed;
}

export interface UiStack {
	ion: Emulator;
	n8n: N8nInstance;
	context: BrowserContext;
	/** Stops the browser, n8n and the emulator, and removes their temp folders. Safe to call twice. */
	stop(): Promise<void>;
}

/**
 * Starts the emulator (demo tenant), a throwaway n8n with the built package (this repo's, or the
 * one in `packageDir`) installed as a community package and one credential imported (as `n8n import:credentials` does), creates the
 * owner, and launches chromium. Whatever started is stopped again if a later step fails.
 */
export async function startStack(log: Log, packageDir?: string): Promise<UiStack> {
	const stops: Array<() => Promise<void>> = [];
	let stopped = false;
	const stop = async () => {
		if (stopped) return;
		stopped = true;
		for (const s of stops.reverse()) {
			try {
				await s();
			} catch (error) {
				log(`while stopping: ${(error as Error).message}`);
			}
		}
	};
	try {
		await ensureN8n({ log });
		const ion = await startEmulator({ port: 0, seed: 'demo' });
		stops.push(() => ion.close());
		log(`emulator at ${ion.url} (account ${ion.accountId})`);

		const n8n = await createN8nInstance({ log, packageDir });
		stops.push(() => n8n.dispose());
		await n8n.importCredentials([
			{
				id: UI_CREDENTIAL_ID,
				name: UI_CREDENTIAL_NAME,
				type: CREDENTIAL_TYPE,
				data: { accountId: ion.accountId, refreshToken: ion.issueRefreshToken(), baseUrl: ion.url },
			},
		]);
		await n8n.start();
		await n8n.setupOwner(OWNER);
		log(`n8n at ${n8n.url} with ${n8n.installed.name}@${n8n.installed.version}`);

		const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ion-ui-chromium-'));
		stops.push(async () => fs.rmSync(profile, { recursive: true, force: true }));
		const context = await chromium.launchPersistentContext(profile, {
			executablePath: CHROMIUM,
			headless: true,
			args: CHROMIUM_FLAGS,
			viewport: { width: 1440, height: 900 },
		});
		stops.push(() => context.close());
		return { ion, n8n, context, stop };
	} catch (error) {
		await stop();
		throw error;
	}
}
