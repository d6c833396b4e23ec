/* eslint-disable @n8n/community-nodes/no-restricted-globals */
// Benchmark-only child process (never published): hosts the emulator outside the measured process, driven over IPC.

/**
 * Runs the Ion emulator in its own process so its CPU and memory never count against a contender.
 * Protocol (node IPC, `serialization: 'advanced'` so RegExp fault paths survive):
 *   child -> parent  { type: 'ready', url, accountId, counts, maxPageSize }
 *   parent -> child  { id, cmd: 'reset' | 'stats' | 'setFaults' | 'issueTokens' | 'close', rules? }
 *   child -> parent  { id, ok: true, value } | { id, ok: false, error }
 */

type AnyRecord = Record<string, unknown>;

interface EmulatorLike {
	url: string;
	accountId: string;
	stats(): AnyRecord;
	reset(): void;
	setFaults(rules: unknown[]): void;
	issueTokens(): { accessToken: string; refreshToken: string };
	store?: AnyRecord;
	close(): Promise<void>;
}

function arg(name: string, fallback: string): string {
	const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
	return hit ? hit.slice(name.length + 3) : fallback;
}

function count(store: AnyRecord | undefined, key: string): number | undefined {
	if (!store) return undefined;
	const v = store[key];
	if (Array.isArray(v)) return v.length;
	if (v instanceof Map) return v.size;
	if (v && typeof v === 'object') return Object.keys(v).length;
	return undefined;
}

const emulatorPath = '../emulator';

async function main(): Promise<void> {
	const maxPageSize = Number(arg('max-page-size', '100'));
	const latencyMs = Number(arg('latency', '0'));
	const seed = arg('seed', 'bench');
	// Loaded at run time so the benchmark still type-checks and reports clearly while the emulator is absent.
	const mod = (await import(emulatorPath)) as unknown as {
		startEmulator: (opts: AnyRecord) => Promise<EmulatorLike>;
	};
	const ion = await mod.startEmulator({ port: 0, seed, maxPageSize, latencyMs });
	const send = (msg: unknown) => process.send?.(msg);
	process.on('message', (raw: unknown) => {
		const msg = raw as { id: number; cmd: string; rules?: unknown[] };
		void (async () => {
			try {
				let value: unknown = null;
				switch (msg.cmd) {
					case 'reset':
						ion.reset();
						break;
					case 'stats':
						value = ion.stats();
						break;
					case 'setFaults':
						ion.setFaults(msg.rules ?? []);
						break;
					case 'issueTokens':
						value = ion.issueTokens();
						break;
					case 'memory':
						value = process.memoryUsage();
						break;
					case 'close':
						await ion.close();
						send({ id: msg.id, ok: true, value: null });
						process.exit(0);
						return;
					default:
						throw new Error(`unknown command ${msg.cmd}`);
				}
				send({ id: msg.id, ok: true, value });
			} catch (error) {
				send({ id: msg.id, ok: false, error: (error as Error).stack ?? String(error) });
			}
		})();
	});
	process.on('disconnect', () => {
		void ion.close().finally(() => process.exit(0));
	});
	send({
		type: 'ready',
		url: ion.url,
		accountId: ion.accountId,
		maxPageSize,
		latencyMs,
		counts: {
			customers: count(ion.store, 'customers'),
			subscriptions: count(ion.store, 'subscriptions'),
			products: count(ion.store, 'products'),
		},
	});
}

main().catch((error: unknown) => {
	process.send?.({ type: 'fatal', error: (error as Error).stack ?? String(error) });
	process.exit(1);
});
