/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports */
// End-to-end in real n8n 2.41.1 on Node 24 (provisioned by scripts/n8n-env.ts into .cache/) against the
// emulator: the built package is installed as a community package in a throwaway n8n folder, the example
// workflows run with `n8n execute`, and what they did is checked in the emulator's store.
import * as fs from 'node:fs';
import * as path from 'node:path';

import { startEmulator, type Emulator } from '../../emulator';
import {
	DEMO_CREDENTIAL_ID,
	DEMO_CREDENTIAL_NAME,
	prepareExamples,
	RECONCILIATION_WORKFLOW_ID,
	restoreSeats,
	seatsSnapshot,
} from '../../scripts/demo';
import {
	ION_TO_GRAPH_SKU,
	UNMAPPED_GRAPH_SKU,
	withSeatsInUse,
	type Expected,
} from '../../scripts/demo-data';
import {
	CREDENTIAL_TYPE,
	createN8nInstance,
	NODE_TYPE,
	OWNER,
	type N8nInstance,
} from '../../scripts/n8n-env';
import {
	formatReconciliation,
	nodeItems,
	readReconciliation,
	type RunOutput,
} from '../../scripts/reconciliation-report';

const SPENT_CREDENTIAL_ID = 'IonSpentCredential';
const TESTED_CREDENTIAL_ID = 'IonTestedCredential';
const SPENT_WORKFLOW = path.join(__dirname, 'fixtures', 'spent-token-workflow.json');
/** The reconciliation with a Graph stand-in that matches nothing in Ion. */
const NOTHING_WORKFLOW_ID = 'IonReconNothing01';

let ion: Emulator;
let n8n: N8nInstance;
let firstRefreshToken: string;
let spentRefreshToken: string;
let testedRefreshToken: string;
let expected: Expected;
let seatsAtStart: Map<string, string>;

async function exchange(
	refreshToken: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
	const res = await fetch(`${ion.url}/oauth/token`, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({
			grant_type: 'refresh_token',
			refresh_token: refreshToken,
		}).toString(),
	});
	return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function run(workflowId: string): Promise<RunOutput> {
	const result = await n8n.execute(workflowId);
	const data = result.data as RunOutput | undefined;
	if (!result.ok || data?.status !== 'success') {
		const error = data?.data?.resultData?.error;
		throw new Error(
			`workflow ${workflowId} failed: ${error ? `${error.message} ${error.description ?? ''}` : `${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`}`,
		);
	}
	return data;
}

/** The ids of the Ion subscriptions in a list of report rows, sorted. */
const ids = (rows: Array<{ subscriptionId: string }>) => rows.map((r) => r.subscriptionId).sort();
const usageRows = (
	rows: Array<{
		customerId: string;
		skuPartNumber: string;
		seatsInUse?: number;
		consumedUnits?: number;
	}>,
) => rows.map((r) => [r.customerId, r.skuPartNumber, r.seatsInUse ?? r.consumedUnits]);

function subscriptionSeats(id: string): number {
	const s = ion.store.subscriptions.get(id);
	if (!s) throw new Error(`subscription ${id} not in the emulator`);
	return Number(s.subscriptionTotalLicenses);
}

beforeAll(async () => {
	ion = await startEmulator({ port: 0, seed: 'demo' });
	n8n = await createN8nInstance({ log: () => undefined });

	firstRefreshToken = ion.issueRefreshToken();
	// A token the user copied but that was already exchanged elsewhere.
	spentRefreshToken = ion.issueRefreshToken();
	expect((await exchange(spentRefreshToken)).status).toBe(200);
	// Used only by the credential test (the editor's Test button).
	testedRefreshToken = ion.issueRefreshToken();

	await n8n.importCredentials([
		{
			id: DEMO_CREDENTIAL_ID,
			name: DEMO_CREDENTIAL_NAME,
			type: CREDENTIAL_TYPE,
			data: { accountId: ion.accountId, refreshToken: firstRefreshToken, baseUrl: ion.url },
		},
		{
			id: SPENT_CREDENTIAL_ID,
			name: 'StreamOne Ion (spent token)',
			type: CREDENTIAL_TYPE,
			data: { accountId: ion.accountId, refreshToken: spentRefreshToken, baseUrl: ion.url },
		},
		{
			id: TESTED_CREDENTIAL_ID,
			name: 'StreamOne Ion (credential test)',
			type: CREDENTIAL_TYPE,
			data: { accountId: ion.accountId, refreshToken: testedRefreshToken, baseUrl: ion.url },
		},
	]);
	const examples = prepareExamples(ion, path.join(n8n.root, 'examples'));
	expected = examples.expected;
	// The same workflow, but Graph reports a SKU the mapping does not know, and a mapped SKU for a
	// customer Ion does not have: nothing can be compared.
	const reconciliation = examples.files.find((f) =>
		f.endsWith('licence-reconciliation.json'),
	) as string;
	const nothing = withSeatsInUse(JSON.parse(fs.readFileSync(reconciliation, 'utf8')), [
		{ customerId: '10001', skuPartNumber: UNMAPPED_GRAPH_SKU, consumedUnits: 12 },
		{ customerId: '99999', skuPartNumber: 'SPB', consumedUnits: 5 },
	]);
	const nothingFile = path.join(n8n.root, 'examples', 'reconciliation-nothing.json');
	fs.writeFileSync(
		nothingFile,
		JSON.stringify({
			...nothing,
			id: NOTHING_WORKFLOW_ID,
			name: 'Reconciliation, nothing to compare',
		}),
	);
	await n8n.importWorkflowFiles([...examples.files, SPENT_WORKFLOW, nothingFile]);
	seatsAtStart = seatsSnapshot(ion);
	ion.reset();
});

afterAll(async () => {
	await n8n?.dispose();
	await ion?.close();
});

describe('n8n 2.41.1 with the built package', () => {
	test('the package loads: n8n lists the node and credential types, and the owner sees the examples', async () => {
		const serverLog: string[] = [];
		await n8n.start({ onOutput: (line) => serverLog.push(line) });
		try {
			const cookie = await n8n.setupOwner(OWNER);
			const nodes = (await n8n.restGet('/types/nodes.json', cookie)) as Array<{
				name: string;
				displayName: string;
				credentials?: Array<{ name: string }>;
				properties: Array<{ name: string; options?: Array<{ name?: string; value?: unknown }> }>;
			}>;
			const ionNode = nodes.find((t) => t.name === NODE_TYPE);
			expect(ionNode).toBeDefined();
			expect(ionNode?.displayName).toBe('Ion StreamOne');
			expect(ionNode?.credentials?.map((c) => c.name)).toContain(CREDENTIAL_TYPE);
			// usableAsTool: n8n adds the AI-agent tool variant
			const tool = nodes.find((t) => t.name === `${NODE_TYPE}Tool`);
			expect(tool).toBeDefined();
			// one generic request entry: n8n injected no "Custom API Call" (version [1], defaultVersion 1)
			for (const type of [ionNode, tool]) {
				const injected = (type?.properties ?? [])
					.filter((p) => p.name === 'resource' || p.name === 'operation')
					.flatMap((p) => p.options ?? [])
					.filter((o) => o.value === '__CUSTOM_API_CALL__' || o.name === 'Custom API Call');
				expect(injected).toEqual([]);
			}
			// the retry settings went into n8n's Request Options (Settings tab), next to its own
			const requestOptions = ionNode?.properties.find((p) => p.name === 'requestOptions');
			expect(requestOptions?.options?.map((o) => o.name)).toEqual(
				expect.arrayContaining(['batching', 'timeout', 'retryEnabled', 'retryMaxAttempts']),
			);

			const credentials = (await n8n.restGet('/types/credentials.json', cookie)) as Array<{
				name: string;
				properties: Array<{ name: string }>;
			}>;
			const ionCredential = credentials.find((c) => c.name === CREDENTIAL_TYPE);
			expect(ionCredential?.properties.map((p) => p.name)).toEqual(
				expect.arrayContaining(['accountId', 'refreshToken', 'baseUrl']),
			);

			const workflows = (await n8n.restGet('/rest/workflows', cookie)) as {
				data: Array<{ id: string; name: string }>;
			};
			expect(workflows.data.map((w) => w.id).sort()).toEqual([
				'IonBillingExport1',
				'IonCatalogExport1',
				'IonLicenceRecon01',
				'IonOffboarding001',
				'IonOnboarding0001',
				'IonReconNothing01',
				'IonRenewalDigest1',
				'IonSpentTokenTest',
				'IonSubChangesTbl1',
				'IonTokenKeepAlive',
			]);

			// The editor's Test button: CredentialsTester sends the credential's test request through
			// the CLI's CredentialsHelper (preAuthentication, then the function `authenticate`).
			ion.reset();
			const tested = await fetch(`http://127.0.0.1:${n8n.port}/rest/credentials/test`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', cookie },
				body: JSON.stringify({
					credentials: {
						id: TESTED_CREDENTIAL_ID,
						name: 'StreamOne Ion (credential test)',
						type: CREDENTIAL_TYPE,
						data: { accountId: ion.accountId, refreshToken: testedRefreshToken, baseUrl: ion.url },
					},
				}),
			});
			expect(tested.status).toBe(200);
			expect(await tested.json()).toEqual({
				data: { status: 'OK', message: 'Connection successful!' },
			});
			// one token exchange, then the test request, accepted with the new access token
			expect(ion.log.map((e) => `${e.route} ${e.status}`)).toEqual([
				'POST /oauth/token 200',
				'GET /api/v3/accounts/{accountId}/customers 200',
			]);
			expect(serverLog.join('\n')).not.toContain(testedRefreshToken);
		} finally {
			await n8n.stop();
		}
	});

	test('licence reconciliation against a provider named "Microsoft CSP (NCE)": the drift, one UPDATE order per drift, and every finding', async () => {
		// The tenant names Microsoft's provider as Ion does, and an exact provider filter on
		// "Microsoft" (what the example used to send) finds none of its subscriptions.
		const compared = [...expected.compared.keys()].map((id) => ion.store.subscriptions.get(id));
		expect(new Set(compared.map((s) => s?.cloudProviderName))).toEqual(
			new Set(['Microsoft CSP (NCE)']),
		);
		const { accessToken } = ion.issueTokens();
		const oldFilter = await fetch(
			`${ion.url}/api/v3/accounts/${ion.accountId}/subscriptions?cloudProviderName=Microsoft&subscriptionStatus=ACTIVE`,
			{ headers: { authorization: `Bearer ${accessToken}` } },
		);
		expect(((await oldFilter.json()) as { totalCount: string }).totalCount).toBe('0');

		// What the Graph stand-in says, against the demo tenant as it is now
		const drifting = [...expected.compared.entries()].filter(
			([, [seats, inUse]]) => seats !== inUse,
		);
		expect(expected.compared.size).toBeGreaterThanOrEqual(6);
		expect(drifting.length).toBeGreaterThanOrEqual(3);
		for (const [id, [seats]] of expected.compared) expect(subscriptionSeats(id)).toBe(seats);
		const ordersBefore = ion.store.orders.size;

		const report = readReconciliation(await run(RECONCILIATION_WORKFLOW_ID));
		expect(report.customersChecked).toBe(ion.store.customers.size);
		expect(report.usageRows).toBe(expected.table.length);
		expect(report.compared).toBe(expected.compared.size); // one subscription per customer and SKU in this tenant
		expect(report.subscriptionsInScope).toBe(
			expected.compared.size + expected.subscriptionsWithoutUsage.length,
		);
		expect(report.inSync).toBe(expected.compared.size - drifting.length);
		const byId = (a: { subscriptionId: string }, b: { subscriptionId: string }) =>
			Number(a.subscriptionId) - Number(b.subscriptionId);
		expect(
			[...report.drift]
				.sort(byId)
				.map((d) => [d.subscriptionId, d.ionSeats, d.seatsInUse, d.drift]),
		).toEqual(drifting.map(([id, [seats, inUse]]) => [id, seats, inUse, inUse - seats]));
		expect(report.ordersPlaced).toHaveLength(drifting.length);
		expect(
			[...report.ordersPlaced].sort(byId).map((o) => [o.subscriptionId, o.status, o.from, o.to]),
		).toEqual(drifting.map(([id, [seats, inUse]]) => [id, 'COMPLETED', seats, inUse]));
		expect(report.ordersFailed).toEqual([]);
		expect(report.needsReview).toEqual([]);

		// What could not be compared is listed, not skipped
		expect(usageRows(report.usageWithoutSubscription)).toEqual(
			usageRows(expected.usageWithoutSubscription),
		);
		expect(Object.values(ION_TO_GRAPH_SKU)).toContain(
			report.usageWithoutSubscription[0].skuPartNumber,
		);
		expect(ids(report.subscriptionsWithoutUsage)).toEqual(
			[...expected.subscriptionsWithoutUsage].sort(),
		);
		expect(usageRows(report.unmappedSkus)).toEqual(usageRows(expected.unmappedSkus));
		expect(report.unmappedSkus[0].skuPartNumber).toBe(UNMAPPED_GRAPH_SKU);

		// Ion really changed: one new UPDATE order per drift, and every compared subscription now has the seats in use
		expect(ion.store.orders.size).toBe(ordersBefore + drifting.length);
		const updates = [...ion.store.orders.values()]
			.slice(-drifting.length)
			.flatMap((o) => o.orderItems);
		expect(updates.map((i) => i.action)).toEqual(drifting.map(() => 'UPDATE'));
		for (const [id, [, inUse]] of expected.compared) expect(subscriptionSeats(id)).toBe(inUse);
		for (const id of expected.subscriptionsWithoutUsage)
			expect(ion.store.subscriptions.get(id)?.subscriptionTotalLicenses).toBe(seatsAtStart.get(id));

		const text = formatReconciliation(report);
		expect(text).toContain(`Customers checked:       ${ion.store.customers.size}`);
		const [firstId, [firstSeats, firstInUse]] = drifting[0];
		expect(text).toMatch(
			new RegExp(`\\(\\d+\\)\\s+${firstId}\\s+.+\\s+${firstSeats}\\s+${firstInUse}\\s+[+-]?\\d+`),
		);
		expect(text).toContain(`UPDATE orders placed: ${drifting.length}`);
		expect(text).toContain('Usage with no Ion subscription (licences not bought through Ion): 1');
		expect(text).toContain(
			`Ion subscriptions with no usage data: ${expected.subscriptionsWithoutUsage.length}`,
		);
		expect(text).toMatch(/SKUs missing from the mapping .*: 1\n\n.*\n.*POWER_BI_PRO\s+12/);
	});

	test('licence reconciliation again: everything is in sync, no order is placed, the findings are still listed', async () => {
		const ordersBefore = ion.store.orders.size;
		const run2 = await run(RECONCILIATION_WORKFLOW_ID);
		const report = readReconciliation(run2);
		expect(report).toMatchObject({
			customersChecked: ion.store.customers.size,
			compared: expected.compared.size,
			inSync: expected.compared.size,
			drift: [],
			ordersPlaced: [],
			ordersFailed: [],
		});
		expect(report.usageWithoutSubscription).toHaveLength(1);
		expect(report.subscriptionsWithoutUsage).toHaveLength(
			expected.subscriptionsWithoutUsage.length,
		);
		expect(report.unmappedSkus).toHaveLength(1);
		expect(run2.data?.resultData?.runData?.['Update seats']).toBeUndefined();
		expect(ion.store.orders.size).toBe(ordersBefore);
	});

	test('licence reconciliation with nothing to compare fails with a clear message instead of reporting "in sync"', async () => {
		const ordersBefore = ion.store.orders.size;
		const result = await n8n.execute(NOTHING_WORKFLOW_ID);
		expect(result.ok).toBe(false);
		const data = result.data as RunOutput | undefined;
		const error = data?.data?.resultData?.error;
		expect(data?.data?.resultData?.lastNodeExecuted).toBe('Compare seats');
		expect(error?.message).toMatch(
			/^Nothing was compared: 2 usage rows from Microsoft Graph \(1 with a SKU missing from SKU_TO_ION, 1 with no Ion subscription\)/,
		);
		expect(error?.message).toContain(
			`${expected.compared.size + expected.subscriptionsWithoutUsage.length} with a SKU of SKU_TO_ION`,
		);
		expect(nodeItems(data ?? {}, 'Reconciliation report')).toEqual([]);
		expect(ion.store.orders.size).toBe(ordersBefore);
	});

	test('licence reconciliation when one order fails: the other orders are placed and the report lists the failed one', async () => {
		restoreSeats(ion, seatsAtStart); // the drift again
		const drifting = [...expected.compared.entries()].filter(
			([, [seats, inUse]]) => seats !== inUse,
		);
		const ordersBefore = ion.store.orders.size;
		ion.setFaults([{ kind: '5xx', method: 'POST', path: '/orders', count: 1, status: 502 }]);
		let report;
		try {
			report = readReconciliation(await run(RECONCILIATION_WORKFLOW_ID));
		} finally {
			ion.setFaults([]);
		}
		expect(report.ordersFailed).toHaveLength(1);
		expect(report.ordersFailed[0].error).toMatch(/outcome of the .* is unknown/i);
		expect(report.ordersPlaced).toHaveLength(drifting.length - 1);
		expect(ids([...report.ordersPlaced, ...report.ordersFailed])).toEqual(
			drifting.map(([id]) => id).sort(),
		);
		// the failed order was never resent, and Ion did not get it
		expect(ion.store.orders.size).toBe(ordersBefore + drifting.length - 1);
		const failedId = report.ordersFailed[0].subscriptionId;
		expect(String(subscriptionSeats(failedId))).toBe(seatsAtStart.get(failedId));
		expect(formatReconciliation(report)).toContain('UPDATE orders FAILED: 1');
	});

	test('customer onboarding: creates the customer, reads the template and places the first order', async () => {
		const customersBefore = ion.store.customers.size;
		const result = await run('IonOnboarding0001');

		const customer = nodeItems(result, 'Create customer')[0];
		expect(customer.customerOrganization).toBe('Harbor Veterinary Clinic');
		const customerId = String(customer.customerId);
		expect(customerId).toMatch(/^\d+$/);
		expect(ion.store.customers.size).toBe(customersBefore + 1);
		expect(ion.store.customers.get(customerId)?.customerName).toBe('Maya Lindqvist');

		expect(nodeItems(result, 'Get provisioning template')[0].id).toBe('microsoft-create');

		const order = nodeItems(result, 'Place first order')[0] as {
			orderId: string;
			status: string;
			customerId: string;
		};
		expect(order.customerId).toBe(customerId);
		const stored = ion.store.orders.get(order.orderId);
		expect(stored?.orderItems).toHaveLength(1);
		const item = stored!.orderItems[0];
		expect(item).toMatchObject({
			action: 'CREATE',
			productId: 'MS-M365-BUSINESS-PREMIUM',
			quantity: 15,
		});
		expect(item.attributes.find((a) => a.name === 'domainName')?.value).toMatch(/^harborvet/);
		// the order bought a subscription for the new customer
		const subs = [...ion.store.subscriptions.values()].filter((s) => s.customerId === customerId);
		expect(subs.map((s) => [s.ccpProductId, s.subscriptionTotalLicenses])).toEqual([
			['MS-M365-BUSINESS-PREMIUM', '15'],
		]);
	});

	test('customer and catalogue export: every customer and every product plan as a flat row', async () => {
		const result = await run('IonCatalogExport1');
		const customers = nodeItems(result, 'Customer rows');
		const products = nodeItems(result, 'Product rows');

		expect(customers.map((c) => c.customerId).sort()).toEqual(
			[...ion.store.customers.keys()].sort(),
		);
		const plans = [...ion.store.products.values()].flatMap((p) =>
			p.definition.skus.flatMap((s) => s.plans.map((pl) => pl.id)),
		);
		expect(products.map((p) => p.planId).sort()).toEqual(plans.sort());
		for (const row of [...customers, ...products]) {
			for (const value of Object.values(row))
				expect(value === null || typeof value !== 'object').toBe(true);
		}
	});

	test('after the runs n8n holds the refresh token Ion issued last, and it still works', async () => {
		const credentials = await n8n.exportCredentials();
		const stored = credentials.find((c) => c.id === DEMO_CREDENTIAL_ID);
		expect(stored?.type).toBe(CREDENTIAL_TYPE);
		const refreshToken = String(stored?.data.refreshToken);
		expect(refreshToken).not.toBe(firstRefreshToken);
		expect(refreshToken).toBe(ion.lastIssuedRefreshToken);
		// the spent-token credential was never touched
		expect(credentials.find((c) => c.id === SPENT_CREDENTIAL_ID)?.data.refreshToken).toBe(
			spentRefreshToken,
		);

		const { status, body } = await exchange(refreshToken);
		expect(status).toBe(200);
		expect(typeof body.access_token).toBe('string');
		expect(typeof body.refresh_token).toBe('string');
	});

	test('a credential holding a spent refresh token fails with an actionable message (and never prints the token)', async () => {
		const result = await n8n.execute('IonSpentTokenTest');
		expect(result.ok).toBe(false);
		const data = result.data as RunOutput | undefined;
		const error = data?.data?.resultData?.error;
		const message = `${error?.message ?? ''} ${error?.description ?? ''}`;
		expect(message).toMatch(/refused the refresh token/i);
		expect(message).toMatch(/expired|revoked|already used/i);
		expect(message).toMatch(/Request New Credentials/);
		expect(`${result.stdout}${result.stderr}`).not.toContain(spentRefreshToken);
	});
});
