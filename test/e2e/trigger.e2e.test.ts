/* eslint-disable @n8n/community-nodes/no-restricted-imports */
// End-to-end: the StreamOne Ion Trigger in real n8n 2.41.1 (regular mode, `n8n start`) against the emulator.
// Five trigger nodes are active (the two trigger examples and a workflow with one trigger per resource); the
// test changes records in the emulator as the vendor would and reads n8n's executions back over its REST API.
//
// Sizing: n8n polls at most once a minute. Every trigger uses the same cron second, so all of them poll
// together: activation (the seeding poll) at start, tick 1 (every event, and the order trigger's poll fails
// on purpose), tick 2 (the failed poll's events arrive, nothing else fires). About 3 minutes in all.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

import { startEmulator, type Emulator } from '../../emulator';
import type { Subscription } from '../../emulator/types';
import { DEMO_CREDENTIAL_ID, DEMO_CREDENTIAL_NAME, EXAMPLES_DIR } from '../../scripts/demo';
import {
	CREDENTIAL_TYPE,
	createN8nInstance,
	N8N_BIN,
	OWNER,
	sleep,
	type N8nInstance,
} from '../../scripts/n8n-env';

const TRIGGER_TYPE = 'n8n-nodes-streamone-ion.streamOneIonTrigger';
const TABLE_ID = 'IonSubChangesTbl1';
const DIGEST_ID = 'IonRenewalDigest1';
const ALL_ID = 'IonTriggerAllE2E';
const TABLE_NAME = 'ion_subscription_changes';
const TRIGGER_NODES = [
	'Orders',
	'Subscriptions',
	'Customers',
	'Subscription changed in Ion',
	'Renewals within 30 days',
];

type Json = Record<string, unknown>;
interface Execution {
	id: string;
	workflowId: string;
	status: string;
	mode: string;
}

let ion: Emulator;
let n8n: N8nInstance;
let cookie = '';
let cronSecond = 0;
const serverLog: string[] = [];

/** n8n's REST API sends execution data "flatted"; the parser comes from the n8n install. */
const flatted = createRequire(N8N_BIN)('flatted') as { parse(text: string): unknown };

async function rest(method: string, urlPath: string, body?: unknown): Promise<Json> {
	const res = await fetch(`http://127.0.0.1:${n8n.port}${urlPath}`, {
		method,
		headers: { cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
		body: body ? JSON.stringify(body) : undefined,
	});
	if (!res.ok) throw new Error(`${method} ${urlPath}: ${res.status} ${await res.text()}`);
	return ((await res.json()) as { data: Json }).data;
}

async function executions(): Promise<Execution[]> {
	const data = await rest('GET', '/rest/executions?limit=100');
	return (data.results as Execution[]).sort((a, b) => Number(a.id) - Number(b.id));
}

/** At least `n` executions, all of them finished. */
async function finished(n: number): Promise<boolean> {
	const all = await executions();
	return all.length >= n && all.every((e) => e.status === 'success' || e.status === 'error');
}

/** The items each node output in one execution. */
async function nodeOutputs(id: string): Promise<Record<string, Json[]>> {
	const execution = await rest('GET', `/rest/executions/${id}`);
	const run = flatted.parse(execution.data as string) as {
		resultData: {
			runData: Record<string, Array<{ data?: { main?: Array<Array<{ json: Json }>> } }>>;
		};
	};
	const out: Record<string, Json[]> = {};
	for (const [node, tasks] of Object.entries(run.resultData.runData)) {
		out[node] = (tasks[0]?.data?.main?.[0] ?? []).map((i) => i.json);
	}
	return out;
}

/** Waits until `done()` holds, checking every second, or fails after `ms` with what it saw. */
async function waitFor(
	what: string,
	ms: number,
	done: () => Promise<boolean> | boolean,
): Promise<void> {
	const deadline = Date.now() + ms;
	while (Date.now() < deadline) {
		if (await done()) return;
		await sleep(1000);
	}
	throw new Error(
		`timed out after ${ms} ms waiting for ${what}\n${serverLog.slice(-40).join('\n')}`,
	);
}

/** The data requests of the five triggers since `since` (epoch ms): one list read per trigger and poll. */
function pollsSince(since: number) {
	const data = ion.log.filter(
		(e) => e.at >= since && e.path.startsWith('/api/') && e.method === 'GET',
	);
	return {
		orders: data.filter((e) => e.path.endsWith('/orders')).length,
		customers: data.filter((e) => e.path.endsWith('/customers')).length,
		subscriptions: data.filter((e) => e.path.endsWith('/subscriptions')).length,
	};
}
const allPolled = (since: number) => {
	const p = pollsSince(since);
	return p.orders >= 1 && p.customers >= 1 && p.subscriptions >= 3;
};

/** Epoch ms of the next time the clock shows `cronSecond`. */
function nextTick(after = Date.now()): number {
	const t = new Date(after);
	t.setMilliseconds(0);
	t.setSeconds(cronSecond);
	while (t.getTime() <= after) t.setMinutes(t.getMinutes() + 1);
	return t.getTime();
}

function readExample(file: string): Json & { nodes: Json[] } {
	return JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, file), 'utf8')) as Json & {
		nodes: Json[];
	};
}

/** Every trigger polls once a minute at the same second (a custom cron: n8n's Every Minute picks a random second). */
function everyMinute<T extends Json & { nodes: Json[] }>(workflow: T): T {
	for (const node of workflow.nodes) {
		if (node.type === TRIGGER_TYPE) {
			(node.parameters as Json).pollTimes = {
				item: [{ mode: 'custom', cronExpression: `${cronSecond} * * * * *` }],
			};
		}
	}
	return workflow;
}

function trigger(name: string, y: number, parameters: Json): Json {
	return {
		id: `e2e-${name.replace(/\W+/g, '-').toLowerCase()}`,
		name,
		type: TRIGGER_TYPE,
		typeVersion: 1,
		position: [0, y],
		parameters,
		credentials: { [CREDENTIAL_TYPE]: { id: DEMO_CREDENTIAL_ID, name: DEMO_CREDENTIAL_NAME } },
	};
}

/** One trigger per resource, each event the examples do not cover; orders retry quickly (their poll fails once). */
const allEventsWorkflow = () =>
	everyMinute({
		id: ALL_ID,
		name: 'Trigger e2e: every resource',
		active: false,
		isArchived: false,
		nodes: [
			trigger('Orders', 0, {
				resource: 'order',
				events: ['created', 'statusChanged'],
				retrySettings: { maxAttempts: 2, baseDelayMs: 200 },
			}),
			trigger('Subscriptions', 200, {
				resource: 'subscription',
				events: ['seatsChanged', 'statusChanged', 'autoRenewChanged'],
			}),
			trigger('Customers', 400, { resource: 'customer', events: ['created', 'changed'] }),
		],
		connections: {},
		settings: { executionOrder: 'v1' },
	});

beforeAll(async () => {
	ion = await startEmulator({ port: 0, seed: 'demo' });
	n8n = await createN8nInstance({ log: () => undefined });
	// the first tick comes about 50 s after the workflows are prepared: n8n needs some 20-40 s to start
	cronSecond = (new Date().getSeconds() + 50) % 60;
	await n8n.importCredentials([
		{
			id: DEMO_CREDENTIAL_ID,
			name: DEMO_CREDENTIAL_NAME,
			type: CREDENTIAL_TYPE,
			data: { accountId: ion.accountId, refreshToken: ion.issueRefreshToken(), baseUrl: ion.url },
		},
	]);
	const dir = path.join(n8n.root, 'trigger-workflows');
	fs.mkdirSync(dir);
	const workflows = [
		everyMinute(readExample('subscription-changes-table.json')),
		everyMinute(readExample('renewal-digest.json')),
		allEventsWorkflow(),
	];
	const files = workflows.map((w) => {
		const file = path.join(dir, `${String(w.id)}.json`);
		fs.writeFileSync(file, JSON.stringify(w));
		return file;
	});
	await n8n.importWorkflowFiles(files);
	// published before start: n8n activates them at start-up, and activation runs the first (seeding) poll
	for (const id of [TABLE_ID, DIGEST_ID, ALL_ID]) {
		const r = await n8n.cli(['publish:workflow', `--id=${id}`]);
		if (r.code !== 0) throw new Error(`publish:workflow ${id} failed:\n${r.stdout}\n${r.stderr}`);
	}
}, 300_000);

afterAll(async () => {
	await n8n?.dispose();
	await ion?.close();
});

test('the trigger in real n8n: seeding, every event type once per change, a failed poll loses and doubles nothing', async () => {
	const startedAt = Date.now();
	await n8n.start({ onOutput: (line) => serverLog.push(line) });
	cookie = await n8n.setupOwner(OWNER);

	// the trigger loads next to the node
	const types = (await n8n.restGet('/types/nodes.json', cookie)) as Array<{
		name: string;
		displayName: string;
		polling?: boolean;
	}>;
	expect(types.find((t) => t.name === TRIGGER_TYPE)).toMatchObject({
		displayName: 'Ion StreamOne Trigger',
		polling: true,
	});
	expect(types.some((t) => t.name === 'n8n-nodes-streamone-ion.streamOneIon')).toBe(true);

	// the table example writes into a data table of the owner's project
	const project = await rest('GET', '/rest/projects/personal');
	const text = [
		'detectedAt',
		'event',
		'subscriptionId',
		'customerId',
		'customerName',
		'product',
		'field',
		'fromValue',
		'toValue',
		'status',
		'renewalDate',
	];
	const table = await rest('POST', `/rest/projects/${String(project.id)}/data-tables`, {
		name: TABLE_NAME,
		columns: [
			...text.map((name) => ({ name, type: 'string' })),
			{ name: 'seats', type: 'number' },
			{ name: 'autoRenew', type: 'boolean' },
		],
	});

	// activation: the seeding poll of all five triggers, no execution
	await waitFor('the seeding polls of the five triggers', 60_000, () => allPolled(startedAt));
	const seeded = Date.now();
	// keep clear of a tick that is about to start: changes must land between two polls
	if (nextTick(seeded) - seeded < 8_000)
		await waitFor('the tick after seeding', 70_000, () => allPolled(nextTick(seeded)));
	expect(await executions()).toEqual([]);

	// what the vendor and the back office change, and a new order, subscription and customer
	const subs = [...ion.store.subscriptions.values()];
	const active = subs.filter((s) => s.subscriptionStatus === 'ACTIVE' && s.autoRenew);
	const [seatsSub, statusSub, autoRenewSub, renewalSub] = active;
	const seatsFrom = seatsSub.subscriptionTotalLicenses;
	ion.vendor.changeSubscription(seatsSub.id, { seats: Number(seatsFrom) + 5 });
	ion.vendor.changeSubscription(statusSub.id, { status: 'SUSPENDED' });
	ion.vendor.changeSubscription(autoRenewSub.id, { autoRenew: false });
	ion.vendor.changeSubscription(renewalSub.id, { renewalDate: Date.now() + 10.5 * 86_400_000 });
	const newSub: Subscription = ion.vendor.newSubscription(seatsSub.customerId, { seats: 9 });
	const [completedOrder] = [...ion.store.orders.values()];
	ion.vendor.changeOrderStatus(completedOrder.orderId, 'CANCELED');
	const newOrder = ion.vendor.newOrder(seatsSub.customerId);
	const newCustomer = ion.vendor.newCustomer({ customerOrganization: 'Trigger E2E Ltd' });
	const newCustomerId = newCustomer.name.split('/').pop() as string;
	const changedCustomerId = [...ion.store.customers.keys()][0];
	ion.vendor.changeCustomer(changedCustomerId, { customerPhone: '+44 20 7946 0000' });
	// the order trigger's next poll fails (503 on every attempt)
	ion.setFaults([{ kind: '5xx', path: '/orders', status: 503 }]);

	// tick 1: four executions with events, one failed poll
	const tick1 = nextTick();
	await waitFor(
		'tick 1: four executions and the failed order poll',
		90_000,
		async () => await finished(5),
	);
	ion.setFaults([]);
	await waitFor('tick 1 polls', 30_000, () => allPolled(tick1));
	const afterTick1 = (await executions()).map((e) => [e.workflowId, e.status]);
	expect(afterTick1).toHaveLength(5);
	expect(afterTick1.filter(([, status]) => status === 'error')).toEqual([[ALL_ID, 'error']]);

	// tick 2: the order events arrive once; nothing else fires again
	const tick2 = nextTick(tick1 + 1000);
	await waitFor('tick 2: the order execution', 90_000, async () => await finished(6));
	await waitFor('tick 2 polls', 30_000, () => allPolled(tick2));
	await sleep(3000); // an execution that a poll started is saved within a moment
	const all = await executions();
	expect(all.map((e) => [e.workflowId, e.status, e.mode])).toEqual(
		expect.arrayContaining([
			[TABLE_ID, 'success', 'trigger'],
			[DIGEST_ID, 'success', 'trigger'],
			[ALL_ID, 'success', 'trigger'],
			[ALL_ID, 'success', 'trigger'],
			[ALL_ID, 'success', 'trigger'],
			[ALL_ID, 'error', 'trigger'],
		]),
	);
	expect(all).toHaveLength(6);

	// the events, per trigger node: every event type, each exactly once
	const events: Record<string, Array<[string, string]>> = {};
	for (const e of all.filter((x) => x.status === 'success')) {
		for (const [node, items] of Object.entries(await nodeOutputs(e.id))) {
			if (!TRIGGER_NODES.includes(node)) continue;
			events[node] = [
				...(events[node] ?? []),
				...items.map((i) => [String(i.event), String(i.id)] as [string, string]),
			];
		}
	}
	const sorted = (pairs: Array<[string, string]>) =>
		[...pairs].sort((a, b) => (a.join() < b.join() ? -1 : 1));
	expect(sorted(events.Orders)).toEqual(
		sorted([
			['order.created', newOrder.orderId],
			['order.statusChanged', completedOrder.orderId],
		]),
	);
	expect(sorted(events.Subscriptions)).toEqual(
		sorted([
			['subscription.seatsChanged', seatsSub.id],
			['subscription.statusChanged', statusSub.id],
			['subscription.autoRenewChanged', autoRenewSub.id],
		]),
	);
	expect(sorted(events.Customers)).toEqual(
		sorted([
			['customer.created', newCustomerId],
			['customer.changed', changedCustomerId],
		]),
	);
	expect(sorted(events['Subscription changed in Ion'])).toEqual(
		sorted([
			['subscription.changed', seatsSub.id],
			['subscription.changed', statusSub.id],
			['subscription.changed', autoRenewSub.id],
			['subscription.changed', renewalSub.id],
			['subscription.created', newSub.id],
		]),
	);
	expect(events['Renewals within 30 days']).toEqual([['subscription.renewalDue', renewalSub.id]]);

	// the digest example built its digest; the table example wrote one row per change
	const digestRun = all.find((e) => e.workflowId === DIGEST_ID) as Execution;
	const [digest] = (await nodeOutputs(digestRun.id))['Build weekly digest'];
	expect(digest).toMatchObject({
		count: 1,
		withoutAutoRenew: 0,
		renewals: [expect.objectContaining({ subscriptionId: renewalSub.id, daysUntilRenewal: 10 })],
	});
	const rows = (await rest(
		'GET',
		`/rest/projects/${String(project.id)}/data-tables/${String(table.id)}/rows?take=100`,
	)) as { data: Json[] };
	const summary = rows.data.map((r) => [r.subscriptionId, r.field, r.fromValue, r.toValue]);
	expect(summary).toHaveLength(6);
	expect(summary).toEqual(
		expect.arrayContaining([
			[seatsSub.id, 'subscriptionTotalLicenses', seatsFrom, String(Number(seatsFrom) + 5)],
			[statusSub.id, 'subscriptionStatus', 'ACTIVE', 'SUSPENDED'],
			[autoRenewSub.id, 'autoRenew', 'true', 'false'],
			[renewalSub.id, 'renewalDate', expect.stringMatching(/^\d{4}-/), renewalSub.renewalDate],
			[renewalSub.id, 'subscriptionEndDate', '', renewalSub.subscriptionEndDate],
			[newSub.id, 'created', '', ''],
		]),
	);

	// the failed poll was saved as a failed execution that says what happened
	const failed = all.find((e) => e.status === 'error') as Execution;
	const failure = await rest('GET', `/rest/executions/${failed.id}`);
	expect(String(failure.data)).toMatch(/503|unavailable/i);
});
