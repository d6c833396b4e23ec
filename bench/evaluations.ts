/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports */
// Benchmark-only (never published): counts the n8n expressions RoutingNode evaluates per input item, per operation.

/**
 * npx tsx bench/evaluations.ts [--tree DIR] [--label TEXT]
 *
 * Runs every operation that takes an ID from an expression through n8n-core (the test harness)
 * against an in-process emulator (seed `demo`), with each ID read from the input item
 * (`{{ $json.customerId }}` and so on), and counts the n8n expressions evaluated
 * (`Expression.resolveSimpleParameterValue` with a `=` string). A run with 1 item and a run with 3
 * items give the cost per item (the difference / 2) apart from what a run costs once.
 *
 * `--tree DIR` counts the node of another commit: DIR holds that commit's `nodes/` and
 * `credentials/` (bench/run.ts extracts them with `git archive`). The harness, the emulator and
 * n8n-core are this work tree's. Prints one JSON line on stdout: { label, rows, unlisted }.
 *
 * Operations the current node has that take an ID but have no case below are counted with
 * generic parameters (each ID parameter from the item, the first record of the seed) and marked.
 */
import { join, resolve } from 'node:path';

import type { IDataObject, INodeProperties, INodeTypeDescription } from 'n8n-workflow';

import { startEmulator, type Emulator, type SeedOption } from '../emulator';
import { CredentialStore, runNode, type RunNodeOptions } from '../test/harness';
import { countEvaluations, shownWith } from './expressions';

type Json = IDataObject;

const argv = process.argv.slice(2);
const arg = (name: string) => {
	const i = argv.indexOf(`--${name}`);
	return i >= 0 ? argv[i + 1] : undefined;
};
const root = resolve(__dirname, '..');
const tree = resolve(arg('tree') ?? root);
const label = arg('label') ?? 'work tree';

const rl = (value: string) => ({ __rl: true, mode: 'id', value });

/** One operation: its parameters (IDs from the item) and how to make `n` input items. */
interface Case {
	operation: string;
	parameters: Json;
	/** literal parameters that depend on the seed */
	literal?: (ion: Emulator) => Json;
	items: (ion: Emulator, n: number) => Promise<Json[]> | Json[];
	/** emulator seed (default 'demo') */
	seed?: SeedOption;
	/** extra credential fields (the v1 API key pair for invoices) */
	credential?: (ion: Emulator) => Json;
	generic?: boolean;
}

/** Records a case has used in this emulator (operations that change them need fresh ones). */
const usedIds = new WeakMap<Emulator, Set<string>>();
function fresh<T extends { id: string }>(ion: Emulator, all: T[], n: number, what: string): T[] {
	const used = usedIds.get(ion) ?? new Set<string>();
	usedIds.set(ion, used);
	const out = all.filter((x) => !used.has(x.id)).slice(0, n);
	if (out.length < n) throw new Error(`the seed has too few ${what} for this case`);
	for (const x of out) used.add(x.id);
	return out;
}

/** One call to the emulator's API (to prepare records; never counted). */
async function ionCall(ion: Emulator, method: string, path: string, body?: unknown): Promise<Json> {
	const { accessToken } = ion.issueTokens();
	const res = await fetch(`${ion.url}${path}`, {
		method,
		headers: { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const json = (await res.json()) as Json;
	if (!res.ok)
		throw new Error(`${method} ${path}: HTTP ${res.status} ${JSON.stringify(json).slice(0, 200)}`);
	return json;
}

const AWS_PLAN = 'AWS-EC-P1M-MONTHLY';
const lastSegment = (name: unknown) => String(name).split('/').pop() as string;

/** `n` new carts of the first customer, each with one AWS item. */
async function carts(ion: Emulator, n: number): Promise<Json[]> {
	const customerId = [...ion.store.customers.keys()][0];
	const out: Json[] = [];
	for (let i = 0; i < n; i++) {
		const cart = await ionCall(ion, 'POST', `/api/v3/customers/${customerId}/carts`, {
			status: 'OPEN',
			cartDisplayName: 'Bench',
		});
		const cartId = lastSegment(cart.name);
		const item = await ionCall(
			ion,
			'POST',
			`/api/v3/customers/${customerId}/carts/${cartId}/cartItems`,
			{
				planName: AWS_PLAN,
				quantity: 2,
			},
		);
		out.push({ customerId, cartId, cartItemId: lastSegment(item.name) });
	}
	return out;
}

/** Subscriptions in a given state, not used by this case before. */
function subscriptionsWhere(pick: (s: Record<string, unknown>) => boolean) {
	return (ion: Emulator, n: number): Json[] => {
		const all = [...ion.store.subscriptions.values()].filter((sub) => {
			const s = sub as unknown as Record<string, unknown>;
			const product = ion.store.products.get(String(s.ccpProductId)) as unknown as
				| { disabled?: boolean }
				| undefined;
			return product && !product.disabled && pick(s);
		}) as unknown as Array<{ id: string; customerId: string }>;
		return fresh(ion, all, n, 'subscriptions').map((s) => ({
			customerId: s.customerId,
			subscriptionId: s.id,
		}));
	};
}

/** The seed the subscription lifecycle tests use: enough subscriptions in every state. */
const LIFECYCLE_SEED = { customers: 12, subscriptions: 150, products: 20, orders: 6 };

function customers(ion: Emulator, n: number): Json[] {
	return [...ion.store.customers.keys()].slice(0, n).map((customerId) => ({ customerId }));
}

function activeSubscriptions(ion: Emulator): Array<Record<string, string>> {
	const out: Array<Record<string, string>> = [];
	for (const sub of ion.store.subscriptions.values()) {
		const s = sub as unknown as Record<string, string>;
		const product = ion.store.products.get(s.ccpProductId) as unknown as
			| { disabled?: boolean }
			| undefined;
		if (s.subscriptionStatus === 'ACTIVE' && product && !product.disabled) out.push(s);
	}
	return out;
}

function subscriptions(ion: Emulator, n: number): Json[] {
	return activeSubscriptions(ion)
		.slice(0, n)
		.map((s) => ({
			customerId: s.customerId,
			subscriptionId: s.id,
			seats: Number(s.subscriptionTotalLicenses) + 1,
		}));
}

function updateItem(s: Record<string, string>): Json {
	return {
		action: 'UPDATE',
		resourceId: s.subscriptionId,
		productId: s.ccpProductId,
		skuId: s.ccpSkuId,
		planId: s.ccpPlanId,
		quantity: Number(s.subscriptionTotalLicenses) + 1,
		attributes: [],
	};
}

/** Places `n` seat orders straight at the emulator: fresh orders that can still be cancelled. */
async function placedOrders(ion: Emulator, n: number): Promise<Json[]> {
	const { accessToken } = ion.issueTokens();
	const subs = activeSubscriptions(ion);
	const out: Json[] = [];
	for (let i = 0; i < n; i++) {
		const s = subs[i % subs.length];
		const res = await fetch(
			`${ion.url}/api/v3/accounts/${ion.accountId}/customers/${s.customerId}/orders`,
			{
				method: 'POST',
				headers: { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json' },
				body: JSON.stringify({ orderItems: [updateItem(s)] }),
			},
		);
		const body = (await res.json()) as Json;
		if (!res.ok)
			throw new Error(
				`placing an order for the cancel case: HTTP ${res.status} ${JSON.stringify(body)}`,
			);
		out.push({
			customerId: s.customerId,
			orderId: String(body.orderId ?? String(body.name).split('/').pop()),
		});
	}
	return out;
}

const CASES: Case[] = [
	{
		operation: 'customer/get',
		parameters: { customerId: rl('={{ $json.customerId }}') },
		items: customers,
	},
	{
		operation: 'customer/getCloudProfiles',
		parameters: { customerId: rl('={{ $json.customerId }}') },
		items: customers,
	},
	{
		operation: 'customer/update',
		parameters: { customerId: rl('={{ $json.customerId }}'), updateFields: { city: 'Utrecht' } },
		items: customers,
	},
	{
		operation: 'order/get',
		parameters: { customerId: rl('={{ $json.customerId }}'), orderId: '={{ $json.orderId }}' },
		items: (ion, n) =>
			[...ion.store.orders.values()].slice(0, n).map((o) => {
				const r = o as unknown as Record<string, string>;
				return { customerId: r.customerId, orderId: r.orderId ?? r.id };
			}),
	},
	{
		operation: 'order/cancel',
		parameters: { customerId: rl('={{ $json.customerId }}'), orderId: '={{ $json.orderId }}' },
		items: placedOrders,
	},
	{
		// the order itself is literal (one subscription's seats), only the customer comes from the item
		operation: 'order/createOrUpdate',
		parameters: { customerId: rl('={{ $json.customerId }}'), inputMode: 'json' },
		literal: (ion) => ({
			orderJson: JSON.stringify({ orderItems: [updateItem(activeSubscriptions(ion)[0])] }),
		}),
		items: (ion, n) =>
			Array.from({ length: n }, () => ({ customerId: activeSubscriptions(ion)[0].customerId })),
	},
	{
		operation: 'order/getAllForCustomer',
		parameters: { customerId: rl('={{ $json.customerId }}'), returnAll: false, limit: 1 },
		items: customers,
	},
	{
		operation: 'subscription/get',
		parameters: {
			customerId: rl('={{ $json.customerId }}'),
			subscriptionId: '={{ $json.subscriptionId }}',
		},
		items: subscriptions,
	},
	{
		operation: 'subscription/updateSeats',
		parameters: {
			customerId: rl('={{ $json.customerId }}'),
			subscriptionId: '={{ $json.subscriptionId }}',
			quantity: '={{ $json.seats }}',
		},
		items: subscriptions,
	},
	{
		operation: 'product/get',
		parameters: { productId: rl('={{ $json.productId }}') },
		items: (ion, n) =>
			[...ion.store.products.keys()].slice(0, n).map((productId) => ({ productId })),
	},
	{
		operation: 'product/getPricing',
		parameters: { priceBookCustomerId: '={{ $json.customerId }}', returnAll: true },
		literal: (ion) => {
			const p = [...ion.store.products.values()][0] as unknown as {
				cloudConsumption: { cloudProvider: string };
				definition: { skus: Array<{ id: string }> };
			};
			return {
				products: {
					product: [
						{
							provider: p.cloudConsumption.cloudProvider,
							externalProducts: p.definition.skus[0].id,
						},
					],
				},
			};
		},
		items: customers,
	},
	{
		operation: 'provisioningTemplate/get',
		parameters: { templateId: '={{ $json.templateId }}' },
		items: (_ion, n) => Array.from({ length: n }, () => ({ templateId: 'microsoft-create' })),
	},
	// carts and cart items (each run gets carts of its own: delete, checkout and remove use them up)
	...(['get', 'delete'] as const).map((op) => ({
		operation: `cart/${op}`,
		parameters: { customerId: rl('={{ $json.customerId }}'), cartId: '={{ $json.cartId }}' },
		items: carts,
	})),
	{
		operation: 'cart/update',
		parameters: {
			customerId: rl('={{ $json.customerId }}'),
			cartId: '={{ $json.cartId }}',
			updateFields: { cartDisplayName: 'Bench' },
		},
		items: carts,
	},
	{
		operation: 'cart/checkout',
		parameters: {
			customerId: rl('={{ $json.customerId }}'),
			cartId: '={{ $json.cartId }}',
			provisioningAttributes: { attribute: [] },
		},
		items: carts,
	},
	{
		operation: 'cartItem/add',
		parameters: {
			customerId: rl('={{ $json.customerId }}'),
			cartId: '={{ $json.cartId }}',
			planName: AWS_PLAN,
			quantity: 3,
		},
		items: carts,
	},
	{
		operation: 'cartItem/getCartItems',
		parameters: {
			customerId: rl('={{ $json.customerId }}'),
			cartId: '={{ $json.cartId }}',
			returnAll: true,
		},
		items: carts,
	},
	...(['get', 'remove'] as const).map((op) => ({
		operation: `cartItem/${op}`,
		parameters: {
			customerId: rl('={{ $json.customerId }}'),
			cartId: '={{ $json.cartId }}',
			cartItemId: '={{ $json.cartItemId }}',
		},
		items: carts,
	})),
	{
		operation: 'cartItem/update',
		parameters: {
			customerId: rl('={{ $json.customerId }}'),
			cartId: '={{ $json.cartId }}',
			cartItemId: '={{ $json.cartItemId }}',
			updateFields: { quantity: 7 },
		},
		items: carts,
	},
	// invoices over the v1 API: the credential holds the v1 key pair
	{
		operation: 'invoice/getAllForCustomer',
		parameters: { customerId: rl('={{ $json.customerId }}'), returnAll: false, limit: 1 },
		credential: (ion) => ({ apiKey: ion.apiKey, apiSecret: ion.apiSecret }),
		items: customers,
	},
	{
		operation: 'invoice/getDetailed',
		parameters: { invoiceId: '={{ $json.invoiceId }}' },
		credential: (ion) => ({ apiKey: ion.apiKey, apiSecret: ion.apiSecret }),
		items: (ion, n) =>
			ion.v1
				.all()
				.slice(0, n)
				.map((inv) => ({ invoiceId: inv.id })),
	},
	// products: Disable needs enabled ones, Enable disabled ones (set in the store, as the tests do)
	{
		operation: 'product/disable',
		parameters: { productId: rl('={{ $json.productId }}') },
		items: (ion, n) => {
			const all = [...ion.store.products.values()].filter(
				(p) => !(p as unknown as { disabled?: boolean }).disabled,
			);
			return fresh(ion, all as unknown as Array<{ id: string }>, n, 'enabled products').map(
				(p) => ({ productId: p.id }),
			);
		},
	},
	{
		operation: 'product/enable',
		parameters: { productId: rl('={{ $json.productId }}') },
		items: (ion, n) => {
			const all = [...ion.store.products.values()] as unknown as Array<{
				id: string;
				disabled?: boolean;
			}>;
			return fresh(ion, all, n, 'products').map((p) => {
				p.disabled = true;
				return { productId: p.id };
			});
		},
	},
	{
		operation: 'program/batchUpdate',
		parameters: { productId: rl('={{ $json.productId }}'), programName: '3' },
		items: (ion, n) =>
			[...ion.store.products.keys()].slice(0, n).map((productId) => ({ productId })),
	},
	// reports: the demo reports 7001-7003; Delete gets reports saved for it
	...(['get', 'getData', 'downloadCsv'] as const).map((op) => ({
		operation: `report/${op}`,
		parameters: {
			reportId: rl('={{ $json.reportId }}'),
			...(op === 'getData' ? { returnAll: false, limit: 1 } : {}),
		},
		items: (_ion: Emulator, n: number) =>
			Array.from({ length: n }, (_, i) => ({ reportId: String(7001 + (i % 3)) })),
	})),
	{
		operation: 'report/delete',
		parameters: { reportId: rl('={{ $json.reportId }}') },
		items: async (ion, n) => {
			const out: Json[] = [];
			for (let i = 0; i < n; i++) {
				const saved = await ionCall(ion, 'POST', `/api/v3/accounts/${ion.accountId}/reports/0`, {
					displayName: 'Bench',
				});
				out.push({ reportId: String(saved.reportId) });
			}
			return out;
		},
	},
	// the subscription lifecycle: UPDATE orders on subscriptions in the right state
	...(
		[
			['suspend', {}, (s: Record<string, unknown>) => s.subscriptionStatus === 'ACTIVE'],
			['cancel', {}, (s: Record<string, unknown>) => s.subscriptionStatus === 'ACTIVE'],
			['reactivate', {}, (s: Record<string, unknown>) => s.subscriptionStatus === 'SUSPENDED'],
			[
				'setAutoRenew',
				{ autoRenew: false },
				(s: Record<string, unknown>) => s.subscriptionStatus === 'ACTIVE' && s.autoRenew === true,
			],
		] as Array<[string, Json, (s: Record<string, unknown>) => boolean]>
	).map(([op, extra, pick]) => ({
		operation: `subscription/${op}`,
		parameters: {
			customerId: rl('={{ $json.customerId }}'),
			subscriptionId: '={{ $json.subscriptionId }}',
			...extra,
		},
		seed: LIFECYCLE_SEED,
		items: subscriptionsWhere(pick),
	})),
];

/** Names of ID parameters: what the generic case fills from the item. */
const isIdParameter = (p: INodeProperties) =>
	/Id$/.test(p.name) && (p.type === 'resourceLocator' || p.type === 'string');

/** "Customer > Get" for "customer/get", from the description's Resource and Operation options. */
function displayName(description: INodeTypeDescription, operation: string): string | undefined {
	const [resource, op] = operation.split('/');
	const options = (name: string, resourceFilter?: string) =>
		description.properties
			.filter(
				(p) =>
					p.name === name &&
					(!resourceFilter ||
						((p.displayOptions?.show?.resource as string[] | undefined) ?? []).includes(
							resourceFilter,
						)),
			)
			.flatMap((p) => (p.options ?? []) as Array<{ name: string; value: string }>);
	const r = options('resource').find((o) => o.value === resource)?.name;
	const o = options('operation', resource).find((x) => x.value === op)?.name;
	return r && o ? `${r} > ${o}` : undefined;
}

/** Every resource/operation of a description with the ID parameters it shows. */
function operationsWithIds(description: INodeTypeDescription): Map<string, INodeProperties[]> {
	const out = new Map<string, INodeProperties[]>();
	for (const op of description.properties.filter((p) => p.name === 'operation')) {
		for (const resource of (op.displayOptions?.show?.resource as string[] | undefined) ?? []) {
			for (const option of (op.options ?? []) as Array<{ value: string }>) {
				const shown = shownWith(description, { resource, operation: option.value });
				const ids = description.properties.filter((p) => isIdParameter(p) && shown(p));
				if (ids.length) out.set(`${resource}/${option.value}`, ids);
			}
		}
	}
	return out;
}

/** A generic case: every shown ID parameter from the item, values from the first records of the seed. */
function genericCase(operation: string, ids: INodeProperties[]): Case {
	const parameters: Json = {};
	for (const p of ids)
		parameters[p.name] =
			p.type === 'resourceLocator' ? rl(`={{ $json.${p.name} }}`) : `={{ $json.${p.name} }}`;
	return {
		operation,
		parameters,
		items: (ion, n) => {
			const sub = activeSubscriptions(ion)[0] ?? {};
			const order = [...ion.store.orders.values()][0] as unknown as
				| Record<string, string>
				| undefined;
			const pool: Json = {
				customerId: sub.customerId ?? [...ion.store.customers.keys()][0],
				subscriptionId: sub.id,
				orderId: order?.orderId ?? order?.id,
				productId: [...ion.store.products.keys()][0],
				templateId: 'microsoft-create',
				reportId: '7001',
			};
			return Array.from({ length: n }, () =>
				Object.fromEntries(ids.map((p) => [p.name, pool[p.name] ?? '1'])),
			);
		},
	};
}

export interface EvaluationRow {
	operation: string;
	/** e.g. "Customer > Get", from the node's description */
	name?: string;
	/** evaluations per input item (3 items minus 1 item, / 2) */
	perItem?: number;
	/** evaluations a run costs once, whatever the number of items */
	perRun?: number;
	generic?: boolean;
	/** the node of this tree has no such operation (or it takes no ID) */
	absent?: boolean;
	error?: string;
}

async function main(): Promise<void> {
	const { StreamOneIon } = (await import(
		join(tree, 'nodes', 'StreamOneIon', 'StreamOneIon.node.ts')
	)) as {
		StreamOneIon: new () => RunNodeOptions['nodeType'];
	};
	const nodeType = new StreamOneIon() as NonNullable<RunNodeOptions['nodeType']>;
	const description = (nodeType as { description: INodeTypeDescription }).description;
	const withIds = operationsWithIds(description);
	const cases = [...CASES];
	for (const [operation, ids] of withIds) {
		if (!cases.some((c) => c.operation === operation))
			cases.push({ ...genericCase(operation, ids), generic: true });
	}
	const rows: EvaluationRow[] = [];
	for (const c of cases) {
		const [resource, operation] = c.operation.split('/');
		if (!withIds.has(c.operation)) {
			rows.push({ operation: c.operation, absent: true });
			continue;
		}
		// a fresh emulator per operation: orders placed or cancelled by one case do not change another
		const ion = await startEmulator({ port: 0, seed: c.seed ?? 'demo' });
		try {
			const { accessToken, refreshToken } = ion.issueTokens();
			const store = new CredentialStore({
				accountId: ion.accountId,
				refreshToken,
				baseUrl: ion.url,
				accessToken,
				sessionToken: accessToken,
				expiresAt: new Date(Date.now() + 7_000_000).toISOString(),
				...(c.credential?.(ion) ?? {}),
			});
			const parameters = {
				resource,
				operation,
				...c.parameters,
				...(c.literal?.(ion) ?? {}),
			} as RunNodeOptions['parameters'];
			const run = async (n: number) => {
				const items = (await c.items(ion, n)).map((json) => ({ json }));
				if (items.length < n)
					throw new Error(`the demo seed has only ${items.length} items for this case`);
				let result: Awaited<ReturnType<typeof runNode>> | undefined;
				const evaluations = await countEvaluations(async () => {
					result = await runNode({ parameters, items, store, nodeType, continueOnFail: true });
				});
				const failed = result?.error ?? result?.items.find((i) => i.error)?.error;
				if (failed) throw new Error(`${failed.message}`);
				return evaluations;
			};
			await run(1); // warm-up: lazy loading, first-call paths
			const one = await run(1);
			const three = await run(3);
			const perItem = (three - one) / 2;
			rows.push({
				operation: c.operation,
				name: displayName(description, c.operation),
				perItem,
				perRun: one - perItem,
				generic: c.generic,
			});
		} catch (error) {
			rows.push({
				operation: c.operation,
				name: displayName(description, c.operation),
				error: (error as Error).message.slice(0, 200),
			});
		} finally {
			await ion.close();
		}
	}
	process.stdout.write(`${JSON.stringify({ label, tree, rows })}\n`);
}

main().catch((error: unknown) => {
	process.stderr.write(
		`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
	);
	process.exit(1);
});
