/* eslint-disable @n8n/community-nodes/no-restricted-globals */
// Dev-only CLI (never published): reads process.argv and writes to stdout.
import { numberArg, parseArgs } from './cliArgs';
import { startEmulator } from './index';
import type { SeedOption } from './seed';

const USAGE = `Usage: npm run emulator -- [--port 8787] [--seed demo|bench|empty] [--latency ms] [--account 1000] [--max-page-size 100]
Starts a local StreamOne Ion v3 emulator and prints a refresh token and an access token to use with it.`;

async function main(): Promise<void> {
	const args = parseArgs(process.argv.slice(2));
	if (args.help) {
		process.stdout.write(`${USAGE}\n`);
		return;
	}
	const num = numberArg;
	const seed = (args.seed ?? 'demo') as SeedOption;
	const started = Date.now();
	const ion = await startEmulator({
		port: num(args.port, 'port') ?? 8787,
		seed,
		latencyMs: num(args.latency, 'latency') ?? 0,
		accountId: args.account ?? '1000',
		maxPageSize: num(args['max-page-size'], 'max-page-size'),
	});
	const { accessToken, refreshToken } = ion.issueTokens();
	process.stdout.write(
		[
			`StreamOne Ion emulator listening on ${ion.url} (seed ${String(args.seed ?? 'demo')}, started in ${Date.now() - started} ms)`,
			`  customers ${ion.store.customers.size}, subscriptions ${ion.store.subscriptions.size}, products ${ion.store.products.size}, orders ${ion.store.orders.size}`,
			'',
			`Base URL:       ${ion.url}`,
			`Account ID:     ${ion.accountId}`,
			`Refresh token:  ${refreshToken}`,
			`Access token:   ${accessToken}`,
			'',
			'Refresh tokens are single-use: after the first exchange, use the one /oauth/token returns.',
			'Press Ctrl-C to stop.',
			'',
		].join('\n'),
	);
	const stop = () => {
		void ion.close().then(() => process.exit(0));
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
	process.stderr.write(`${(err as Error)?.message ?? String(err)}\n`);
	process.exit(1);
});
