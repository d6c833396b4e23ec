/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports */
// Dev-only emulator code (never published): node:http server and request pieces shared by the Ion and Stellr emulators.
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Query } from './context';

/** Query string as an object; a repeated name becomes an array. */
export function parseQuery(search: URLSearchParams): Query {
	const out: Query = {};
	for (const [k, v] of search) {
		const prev = out[k];
		if (prev === undefined) out[k] = v;
		else out[k] = Array.isArray(prev) ? [...prev, v] : [prev, v];
	}
	return out;
}

/** The whole request body as UTF-8 text. */
export function readBody(req: IncomingMessage): Promise<string> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		req.on('error', reject);
	});
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * An emulator's HTTP server: `handle` answers every request; when it throws, the caller gets a 500
 * with `internalError(message)` as JSON, or a dropped socket once the headers went out.
 */
export function createEmulatorServer(
	handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
	internalError: (message: string) => unknown,
): Server {
	const server = createServer((req, res) => {
		handle(req, res).catch((err: unknown) => {
			if (!res.headersSent) {
				res.writeHead(500, { 'content-type': 'application/json' });
				res.end(JSON.stringify(internalError(String((err as Error)?.message ?? err))));
			} else res.destroy();
		});
	});
	server.keepAliveTimeout = 5_000;
	return server;
}

/** Listens on host:port (0 = a random free port); resolves with the server's base URL. */
export async function listen(server: Server, host: string, port: number): Promise<string> {
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => resolve());
	});
	return `http://${host}:${(server.address() as AddressInfo).port}`;
}

/** Stops the server and closes its open connections. */
export function closeServer(server: Server): Promise<void> {
	return new Promise<void>((resolve) => {
		server.close(() => resolve());
		server.closeAllConnections();
	});
}

const MAX_LOG_ENTRIES = 200_000;

/** Appends to a request log; a long-running CLI session must not grow without bound (counters are kept separately). */
export function appendToLog<T>(log: T[], entry: T): void {
	log.push(entry);
	if (log.length > MAX_LOG_ENTRIES) log.splice(0, log.length - MAX_LOG_ENTRIES * 0.9);
}

/** Requests counted by route, by status (as a string; '0' = dropped connection) and by both. */
export interface RouteCounts {
	byRoute: Record<string, number>;
	byStatus: Record<string, number>;
	/** 'ROUTE STATUS' */
	byMethodPathStatus: Record<string, number>;
}

/** Counts one request. */
export function countRequest(c: RouteCounts, route: string, status: number): void {
	const st = String(status);
	c.byRoute[route] = (c.byRoute[route] ?? 0) + 1;
	c.byStatus[st] = (c.byStatus[st] ?? 0) + 1;
	const k = `${route} ${st}`;
	c.byMethodPathStatus[k] = (c.byMethodPathStatus[k] ?? 0) + 1;
}

/** A copy of the counters that later requests do not change. */
export function copyCounts<T extends RouteCounts>(c: T): T {
	return {
		...c,
		byRoute: { ...c.byRoute },
		byStatus: { ...c.byStatus },
		byMethodPathStatus: { ...c.byMethodPathStatus },
	};
}
