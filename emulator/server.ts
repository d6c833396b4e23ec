/* eslint-disable @n8n/community-nodes/no-restricted-imports */
// Dev-only emulator code (never published): a node:http server with timers and sockets.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

import { TokenStore } from './auth';
import type { HandlerContext, HandlerResult, Query, RouteTable } from './context';
import { IonError, ionErrorBody } from './errors';
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
} from './http';
import type { RouteCounts } from './http';
import { FaultInjector } from './faults';
import type { FaultRule } from './faults';
import { ListCache } from './pagination';
import { createRng } from './prng';
import type { Rng } from './prng';
import { provisioningErrorBody, ROUTES } from './routes';
import { generateSeed, resolveSizes } from './seed';
import type { SeedOption } from './seed';
import { loadSpec, matchOperation, validateRequest } from './spec';
import { Store } from './store';
import { VendorActions } from './vendor';
import { V1Billing } from './v1';

export interface EmulatorOptions {
	/** 0 = random free port on 127.0.0.1 */
	port?: number;
	host?: string;
	seed?: SeedOption;
	accountId?: string;
	accessTokenTtlMs?: number;
	refreshTokenTtlMs?: number;
	/** server-side cap for pageSize and pagination.limit (a documented guess; default 100) */
	maxPageSize?: number;
	/** added to every request */
	latencyMs?: number;
	/** seed of the PRNG used for data and fault choices */
	randomSeed?: number;
	/** validate requests against the OpenAPI description (default true) */
	validate?: boolean;
	/**
	 * Simulate refresh-token reuse detection: a spent refresh token presented again revokes every
	 * token minted from it (not Ion's documented behaviour; for `test:queue --revoke-on-reuse`).
	 */
	revokeChainOnReuse?: boolean;
	/** the v1 billing API's key and secret (emulator/v1.ts; default: random per instance) */
	apiKey?: string;
	apiSecret?: string;
}

export interface LogEntry {
	method: string;
	path: string;
	/** 'METHOD /spec/path/{template}', or 'METHOD <unmatched>' */
	route: string;
	query: Query;
	/** HTTP status, or 0 when the connection was dropped */
	status: number;
	/** parsed request body; never recorded for /oauth calls */
	body?: unknown;
	/** epoch ms when the request arrived */
	at: number;
	ms: number;
	requestId: string;
	fault?: string;
}

/** byRoute, byStatus and byMethodPathStatus ('METHOD /spec/path/{template} STATUS') from emulator/http.ts */
export interface EmulatorStats extends RouteCounts {
	total: number;
	tokenCalls: number;
	validateAccessCalls: number;
}

/** The account id that answers 404 instead of 403, so credential tests can exercise both. */
export const UNKNOWN_ACCOUNT_ID = '404404';

const TOKEN_ROUTE = 'POST /oauth/token';
const VALIDATE_ROUTE = 'POST /oauth/validateAccess';

export class Emulator {
	readonly accountId: string;
	readonly store: Store;
	readonly log: LogEntry[] = [];
	/** Changes made outside the API, as the vendor would make them (emulator/vendor.ts): for trigger tests. */
	readonly vendor: VendorActions;
	url = '';
	private readonly tokens: TokenStore;
	private readonly faults: FaultInjector;
	private readonly server: Server;
	private readonly cache = new ListCache();
	private readonly rng: Rng;
	private readonly maxPageSize: number;
	private readonly latencyMs: number;
	private readonly validate: boolean;
	private readonly accessTtlMs: number;
	private counters: EmulatorStats = Emulator.emptyStats();
	private requestSeq = 0;
	private readonly routes: RouteTable = ROUTES;
	/** Ion's v1 billing API (invoices), outside the OpenAPI file: emulator/v1.ts. */
	readonly v1: V1Billing;

	constructor(private readonly opts: EmulatorOptions = {}) {
		this.accountId = opts.accountId ?? '1000';
		this.maxPageSize = opts.maxPageSize ?? 100;
		this.latencyMs = opts.latencyMs ?? 0;
		this.validate = opts.validate ?? true;
		const seed = opts.randomSeed ?? 20240115;
		this.rng = createRng(seed ^ 0x5eed);
		this.store = new Store(this.accountId, generateSeed(this.accountId, resolveSizes(opts.seed), seed));
		this.vendor = new VendorActions(this.store, this.accountId, this.rng);
		this.accessTtlMs = opts.accessTokenTtlMs ?? 7_200_000;
		this.tokens = new TokenStore(this.accessTtlMs, opts.refreshTokenTtlMs ?? 32 * 86_400_000);
		this.tokens.revokeChainOnReuse = opts.revokeChainOnReuse ?? false;
		this.faults = new FaultInjector(seed ^ 0xfa17);
		this.v1 = new V1Billing(this.store, () => this.url, this.maxPageSize, Date.now(), opts);
		this.server = createEmulatorServer(
			(req, res) => this.handle(req, res),
			(message) => ionErrorBody(500, 'INTERNAL_ERROR', message, 'emulator'),
		);
	}

	private static emptyStats(): EmulatorStats {
		return { total: 0, tokenCalls: 0, validateAccessCalls: 0, byRoute: {}, byStatus: {}, byMethodPathStatus: {} };
	}

	async listen(): Promise<this> {
		this.url = await listen(this.server, this.opts.host ?? '127.0.0.1', this.opts.port ?? 0);
		return this;
	}

	async close(): Promise<void> {
		await closeServer(this.server);
	}

	/** The v1 API key and secret (Account Information > Generate New API Keys). */
	get apiKey(): string {
		return this.v1.apiKey;
	}

	get apiSecret(): string {
		return this.v1.apiSecret;
	}

	get lastIssuedRefreshToken(): string {
		return this.tokens.lastIssuedRefreshToken;
	}

	issueRefreshToken(): string {
		return this.tokens.issueRefreshToken();
	}

	issueTokens(): { accessToken: string; refreshToken: string } {
		const p = this.tokens.issuePair();
		return { accessToken: p.accessToken, refreshToken: p.refreshToken };
	}

	/**
	 * Test hook: called with the refresh token of every `POST /oauth/token` just before Ion spends
	 * it, e.g. to let "another process" win the race with `exchangeElsewhere`. Null to clear.
	 */
	onTokenExchange: ((refreshToken: string) => void) | null = null;

	/** Spends a refresh token as another client would, without an HTTP request (not counted). */
	exchangeElsewhere(refreshToken: string): { accessToken: string; refreshToken: string; expiresInS: number } | string {
		const r = this.tokens.exchange(refreshToken);
		if (typeof r === 'string') return r;
		return { accessToken: r.accessToken, refreshToken: r.refreshToken, expiresInS: Math.round(this.accessTtlMs / 1000) };
	}

	/** How many token chains reuse detection revoked (only with `revokeChainOnReuse`). */
	get revokedChains(): number {
		return this.tokens.revokedChains;
	}

	/** Whether a refresh token is still good (read-only: nothing is spent or counted). */
	refreshTokenState(refreshToken: string): 'unspent' | 'spent' | 'expired' | 'unknown' {
		return this.tokens.refreshTokenState(refreshToken);
	}

	/** Every access token issued so far expires now, as if two hours had passed. Returns how many. */
	expireAccessTokens(): number {
		return this.tokens.expireAccessTokens();
	}

	setFaults(rules: FaultRule[]): void {
		this.faults.set(rules);
	}

	stats(): EmulatorStats {
		return copyCounts(this.counters);
	}

	reset(): void {
		this.log.length = 0;
		this.counters = Emulator.emptyStats();
	}

	private nextRequestId(): string {
		this.requestSeq++;
		return (Date.now().toString(16) + this.requestSeq.toString(16).padStart(8, '0')).slice(-20).padStart(20, '0');
	}

	private record(entry: LogEntry): void {
		appendToLog(this.log, entry);
		const c = this.counters;
		c.total++;
		if (entry.route === TOKEN_ROUTE) c.tokenCalls++;
		if (entry.route === VALIDATE_ROUTE) c.validateAccessCalls++;
		countRequest(c, entry.route, entry.status);
	}

	private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const at = Date.now();
		const method = (req.method ?? 'GET').toUpperCase();
		const url = new URL(req.url ?? '/', 'http://emulator');
		const path = url.pathname;
		const isOauth = path.startsWith('/oauth/');
		const query = parseQuery(url.searchParams);
		const rawBody = await readBody(req);
		const requestId = this.nextRequestId();

		const v1Route = this.v1.route(method, path);
		const operation = isOauth || v1Route ? undefined : matchOperation(method, path);
		let route: string;
		if (isOauth) route = `${method} ${path}`;
		else route = v1Route ?? operation?.operationId ?? `${method} <unmatched>`;

		const entry: LogEntry = {
			method,
			path,
			route,
			query: isOauth ? {} : query,
			status: 0,
			at,
			ms: 0,
			requestId,
		};

		const send = (result: HandlerResult) => {
			entry.status = result.status;
			entry.ms = Date.now() - at;
			this.record(entry);
			const raw = (result as { raw?: Buffer }).raw;
			const payload = raw ?? (result.body === undefined ? '' : JSON.stringify(result.body));
			res.writeHead(result.status, {
				...(payload.length && !raw ? { 'content-type': 'application/json' } : {}),
				'x-request-id': requestId,
				...result.headers,
			});
			res.end(payload);
		};
		const fail = (status: number, error: string, message: string, extra?: Record<string, unknown>) =>
			send({ status, body: ionErrorBody(status, error, message, requestId, extra) });

		// faults and latency first: they model the network and the gateway in front of Ion
		const decision = this.faults.decide(method, path);
		const delay = this.latencyMs + decision.delayMs;
		if (delay > 0) await sleep(delay);
		if (decision.kind === 'drop') {
			entry.fault = 'drop';
			entry.ms = Date.now() - at;
			this.record(entry);
			req.socket.destroy();
			return;
		}
		if (decision.kind === '429') {
			entry.fault = '429';
			const headers: Record<string, string> = {};
			if (decision.retryAfter !== undefined) headers['retry-after'] = String(decision.retryAfter);
			send({
				status: 429,
				headers,
				body: ionErrorBody(429, 'RESOURCE_EXHAUSTED', 'Too many requests, please retry later', requestId),
			});
			return;
		}
		if (decision.kind === '5xx') {
			entry.fault = String(decision.status);
			const name = decision.status === 500 ? 'INTERNAL_ERROR' : decision.status === 504 ? 'DEADLINE_EXCEEDED' : 'UNAVAILABLE';
			const msg = decision.status === 500 ? 'Internal Server Error' : 'The service is currently unavailable';
			fail(decision.status, name, msg);
			return;
		}

		if (isOauth) {
			send(this.handleOauth(method, path, rawBody, req.headers['content-type'] ?? ''));
			return;
		}
		if (v1Route) {
			send(this.v1.handle(method, path, query, req.headers.authorization ?? ''));
			return;
		}
		let body: unknown;
		if (rawBody) {
			try {
				body = JSON.parse(rawBody);
			} catch {
				body = rawBody;
			}
			entry.body = body;
		}

		// authentication: every /api/v3 call needs a live bearer token (unknown paths too)
		const auth = req.headers.authorization ?? '';
		const m = /^Bearer\s+(\S+)$/i.exec(auth);
		if (!m) {
			fail(401, 'UNAUTHENTICATED', 'missing bearer token in the Authorization header');
			return;
		}
		const bearer = this.tokens.checkBearer(m[1]);
		if (bearer !== 'ok') {
			fail(401, 'UNAUTHENTICATED', bearer === 'expired' ? 'access token has expired' : 'invalid access token');
			return;
		}

		// after authentication, like the gateway: an unknown /api/v3 path without a token is a 401
		if (!operation) {
			fail(404, 'NOT_FOUND', `no route for ${method} ${path}`);
			return;
		}

		const { router } = loadSpec();
		const params = router.parseRequest({ method, path, headers: {} }, operation).params as Record<string, string>;
		for (const k of Object.keys(params)) {
			try {
				params[k] = decodeURIComponent(params[k]);
			} catch {
				fail(400, 'INVALID_ARGUMENT', `${k}: malformed percent-encoding in the path`);
				return;
			}
		}

		if (params.accountId !== undefined && params.accountId !== this.accountId) {
			if (params.accountId === UNKNOWN_ACCOUNT_ID) fail(404, 'NOT_FOUND', `resource 'accounts/${params.accountId}' not found`);
			else fail(403, 'PERMISSION_DENIED', `permission denied to access accounts/${params.accountId}`);
			return;
		}

		// a missing JSON body is validated (and handled) as an empty object, so required fields get named
		if (body === undefined && operation.requestBody && (method === 'POST' || method === 'PUT')) body = {};

		if (this.validate) {
			const issues = validateRequest(operation, {
				method,
				path,
				headers: { 'content-type': String(req.headers['content-type'] ?? (rawBody ? 'application/json' : '')) },
				query,
				body: body === undefined ? undefined : body,
			});
			if (issues.length) {
				fail(400, 'INVALID_ARGUMENT', issues.map((i) => i.message).join('; '), {
					fieldViolations: issues.map((i) => ({ field: i.field, description: i.message })),
				});
				return;
			}
		}

		const handler = this.routes[route];
		if (!handler) {
			fail(501, 'UNIMPLEMENTED', `${route} is not implemented by the emulator`);
			return;
		}
		const ctx: HandlerContext = {
			method,
			path,
			params,
			query,
			body,
			store: this.store,
			accountId: this.accountId,
			maxPageSize: this.maxPageSize,
			cache: this.cache,
			rng: this.rng,
			now: Date.now,
			requestId,
		};
		try {
			send(handler(ctx));
		} catch (err) {
			const special = err instanceof IonError ? provisioningErrorBody(err, requestId) : undefined;
			if (special) send({ status: err.status, body: special });
			else if (err instanceof IonError) fail(err.status, err.error, err.message, err.extraDetails);
			else fail(500, 'INTERNAL_ERROR', `emulator bug: ${(err as Error)?.message ?? String(err)}`);
		}
	}

	private handleOauth(method: string, path: string, rawBody: string, contentType: string): HandlerResult {
		const route = `${method} ${path}`;
		if (route !== TOKEN_ROUTE && route !== VALIDATE_ROUTE) {
			return { status: 404, body: { error: 'not_found', error_description: `no route for ${method} ${path}` } };
		}
		let form: Record<string, string> = {};
		if (contentType.includes('application/json')) {
			try {
				form = JSON.parse(rawBody) as Record<string, string>;
			} catch {
				form = {};
			}
		} else {
			form = Object.fromEntries(new URLSearchParams(rawBody));
		}
		if (route === TOKEN_ROUTE) {
			if (form.grant_type !== 'refresh_token') {
				return {
					status: 400,
					body: { error: 'unsupported_grant_type', error_description: "grant_type must be 'refresh_token'" },
				};
			}
			if (!form.refresh_token) {
				return { status: 400, body: { error: 'invalid_request', error_description: 'refresh_token is required' } };
			}
			this.onTokenExchange?.(form.refresh_token);
			const r = this.tokens.exchange(form.refresh_token);
			if (typeof r === 'string') {
				const why = {
					unknown: 'cannot validate token: refresh token is unknown',
					spent: 'cannot validate token: refresh token has already been used (refresh tokens are single-use)',
					expired: 'cannot validate token: refresh token has expired',
				}[r];
				return { status: 400, body: { error: 'invalid_grant', error_description: why } };
			}
			return {
				status: 200,
				headers: { 'cache-control': 'no-store' },
				body: {
					access_token: r.accessToken,
					expires_in: Math.round(this.accessTtlMs / 1000),
					refresh_token: r.refreshToken,
					token_type: 'Bearer',
				},
			};
		}
		if (!form.access_token) {
			return { status: 400, body: { error: 'invalid_request', error_description: 'access_token is required' } };
		}
		const info = this.tokens.inspect(form.access_token);
		if (typeof info === 'string') {
			return {
				status: 400,
				body: {
					error: 'invalid_token',
					error_description: info === 'expired' ? 'cannot validate token: access token has expired' : 'cannot validate token: access token is unknown',
				},
			};
		}
		return { status: 200, body: { access_expires_in: info.accessExpiresIn, refresh_expires_in: info.refreshExpiresIn } };
	}
}

export type { FaultRule };
