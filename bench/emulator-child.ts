/* eslint-disable @n8n/community-nodes/no-restricted-globals */
// Benchmark-only child process (never published): hosts the emulator outside the measured process, driven over IPC.

/**
 * Runs the Ion emulator in its own process so its CPU and memory never count against a contender.
 * Protocol (node IPC, `serialization: 'advanced'` so RegExp fault paths survive):
 *   child -> parent  { type: 'ready', url, accountId, counts, maxPageSize, startup? }
 *   (`--measure-startup=1`: `startup` holds the emulator's start-up times, see StartupTimes)
 *   parent -> child  { id, cmd: 'reset' | 'stats' | 'setFaults' | 'issueTokens' | 'vendor' | 'close', rules?, action?, count? }
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
	vendor?: VendorLike;
	close(): Promise<void>;
}

/** emulator/vendor.ts, as far as the trigger workload uses it. */
interface VendorLike {
	changeSubscription(id: string, change: { seats: number }): unknown;
	newSubscription(customerId: string): unknown;
	newOrder(customerId: string): unknown;
	changeCustomer(id: string, change: { customerTitle: string }): unknown;
}

/**
 * Changes `count` records spread evenly over the list, as the vendor would (the trigger workload):
 * 'subscriptions' = seat changes and 10 new subscriptions, 'orders' = new orders, 'customers' = a new
 * title. Returns how many records changed or appeared.
 */
function vendorChanges(ion: EmulatorLike, action: string, count: number): number {
	const store = ion.store as { subscriptions: Map<string, { subscriptionTotalLicenses: string; customerId: string }>; customers: Map<string, unknown> };
	const vendor = ion.vendor;
	if (!vendor) throw new Error('this emulator has no vendor actions');
	const spread = <T>(list: T[], n: number) => Array.from({ length: n }, (_, i) => list[Math.floor((i * list.length) / n)]);
	const subs = [...store.subscriptions.entries()];
	if (action === 'subscriptions') {
		const created = Math.min(10, count);
		for (const [id, s] of spread(subs, count - created)) vendor.changeSubscription(id, { seats: Number(s.subscriptionTotalLicenses) + 1 });
		for (const [, s] of spread(subs, created)) vendor.newSubscription(s.customerId);
		return count;
	}
	if (action === 'orders') {
		for (const [, s] of spread(subs, count)) vendor.newOrder(s.customerId);
		return count;
	}
	if (action === 'customers') {
		for (const id of spread([...store.customers.keys()], count)) vendor.changeCustomer(id, { customerTitle: `Changed ${Date.now()}` });
		return count;
	}
	throw new Error(`unknown vendor action ${action}`);
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

/**
 * Pages through every list twice and reads a few hundred customers, so the emulator's JIT and list caches
 * are warm before the first measurement and no contender pays for a cold server.
 */
async function warmUp(ion: EmulatorLike, pageSize: number, rounds = 2): Promise<void> {
	const { accessToken } = ion.issueTokens();
	const base = `${ion.url}/api/v3/accounts/${encodeURIComponent(ion.accountId)}`;
	const get = async (path: string): Promise<AnyRecord | undefined> => {
		const res = await fetch(base + path, { headers: { Authorization: `Bearer ${accessToken}` } });
		const text = await res.text();
		return res.ok ? (JSON.parse(text) as AnyRecord) : undefined;
	};
	for (let round = 0; round < rounds; round++) {
		const ids: string[] = [];
		for (const [path, key] of [
			['/customers', 'customers'],
			['/products', 'products'],
		]) {
			let token: string | undefined;
			do {
				const body = await get(
					`${path}?pageSize=${pageSize}${token ? `&pageToken=${encodeURIComponent(token)}` : ''}`,
				);
				if (!body) break;
				if (key === 'customers' && ids.length < 500) {
					for (const c of (body.customers as AnyRecord[]) ?? [])
						ids.push(String(c.name).split('/').pop() as string);
				}
				token =
					typeof body.nextPageToken === 'string' && body.nextPageToken
						? body.nextPageToken
						: undefined;
			} while (token);
		}
		for (let offset = 0; ; offset += pageSize) {
			const body = await get(
				`/subscriptions?pagination.limit=${pageSize}&pagination.offset=${offset}`,
			);
			const items = (body?.items as unknown[]) ?? [];
			if (items.length < pageSize) break;
		}
		await Promise.all(
			ids.slice(0, 500).map(async (id) => await get(`/customers/${encodeURIComponent(id)}`)),
		);
		for (const id of ids.slice(0, 100)) await get(`/customers/${encodeURIComponent(id)}`);
	}
	ion.reset();
}

/** Start-up times in ms (what test/emulator/faults.test.ts used to assert; a test must not bound time). */
export interface StartupTimes {
	/** the first demo-seed instance in a fresh process: loads the OpenAPI file and warms the code */
	firstDemoMs: number;
	/** the next demo-seed instances (a test file starts many) */
	demoMs: number[];
	/** the benchmark's own instance with its seed (default `bench`: 10,000 customers, 20,000 subscriptions, 5,000 products) */
	seedMs?: number;
}

async function measureStartup(
	start: (opts: AnyRecord) => Promise<EmulatorLike>,
	instances = 5,
): Promise<StartupTimes> {
	const timed = async () => {
		const t = performance.now();
		const e = await start({ port: 0, seed: 'demo' });
		const ms = performance.now() - t;
		await e.close();
		return ms;
	};
	const firstDemoMs = await timed();
	const demoMs: number[] = [];
	for (let i = 0; i < instances; i++) demoMs.push(await timed());
	return { firstDemoMs, demoMs };
}

async function main(): Promise<void> {
	const maxPageSize = Number(arg('max-page-size', '100'));
	const latencyMs = Number(arg('latency', '0'));
	const seed = arg('seed', 'bench');
	// Loaded at run time so the benchmark still type-checks and reports clearly while the emulator is absent.
	const mod = (await import(emulatorPath)) as unknown as {
		startEmulator: (opts: AnyRecord) => Promise<EmulatorLike>;
	};
	const startup = arg('measure-startup', '0') === '1' ? await measureStartup(mod.startEmulator) : undefined;
	// validate: false -- request validation against the OpenAPI file is a test aid; it costs emulator CPU and
	// the benchmark checks the records it gets back instead.
	const seedStarted = performance.now();
	const ion = await mod.startEmulator({
		port: 0,
		seed,
		maxPageSize,
		latencyMs: 0,
		validate: false,
	});
	if (startup) startup.seedMs = performance.now() - seedStarted;
	if (arg('warm', '1') !== '0') await warmUp(ion, maxPageSize);
	// With latency, a second instance serves the benchmark; the code it runs is already warm.
	if (latencyMs > 0) await ion.close();
	const emu =
		latencyMs > 0
			? await mod.startEmulator({ port: 0, seed, maxPageSize, latencyMs, validate: false })
			: ion;
	const send = (msg: unknown) => process.send?.(msg);
	process.on('message', (raw: unknown) => {
		const msg = raw as { id: number; cmd: string; rules?: unknown[]; action?: string; count?: number };
		void (async () => {
			try {
				let value: unknown = null;
				switch (msg.cmd) {
					case 'reset':
						emu.reset();
						break;
					case 'stats':
						value = emu.stats();
						break;
					case 'setFaults':
						emu.setFaults(msg.rules ?? []);
						break;
					case 'issueTokens':
						value = emu.issueTokens();
						break;
					case 'vendor':
						value = vendorChanges(emu, String(msg.action), Number(msg.count));
						break;
					case 'memory':
						value = process.memoryUsage();
						break;
					case 'close':
						await emu.close();
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
		void emu.close().finally(() => process.exit(0));
	});
	send({
		type: 'ready',
		url: emu.url,
		accountId: emu.accountId,
		maxPageSize,
		latencyMs,
		counts: {
			customers: count(emu.store, 'customers'),
			subscriptions: count(emu.store, 'subscriptions'),
			products: count(emu.store, 'products'),
		},
		startup,
	});
}

main().catch((error: unknown) => {
	process.send?.({ type: 'fatal', error: (error as Error).stack ?? String(error) });
	process.exit(1);
});
