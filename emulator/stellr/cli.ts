/* eslint-disable @n8n/community-nodes/no-restricted-globals */
// Dev-only CLI (never published): reads process.argv and writes to stdout.
import { numberArg, parseArgs } from '../cliArgs';
import { startStellrEmulator } from './index';
import type { StellrSeed } from './seed';

const USAGE = `Usage: npm run emulator:stellr -- [--port 8788] [--seed demo|bench|empty] [--latency ms] [--token-ttl seconds] [--polls n]
Starts a local StreamOne Stellr emulator and prints a client ID and secret to use with it.`;

async function main(): Promise<void> {
	const args = parseArgs(process.argv.slice(2));
	if (args.help) {
		process.stdout.write(`${USAGE}\n`);
		return;
	}
	const num = numberArg;
	const stellr = await startStellrEmulator({
		port: num(args.port, 'port') ?? 8788,
		seed: (args.seed ?? 'demo') as StellrSeed,
		latencyMs: num(args.latency, 'latency') ?? 0,
		tokenTtlSeconds: num(args['token-ttl'], 'token-ttl'),
		operations: { polls: num(args.polls, 'polls') ?? 2 },
	});
	const s = stellr.store;
	process.stdout.write(
		[
			`StreamOne Stellr emulator listening on ${stellr.url} (seed ${String(args.seed ?? 'demo')})`,
			`  customers ${s.customers.size}, subscriptions ${s.subscriptions.size}, products ${s.products.size}, invoices ${s.invoices.size}`,
			'',
			`Region:         Custom URL -> ${stellr.url}`,
			`Token URL:      ${stellr.tokenUrl}`,
			`Client ID:      ${stellr.clientId}`,
			`Client secret:  ${stellr.clientSecret}`,
			'',
			'Press Ctrl-C to stop.',
			'',
		].join('\n'),
	);
	const stop = () => {
		void stellr.close().then(() => process.exit(0));
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
	process.stderr.write(`${(err as Error)?.message ?? String(err)}\n`);
	process.exit(1);
});
