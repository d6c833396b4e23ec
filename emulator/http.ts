/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports */
// Dev-only emulator code (never published): node:http request pieces shared by the Ion and Stellr emulators.
import type { IncomingMessage } from 'node:http';

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
