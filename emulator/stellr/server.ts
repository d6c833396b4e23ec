/* eslint-disable @n8n/community-nodes/no-restricted-imports */
// Dev-only emulator code (never published): a node:http server with timers and sockets.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

import { FaultInjector } from '../faults';
import type { FaultRule } from '../faults';
import {
	appendToLog,
	closeServer,
	copyCounts,
	countRequest,
	createEmulatorServer,
	listen,
	parseQuery,
	readBody,
	sleep,
} from '../http';
import type { RouteCounts } from '../http';
import { createRng } from '../prng';
import type { Rng } from '../prng';
import type { Query } from '../context';
import { ClientRegistry } from './auth';
import type { Client } from './auth';
import { StellrError, errorBody } from './envelope';
import type { Result } from './envelope';
import { Operations } from './operations';
import type { OperationTiming } from './operations';
import { Router } from './router';
import { STELLR_ROUTES } from './routes';
import { seedStore } from './seed';
import type { StellrSeed } from './seed';
import { StellrStore } from './store';

/** Path of the token endpoint on the emulator (the path of the credential's default token URL). */
export const STELLR_SSO_PATH = '/oauth2/v1/token';
const TOKEN_ROUTE = `POST ${STELLR_SSO_PATH}`;

export interface StellrEmulatorOptions {
	/** 0 = random free port on 127.0.0.1 */
	port?: number;
	host?: string;
	seed?: StellrSeed;
	/** PRNG seed for data and fault choices */
	randomSeed?: number;
	/** access-token lifetime, sent as `expires_in` (default 3600, G2) */
	tokenTtlSeconds?: number;
	/** largest accepted pageSize (default 200, G5) */
	maxPageSize?: number;
	/** added to every request */
	latencyMs?: number;
	/** when an operation finishes (default: on its 2nd GET) */
	operations?: OperationTiming;
}

/** A fault rule, applied before the request is handled (default) or after it changed the data. */
export type StellrFaultRule = FaultRule & { when?: 'before' | 'after' };

export interface StellrLogEntry {
	method: string;
	path: string;
	/** 'METHOD /path/{template}', 'POST /oauth2/v1/token' or 'METHOD <unmatched>' */
	route: string;
	query: Query;
	/** HTTP status, or 0 when the connection was dropped */
	status: number;
	/** parsed request body; never recorded for the token endpoint */
	body?: unknown;
	at: number;
	ms: number;
	requestId: string;
	fault?: string;
}

/** byRoute, byStatus and byMethodPathStatus ('METHOD /path/{template} STATUS') from emulator/http.ts */
export interface StellrStats extends RouteCounts {
	total: number;
	tokenCalls: number;
}

function emptyStats(): StellrStats {
	return { total: 0, tokenCalls: 0, byRoute: {}, byStatus: {}, byMethodPathStatus: {} };
}

export class StellrEmulator {
	readonly store = new StellrStore();
	readonly log: StellrLogEntry[] = [];
	url = '';
	/** the client every test can use; `issueClient()` makes more */
	readonly clientId: string;
	readonly clientSecret: string;
	private readonly clients: ClientRegistry;
	private readonly ops: Operations;
	private readonly router = new Router(STELLR_ROUTES);
	private readonly before: FaultInjector;
	private readonly after: FaultInjector;
	private readonly rng: Rng;
	private readonly server: Server;
	private counters = emptyStats();

	constructor(private readonly opts: StellrEmulatorOptions = {}) {
		const seed = opts.randomSeed ?? 20240601;
		this.rng = createRng(seed ^ 0x57e1);
		seedStore(this.store, opts.seed ?? 'demo', seed, Date.now());
		this.clients = new ClientRegistry((opts.tokenTtlSeconds ?? 3600) * 1000);
		const client = this.clients.issueClient();
		this.clientId = client.clientId;
		this.clientSecret = client.clientSecret;
		this.ops = new Operations(this.store, this.rng, Date.now, opts.operations ?? { polls: 2 });
		this.before = new FaultInjector(seed ^ 0xfa17);
		this.after = new FaultInjector(seed ^ 0xafe7);
		this.server = createEmulatorServer(
			(req, res) => this.handle(req, res),
			(message) => errorBody('emulator', 'INTERNAL_ERROR', message),
		);
	}

	async listen(): Promise<this> {
		this.url = await listen(this.server, this.opts.host ?? '127.0.0.1', this.opts.port ?? 0);
		return this;
	}

	async close(): Promise<void> {
		await closeServer(this.server);
	}

	/** The emulator's token URL, for the credential's Token URL field. */
	get tokenUrl(): string {
		return `${this.url}${STELLR_SSO_PATH}`;
	}

	/** The 35 route keys ('METHOD /path/{template}'). */
	get routes(): string[] {
		return this.router.keys;
	}

	/** Another client; with `activeAfterMs` its token requests fail until then (new credentials). */
	issueClient(activeAfterMs = 0): Pick<Client, 'clientId' | 'clientSecret'> {
		const { clientId, clientSecret } = this.clients.issueClient(activeAfterMs);
		return { clientId, clientSecret };
	}

	/** Every access token issued so far is refused with 401 from now on. */
	revokeAccessTokens(): void {
		this.clients.revokeAccessTokens();
	}

	/** Lifetime of tokens issued from now on. */
	setTokenTtlSeconds(seconds: number): void {
		this.clients.setTokenTtlMs(seconds * 1000);
	}

	setOperationTiming(timing: OperationTiming): void {
		this.ops.setTiming(timing);
	}

	/** Finishes every pending operation now; returns how many there were. */
	completeOperations(): number {
		return this.ops.completeAll();
	}

	get pendingOperations(): number {
		return this.ops.pendingCount;
	}

	setFaults(rules: StellrFaultRule[]): void {
		for (const r of rules) {
			if (r.when === 'after' && r.kind === '429')
				throw new Error("a 429 says the request was not processed: it cannot come 'after'");
		}
		this.before.set(rules.filter((r) => (r.when ?? 'before') === 'before'));
		this.after.set(rules.filter((r) => r.when === 'after'));
	}

	stats(): StellrStats {
		return copyCounts(this.counters);
	}

	/** Clears the log and the counters (not the data). */
	reset(): void {
		this.log.length = 0;
		this.counters = emptyStats();
	}

	private record(entry: StellrLogEntry): void {
		appendToLog(this.log, entry);
		const c = this.counters;
		c.total++;
		if (entry.route === TOKEN_ROUTE) c.tokenCalls++;
		countRequest(c, entry.route, entry.status);
	}

	private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const at = Date.now();
		const method = (req.method ?? 'GET').toUpperCase();
		const url = new URL(req.url ?? '/', 'http://emulator');
		const path = url.pathname;
		const query = parseQuery(url.searchParams);
		const rawBody = await readBody(req);
		const requestId = randomUUID();
		const isToken = path === STELLR_SSO_PATH;
		const match = isToken ? undefined : this.router.match(method, path);
		const route = isToken
			? `${method} ${path}`
			: match?.kind === 'found'
				? match.key
				: `${method} <unmatched>`;
		const entry: StellrLogEntry = {
			method,
			path,
			route,
			query: isToken ? {} : query,
			status: 0,
			at,
			ms: 0,
			requestId,
		};

		const send = (result: Result) => {
			entry.status = result.status;
			entry.ms = Date.now() - at;
			this.record(entry);
			const payload = result.body === undefined ? '' : JSON.stringify(result.body);
			res.writeHead(result.status, {
				...(payload ? { 'content-type': 'application/json' } : {}),
				'x-request-id': requestId,
				...result.headers,
			});
			res.end(payload);
		};
		const fail = (
			status: number,
			code: string,
			message: string,
			headers?: Record<string, string>,
		) => send({ status, body: errorBody(requestId, code, message), headers });
		const drop = () => {
			entry.fault = 'drop';
			entry.ms = Date.now() - at;
			this.record(entry);
			req.socket.destroy();
		};

		// faults and latency first: they model the network and the gateway in front of Stellr
		const decision = this.before.decide(method, path);
		const delay = (this.opts.latencyMs ?? 0) + decision.delayMs;
		if (delay > 0) await sleep(delay);
		if (decision.kind === 'drop') return drop();
		if (decision.kind === '429') {
			entry.fault = '429';
			const headers: Record<string, string> = {};
			if (decision.retryAfter !== undefined) headers['retry-after'] = String(decision.retryAfter);
			return fail(429, 'TOO_MANY_REQUESTS', 'Rate limit exceeded, retry later', headers);
		}
		if (decision.kind === '5xx') {
			entry.fault = String(decision.status);
			return fail(
				decision.status,
				decision.status === 500 ? 'INTERNAL_SERVER_ERROR' : 'SERVICE_UNAVAILABLE',
				'The service is temporarily unavailable',
			);
		}

		if (isToken) {
			if (method !== 'POST')
				return fail(405, 'METHOD_NOT_ALLOWED', `${method} is not allowed on ${path}`, {
					allow: 'POST',
				});
			const form = new URLSearchParams(rawBody);
			const answer = this.clients.token(form, req.headers.authorization);
			return send({
				status: answer.status,
				body: answer.body,
				headers: { 'cache-control': 'no-store' },
			});
		}

		const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
		const tokenState = bearer ? this.clients.checkBearer(bearer[1]) : 'missing';
		if (tokenState !== 'ok') {
			const why =
				tokenState === 'expired'
					? 'The access token has expired'
					: tokenState === 'missing'
						? 'An access token is required'
						: 'The access token is not valid';
			return fail(401, 'UNAUTHORIZED', why, { 'www-authenticate': 'Bearer error="invalid_token"' });
		}
		if (!match || match.kind === 'none')
			return fail(404, 'RESOURCE_NOT_FOUND', `no route for ${method} ${path}`);
		if (match.kind === 'method')
			return fail(405, 'METHOD_NOT_ALLOWED', `${method} is not allowed on ${path}`, {
				allow: match.allowed.join(', '),
			});

		let body: unknown;
		if (rawBody.trim()) {
			try {
				body = JSON.parse(rawBody);
			} catch {
				return fail(400, 'INVALID_PARAMETER', 'body: is not valid JSON');
			}
			entry.body = body;
		}

		let result: Result;
		try {
			result = match.handler({
				method,
				path,
				params: match.params,
				query,
				body,
				store: this.store,
				ops: this.ops,
				rng: this.rng,
				now: Date.now,
				requestId,
				maxPageSize: this.opts.maxPageSize ?? 200,
			});
		} catch (err) {
			if (err instanceof StellrError)
				result = {
					status: err.status,
					body: errorBody(requestId, err.code, err.message, err.errors),
				};
			else
				result = {
					status: 500,
					body: errorBody(
						requestId,
						'INTERNAL_SERVER_ERROR',
						`emulator bug: ${(err as Error)?.message ?? String(err)}`,
					),
				};
		}

		// after-faults: the change above has happened, but the caller never hears about it
		const afterFault = this.after.decide(method, path);
		if (afterFault.delayMs > 0) await sleep(afterFault.delayMs);
		if (afterFault.kind === 'drop') return drop();
		if (afterFault.kind === '5xx') {
			entry.fault = `${afterFault.status} after`;
			return fail(afterFault.status, 'GATEWAY_TIMEOUT', 'The service did not answer in time');
		}
		send(result);
	}
}
