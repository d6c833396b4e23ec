/* eslint-disable @n8n/community-nodes/no-restricted-imports */
// Test-only helpers for the node tests (emulator, credential, the pickers' context, a faulty proxy on node:http); not node code.
import { createServer, request as httpRequest } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { IDataObject, IHttpRequestOptions, ILoadOptionsFunctions } from 'n8n-workflow';

import { startEmulator } from '../../emulator';
import type { Emulator } from '../../emulator';
import type { Product, Subscription } from '../../emulator/types';
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

/**
 * One emulator for the whole test file (started in beforeAll, closed in afterAll), and before each
 * test a fresh credential (an unspent refresh token), no faults and an empty log. For files whose
 * tests only read, or whose changes no other test of the file depends on. The fields are set by
 * the hooks: read them inside tests (`t.ion`), never destructure at the top of the file.
 */
export function useEmulator(
	options: Parameters<typeof startEmulator>[0] = {},
	prepare?: (ion: Emulator) => void,
): Ctx {
	const ctx = {
		run: async (parameters: RunNodeOptions['parameters'], extra: Partial<RunNodeOptions> = {}) =>
			await runNode({ parameters, store: ctx.store, ...extra }),
	} as Ctx;
	beforeAll(async () => {
		ctx.ion = await startEmulator({ port: 0, seed: 'demo', ...options });
		prepare?.(ctx.ion);
	});
	afterAll(async () => {
		await ctx.ion?.close();
	});
	beforeEach(() => {
		ctx.store = new CredentialStore({
			accountId: ctx.ion.accountId,
			refreshToken: ctx.ion.issueRefreshToken(),
			baseUrl: ctx.ion.url,
		});
		ctx.ion.setFaults([]);
		ctx.ion.reset();
	});
	return ctx;
}

/** Data requests the node sent (token calls left out), optionally only for a route. */
export function dataRequests(ion: Emulator, route?: string) {
	return ion.log.filter((e) => !e.path.startsWith('/oauth/') && (!route || e.route === route));
}

export const rl = (value: string, mode = 'id') => ({ __rl: true, mode, value });

/** Fast retry settings for tests (waits of a few ms), as the node's Request Options. */
export const fastRetry = { retryBaseDelayMs: 5, retryMaxAttempts: 5, retryMaxWaitSeconds: 30 };

// ---------- the order tests' emulator ----------

/** Ion's page cap in the order tests: small, so the lists span several pages. */
export const ORDER_PAGE = 3;
/** Orders added for one customer so filtered lists span >= 3 pages. */
const EXTRA_ORDERS = 8;

export interface OrderCtx extends Ctx {
	/** the customer given EXTRA_ORDERS more orders (alternately NEW and COMPLETED) */
	busyCustomer: string;
}

/** The demo seed capped at ORDER_PAGE per page, plus 8 orders for one customer (one emulator per file). */
export function useOrderEmulator(): OrderCtx {
	const ctx = useEmulator({ maxPageSize: ORDER_PAGE }, (ion) => {
		const seedOrder = [...ion.store.orders.values()][0];
		const busyCustomer = [...ion.store.customers.keys()].find((c) => c !== seedOrder.customerId) as string;
		for (let i = 0; i < EXTRA_ORDERS; i++) {
			const orderId = String(ion.store.nextOrderId);
			const stamp = new Date(Date.UTC(2025, 0, 1 + i)).toISOString();
			ion.store.addOrder({
				...structuredClone(seedOrder),
				orderId,
				customerId: busyCustomer,
				name: `accounts/${ion.accountId}/customers/${busyCustomer}/orders/${orderId}`,
				status: i % 2 ? 'COMPLETED' : 'NEW',
				createTime: stamp,
				updateTime: new Date(Date.UTC(2025, 5, 30 - i)).toISOString(),
			});
		}
		ion.store.touch();
		(ctx as OrderCtx).busyCustomer = busyCustomer;
	});
	return ctx as OrderCtx;
}

/** An active subscription whose provider needs no attributes for UPDATE, and its product. */
export function updatableSubscription(ion: Emulator): { sub: Subscription; product: Product } {
	for (const sub of ion.store.subscriptions.values()) {
		const product = ion.store.products.get(sub.ccpProductId);
		if (sub.subscriptionStatus === 'ACTIVE' && product && !product.disabled) return { sub, product };
	}
	throw new Error('no active subscription in the seed');
}

/** Order > Create or Update's parameters for one UPDATE item that sets `sub` to `quantity` seats. */
export function seatUpdateOrder(sub: Subscription, quantity: number | string) {
	return {
		resource: 'order',
		operation: 'createOrUpdate',
		customerId: rl(sub.customerId),
		orderItems: {
			item: [
				{
					action: 'UPDATE',
					resourceId: sub.subscriptionId,
					productId: sub.ccpProductId,
					skuId: sub.ccpSkuId,
					planId: sub.ccpPlanId,
					quantity,
				},
			],
		},
	};
}

// ---------- the pickers (listSearch) ----------

/** A minimal ILoadOptionsFunctions: the credential and an authenticated request helper. */
export function loadOptionsContext(ion: Emulator): ILoadOptionsFunctions {
	const { accessToken } = ion.issueTokens();
	const credentials = { accountId: ion.accountId, baseUrl: ion.url };
	const httpRequestWithAuthentication = async (_type: string, options: IHttpRequestOptions) => {
		const url = new URL(`${options.baseURL ?? ''}${options.url}`);
		for (const [k, v] of Object.entries((options.qs ?? {}) as IDataObject)) url.searchParams.set(k, String(v));
		const res = await fetch(url, {
			method: options.method,
			headers: { Authorization: `Bearer ${accessToken}`, Accept: 'application/json' },
		});
		const body = (await res.json()) as IDataObject;
		const headers: IDataObject = {};
		res.headers.forEach((value, key) => {
			headers[key] = value;
		});
		return { statusCode: res.status, body, headers };
	};
	return {
		getCredentials: async () => credentials,
		getNode: () => ({ id: 'n', name: 'Ion', type: 'CUSTOM.streamOneIon', typeVersion: 1, position: [0, 0], parameters: {} }),
		getCurrentNodeParameter: () => undefined,
		helpers: { httpRequestWithAuthentication },
	} as unknown as ILoadOptionsFunctions;
}

// ---------- a faulty proxy ----------

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
