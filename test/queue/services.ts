/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-dangerous-functions */
// Dev tooling, never published: PostgreSQL and Redis from Debian's packages for `npm run test:queue`,
// each started as its own process on a free loopback port in a temp folder and stopped afterwards
// (child processes, files, timers). Never a system service: package installs run with a
// policy-rc.d that forbids starting services, and nothing here touches a running one.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

import { freePort, sleep } from '../../scripts/n8n-env';

export type Log = (line: string) => void;

export interface Service {
	port: number;
	stop: () => Promise<void>;
}

const isRoot = () => process.getuid?.() === 0;

/** The newest PostgreSQL server binaries Debian installed, if any. */
function postgresBinDir(): string | undefined {
	const root = '/usr/lib/postgresql';
	if (!fs.existsSync(root)) return undefined;
	const versions = fs
		.readdirSync(root)
		.filter((v) => fs.existsSync(path.join(root, v, 'bin', 'postgres')))
		.sort((a, b) => Number(b) - Number(a));
	return versions.length ? path.join(root, versions[0], 'bin') : undefined;
}

function hasCommand(name: string): boolean {
	return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** apt-get install, with services kept from starting (policy-rc.d) while it runs. */
function aptInstall(packages: string[], log: Log): void {
	if (!isRoot()) {
		throw new Error(
			`missing ${packages.join(', ')}: install with \`sudo apt-get install -y ${packages.join(' ')}\``,
		);
	}
	log(`installing ${packages.join(', ')} with apt-get (Debian packages; services are not started)`);
	const guard = '/usr/sbin/policy-rc.d';
	const ownGuard = !fs.existsSync(guard);
	if (ownGuard)
		fs.writeFileSync(
			guard,
			'#!/bin/sh\n# test:queue: do not start services while installing\nexit 101\n',
			{ mode: 0o755 },
		);
	try {
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		const install = () =>
			spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], {
				env,
				encoding: 'utf8',
			});
		let r = install();
		if (r.status !== 0) {
			spawnSync('apt-get', ['update'], { env, stdio: 'ignore' });
			r = install();
		}
		if (r.status !== 0)
			throw new Error(
				`apt-get install ${packages.join(' ')} failed:\n${(r.stdout + r.stderr).slice(-3000)}`,
			);
	} finally {
		if (ownGuard) fs.rmSync(guard, { force: true });
	}
}

/** Makes sure Debian's PostgreSQL server and Redis are installed. */
export function ensurePackages(log: Log): void {
	const missing = [];
	if (!postgresBinDir()) missing.push('postgresql');
	if (!hasCommand('redis-server')) missing.push('redis-server');
	if (missing.length) aptInstall(missing, log);
	if (!postgresBinDir() || !hasCommand('redis-server'))
		throw new Error('PostgreSQL or Redis is still missing');
}

/** Runs a process as the `postgres` user when we are root (PostgreSQL refuses to run as root). */
function asPostgres(bin: string, args: string[]): [string, string[]] {
	return isRoot() ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
}

function collectOutput(child: ChildProcess): () => string {
	let out = '';
	const keep = (c: Buffer) => (out = (out + c.toString()).slice(-8000));
	child.stdout?.on('data', keep);
	child.stderr?.on('data', keep);
	return () => out;
}

async function waitUntil(
	what: string,
	check: () => Promise<boolean> | boolean,
	child: ChildProcess,
	output: () => string,
): Promise<void> {
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`${what} exited ${child.exitCode}:\n${output()}`);
		if (await check()) return;
		await sleep(200);
	}
	throw new Error(`${what} did not start in 60 s:\n${output()}`);
}

async function stopChild(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise((resolve) => child.once('exit', resolve));
	child.kill('SIGTERM');
	const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
	await exited;
	clearTimeout(timer);
}

export interface Postgres extends Service {
	/** Runs SQL with psql on the `n8n` database and returns its unaligned output. */
	query: (sql: string) => string;
}

/** A throwaway PostgreSQL cluster (trust auth, no fsync) with a database `n8n`. */
export async function startPostgres(log: Log): Promise<Postgres> {
	const bin = postgresBinDir() as string;
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ion-queue-pg-'));
	fs.chmodSync(dir, 0o700);
	if (isRoot()) spawnSync('chown', ['-R', 'postgres:postgres', dir]);
	const data = path.join(dir, 'data');
	const [initCmd, initArgs] = asPostgres(path.join(bin, 'initdb'), [
		'-D',
		data,
		'-A',
		'trust',
		'-U',
		'postgres',
		'-E',
		'UTF8',
		'--no-sync',
	]);
	const init = spawnSync(initCmd, initArgs, { encoding: 'utf8' });
	if (init.status !== 0) throw new Error(`initdb failed:\n${init.stdout}${init.stderr}`);
	const port = await freePort();
	const settings = [
		'listen_addresses=127.0.0.1',
		`unix_socket_directories=${dir}`,
		'fsync=off',
		'synchronous_commit=off',
		'full_page_writes=off',
		'max_connections=200',
	];
	const [cmd, args] = asPostgres(path.join(bin, 'postgres'), [
		'-D',
		data,
		'-p',
		String(port),
		...settings.flatMap((s) => ['-c', s]),
	]);
	const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
	const output = collectOutput(child);
	const psql = (sql: string, db = 'n8n') =>
		spawnSync(
			path.join(bin, 'psql'),
			[
				'-h',
				'127.0.0.1',
				'-p',
				String(port),
				'-U',
				'postgres',
				'-d',
				db,
				'-At',
				'-v',
				'ON_ERROR_STOP=1',
				'-c',
				sql,
			],
			{
				encoding: 'utf8',
			},
		);
	await waitUntil('postgres', () => psql('select 1', 'postgres').status === 0, child, output);
	const created = psql('create database n8n', 'postgres');
	if (created.status !== 0) throw new Error(`create database failed: ${created.stderr}`);
	log(
		`PostgreSQL ${path.basename(path.dirname(bin))} on 127.0.0.1:${port} (pid ${child.pid}, ${isRoot() ? 'as user postgres' : 'as this user'})`,
	);
	return {
		port,
		query(sql: string): string {
			const r = psql(sql);
			if (r.status !== 0) throw new Error(`psql failed: ${r.stderr}`);
			return r.stdout.trim();
		},
		async stop() {
			const [stopCmd, stopArgs] = asPostgres(path.join(bin, 'pg_ctl'), [
				'-D',
				data,
				'stop',
				'-m',
				'fast',
				'-w',
			]);
			spawnSync(stopCmd, stopArgs, { stdio: 'ignore', timeout: 30_000 });
			await stopChild(child);
			fs.rmSync(dir, { recursive: true, force: true });
		},
	};
}

function redisPing(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = net.connect(port, '127.0.0.1');
		let answer = '';
		socket.setTimeout(1000);
		socket.on('connect', () => socket.write('PING\r\n'));
		socket.on('data', (c) => {
			answer += c.toString();
			if (answer.includes('\r\n')) socket.end();
		});
		socket.on('close', () => resolve(answer.startsWith('+PONG')));
		socket.on('error', () => resolve(false));
		socket.on('timeout', () => socket.destroy());
	});
}

/** A throwaway Redis on a free loopback port, no persistence. */
export async function startRedis(log: Log): Promise<Service> {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ion-queue-redis-'));
	const port = await freePort();
	const child = spawn(
		'redis-server',
		[
			'--port',
			String(port),
			'--bind',
			'127.0.0.1',
			'--save',
			'',
			'--appendonly',
			'no',
			'--dir',
			dir,
		],
		{
			stdio: ['ignore', 'pipe', 'pipe'],
		},
	);
	const output = collectOutput(child);
	await waitUntil('redis-server', () => redisPing(port), child, output);
	log(`Redis on 127.0.0.1:${port} (pid ${child.pid})`);
	return {
		port,
		async stop() {
			await stopChild(child);
			fs.rmSync(dir, { recursive: true, force: true });
		},
	};
}
