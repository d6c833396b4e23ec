/* eslint-disable @n8n/community-nodes/no-restricted-imports */
// Test-only helpers for the node tests (emulator, credential, a faulty proxy on node:http); not node code.
import { createServer, request as httpRequest } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { startEmulator } from '../../emulator';
import type { Emulator } from '../../emulator';
import { CredentialStore, runNode } from '../harness';
import type { RunNodeOptions, RunNodeResult } from '../harness';

export interface Ctx {
	ion: Emulator;
	store: CredentialStore;
	run: (parameters: RunNodeOptions['parameters'], extra?: Partial<RunNodeOptions>) => Promise<RunNodeResult>;
}

export async function setup(options: Parameters<typeof startEmulator>[0] = {}): Promise<Ctx> {
	const ion = await startEmulator({ port: 0, seed: 'demo', ...options });
	const store = new CredentialStore({
		accountId: ion.accountId,
		refreshToken: ion.issueRefreshToken(),
		baseUrl: ion.url,
	});
	const run = async (parameters: RunNodeOptions['parameters'], extra: Partial<RunNodeOptions> = {}) =>
		await runNode({ parameters, store, ...extra });
	return { ion, store, run };
}

/** Data requests the node sent (token calls left out), optionally only for a route. */
export function dataRequests(ion: Emulator, route?: string) {
	return ion.log.filter((e) => !e.path.startsWith('/oauth/') && (!route || e.route === route));
}

export const rl = (value: string, mode = 'id') => ({ __rl: true, mode, value });

/** Fast retry settings for tests (waits of a few ms). */
export const fastRetry = { baseDelayMs: 5, maxAttempts: 5, maxWaitSeconds: 30 };


export interface ProxiedRequest {
	method: string;
	url: string;
	/** what the proxy did: forwarded the emulator's answer, or replaced it */
	action: 'pass' | 'fail' | 'drop';
}

/**
 * A pass-through proxy in front of the emulator that can fail one specific request (the
 * emulator's fault rules match the path only, not the query, so they cannot pick "page 3").
 * `decide` sees method and URL (with query) and the running count of matching requests.
 * 'fail' forwards the request (so Ion did process it) and answers 503 instead; 'drop' forwards it
 * and then destroys the socket.
 */
export async function startProxy(
	target: string,
	decide: (req: IncomingMessage) => 'pass' | 'fail' | 'drop',
): Promise<{ url: string; requests: ProxiedRequest[]; close: () => Promise<void> }> {
	const targetUrl = new URL(target);
	const requests: ProxiedRequest[] = [];
	const server: Server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			const action = decide(req);
			requests.push({ method: req.method ?? 'GET', url: req.url ?? '', action });
			const upstream = httpRequest(
				{
					host: targetUrl.hostname,
					port: targetUrl.port,
					method: req.method,
					path: req.url,
					headers: { ...req.headers, host: targetUrl.host },
				},
				(up) => {
					const body: Buffer[] = [];
					up.on('data', (c: Buffer) => body.push(c));
					up.on('end', () => {
						if (action === 'drop') {
							req.socket.destroy();
							return;
						}
						if (action === 'fail') {
							res.writeHead(503, { 'content-type': 'application/json' });
							res.end(
								JSON.stringify({
									error: 'UNAVAILABLE',
									message: 'proxy: service unavailable',
									code: 503,
									details: [{ requestId: 'proxy-503' }],
								}),
							);
							return;
						}
						res.writeHead(up.statusCode ?? 502, up.headers);
						res.end(Buffer.concat(body));
					});
				},
			);
			upstream.on('error', () => res.destroy());
			upstream.end(Buffer.concat(chunks));
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		requests,
		close: async () =>
			await new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
