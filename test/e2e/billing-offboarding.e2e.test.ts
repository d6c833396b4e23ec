/* eslint-disable @n8n/community-nodes/no-restricted-imports */
// End-to-end in real n8n 2.41.1 (reads and writes workflow files with node:fs): the monthly billing
// export and the client offboarding examples run with `n8n execute` against the emulator, with a
// credential that holds a refresh token and the v1 API key and secret. Two changes to the examples:
// the billing export gets one node appended that reads the CSV file back from n8n's binary data,
// and the offboarding's client is set to a customer of the emulator with two active subscriptions.
import * as fs from 'node:fs';
import * as path from 'node:path';

import { startEmulator, type Emulator } from '../../emulator';
import { COLUMNS, reportCsv } from '../../emulator/routes/reports';
import type { Subscription } from '../../emulator/types';
import { DEMO_CREDENTIAL_ID, DEMO_CREDENTIAL_NAME, EXAMPLES_DIR } from '../../scripts/demo';
import { CREDENTIAL_TYPE, createN8nInstance, type N8nInstance } from '../../scripts/n8n-env';

const BILLING_ID = 'IonBillingExport1';
const OFFBOARDING_ID = 'IonOffboarding001';
/** Appended to the billing export here only: it reads the CSV file back from n8n's binary data. */
const READ_BACK = 'Read the CSV file back';

interface BinaryMeta {
	fileName?: string;
	mimeType?: string;
	fileExtension?: string;
	fileSize?: string;
}
interface RunItem {
	json: Record<string, unknown>;
	binary?: Record<string, BinaryMeta>;
}
interface Run {
	status?: string;
	data?: {
		resultData?: {
			runData?: Record<string, Array<{ data?: { main?: Array<RunItem[] | null> } }>>;
			error?: { message?: string; description?: string };
		};
	};
}

let ion: Emulator;
let n8n: N8nInstance;
let offboarded: { customerId: string; subscriptions: Subscription[] };

/** YYYY-MM of the month before this one, in a time zone. */
function lastMonthIn(timeZone: string): string {
	const parts = new Intl.DateTimeFormat('en-CA', {
		timeZone,
		year: 'numeric',
		month: '2-digit',
	}).formatToParts(new Date());
	const year = Number(parts.find((p) => p.type === 'year')?.value);
	const month = Number(parts.find((p) => p.type === 'month')?.value);
	return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

function items(run: Run, node: string): RunItem[] {
	return run.data?.resultData?.runData?.[node]?.[0]?.data?.main?.[0] ?? [];
}

async function execute(id: string): Promise<Run> {
	const result = await n8n.execute(id);
	const run = result.data as Run | undefined;
	if (!result.ok || run?.status !== 'success') {
		const error = run?.data?.resultData?.error;
		throw new Error(
			`workflow ${id} failed: ${error ? `${error.message} ${error.description ?? ''}` : `${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`}`,
		);
	}
	return run;
}

function readExample(
	file: string,
): { nodes: Array<Record<string, unknown>>; connections: Record<string, unknown> } & Record<
	string,
	unknown
> {
	return JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, file), 'utf8'));
}

/** A customer whose active subscriptions Ion can change (products enabled), with at least two. */
function customerToOffboard(): { customerId: string; subscriptions: Subscription[] } {
	for (const customerId of ion.store.customerOrder) {
		const subs = (ion.store.subscriptionsByCustomer.get(customerId) ?? [])
			.map((id) => ion.store.subscriptions.get(id) as Subscription)
			.filter((s) => s.subscriptionStatus === 'ACTIVE');
		if (subs.length >= 2 && subs.every((s) => !ion.store.products.get(s.ccpProductId)?.disabled)) {
			return { customerId, subscriptions: subs };
		}
	}
	throw new Error('no customer with two active subscriptions in the demo tenant');
}

beforeAll(async () => {
	ion = await startEmulator({ port: 0, seed: 'demo' });
	n8n = await createN8nInstance({ log: () => undefined });
	await n8n.importCredentials([
		{
			id: DEMO_CREDENTIAL_ID,
			name: DEMO_CREDENTIAL_NAME,
			type: CREDENTIAL_TYPE,
			data: {
				accountId: ion.accountId,
				refreshToken: ion.issueRefreshToken(),
				baseUrl: ion.url,
				apiKey: ion.apiKey,
				apiSecret: ion.apiSecret,
			},
		},
	]);

	const dir = path.join(n8n.root, 'examples');
	fs.mkdirSync(dir, { recursive: true });
	const billing = readExample('monthly-billing-export.json');
	billing.nodes.push({
		parameters: {
			jsCode:
				"const file = $input.first().binary.data;\nconst buffer = await this.helpers.getBinaryDataBuffer(0, 'data');\nreturn [{ json: { text: buffer.toString('utf8'), fileName: file.fileName, mimeType: file.mimeType } }];\n",
		},
		id: '00000000-0000-4000-8000-00000000e2e1',
		name: READ_BACK,
		type: 'n8n-nodes-base.code',
		typeVersion: 2,
		position: [520, -100],
	});
	billing.connections['Billing report (CSV)'] = {
		main: [[{ node: READ_BACK, type: 'main', index: 0 }]],
	};
	fs.writeFileSync(path.join(dir, 'monthly-billing-export.json'), JSON.stringify(billing));

	offboarded = customerToOffboard();
	const offboarding = readExample('client-offboarding.json');
	const client = offboarding.nodes.find((n) => n.name === 'Client to offboard') as {
		parameters: { assignments: { assignments: Array<{ name: string; value: string }> } };
	};
	for (const a of client.parameters.assignments.assignments) {
		if (a.name === 'customerId') a.value = offboarded.customerId;
	}
	fs.writeFileSync(path.join(dir, 'client-offboarding.json'), JSON.stringify(offboarding));
	await n8n.importWorkflowFiles([
		path.join(dir, 'monthly-billing-export.json'),
		path.join(dir, 'client-offboarding.json'),
	]);
	ion.reset();
});

afterAll(async () => {
	await n8n?.dispose();
	await ion?.close();
});

describe('examples in n8n 2.41.1: billing export and offboarding', () => {
	test("monthly billing export: the report arrives as a CSV file whose content is the report, and last month's invoices as rows", async () => {
		const run = await execute(BILLING_ID);

		const [csvItem] = items(run, 'Billing report (CSV)');
		expect(csvItem.json).toMatchObject({
			reportId: '7002',
			dateRange: 'LAST_MONTH',
			rowCount: ion.store.subscriptions.size,
		});
		// the file name carries last month in n8n's time zone (America/New_York unless set otherwise)
		expect(csvItem.binary?.data).toMatchObject({
			mimeType: 'text/csv',
			fileExtension: 'csv',
			fileName: `billing-report-${lastMonthIn('America/New_York')}.csv`,
		});

		const subscriptions = ion.store.subscriptionOrder.map(
			(id) => ion.store.subscriptions.get(id) as Subscription,
		);
		const [readBack] = items(run, READ_BACK);
		expect(readBack.json.text).toBe(reportCsv(subscriptions, COLUMNS));
		expect(readBack.json.fileName).toBe(csvItem.binary?.data.fileName);

		// the credential checked the new API keys once (one invoice), before the first token exchange
		const v1 = ion.log.filter((e) => e.path === '/api/v1/invoices/myinvoices');
		const firstExchange = ion.log.findIndex((e) => e.path === '/oauth/token');
		expect(ion.log.indexOf(v1[0])).toBeLessThan(firstExchange);
		expect(v1[0].query).toEqual({ limit: '1', offset: '0' });
		// invoices: what n8n asked Ion for, and exactly those invoices as rows
		const lists = v1.slice(1);
		expect(lists.length).toBeGreaterThan(0);
		for (const call of v1) expect(call.status).toBe(200);
		const from = String(lists[0].query['filter[billingStartDate:gte]']);
		const to = String(lists[0].query['filter[billingEndDate:lte]']);
		expect(from).toMatch(/^\d{4}-\d{2}-01$/);
		const expected = ion.v1
			.all()
			.filter((i) => i.billingStartDate >= from && i.billingEndDate <= to)
			.sort((a, b) => Number(a.customerId) - Number(b.customerId) || Number(a.id) - Number(b.id));
		expect(expected.length).toBe(ion.store.customers.size); // one invoice per customer last month
		const rows = items(run, 'Invoice rows').map((i) => i.json);
		expect(rows).toEqual(
			expected.map((i) => ({
				invoiceId: i.id,
				invoiceNumber: i.invoiceNumber,
				customerId: i.customerId,
				customer: i.customerName,
				periodStart: i.billingStartDate,
				periodEnd: i.billingEndDate,
				status: i.status,
				subtotal: i.subtotal,
				tax: i.tax,
				total: i.total,
				currency: i.currency,
			})),
		);
	});

	test('offboarding: every active subscription of the client gets auto-renew off, then is suspended; the report lists both orders of each', async () => {
		const ordersBefore = ion.store.orders.size;
		const run = await execute(OFFBOARDING_ID);
		const ids = offboarded.subscriptions.map((s) => s.id);

		for (const id of ids) {
			expect(ion.store.subscriptions.get(id)).toMatchObject({
				subscriptionStatus: 'SUSPENDED',
				autoRenew: false,
				subscriptionRenewStatus: 'AUTO_RENEW_OFF',
			});
		}
		const orders = [...ion.store.orders.values()].slice(ordersBefore);
		expect(orders).toHaveLength(2 * ids.length);
		const attributes = (o: (typeof orders)[number]) =>
			o.orderItems[0].attributes.map((a) => `${a.name}=${a.value}`);
		// first every auto-renew order, then every suspension (n8n runs node by node; the items of
		// one node are sent at the same time, so their order within a node is not fixed)
		const renewals = orders.slice(0, ids.length);
		const suspensions = orders.slice(ids.length);
		for (const o of renewals)
			expect(attributes(o)).toEqual(['operations=updateSubscription', 'renewalSetting=auto-off']);
		for (const o of suspensions)
			expect(attributes(o)).toEqual(['operations=updateSubscription', 'statusUpdate=suspended']);
		const byResource = new Map(offboarded.subscriptions.map((s) => [s.subscriptionId, s.id]));
		const reference = (o: (typeof orders)[number]) => [
			byResource.get(o.orderItems[0].resourceId),
			o.referenceId,
		];
		expect(renewals.map(reference).sort()).toEqual(
			ids.map((id) => [id, `OFF-1001-${id}-renewal`]).sort(),
		);
		expect(suspensions.map(reference).sort()).toEqual(
			ids.map((id) => [id, `OFF-1001-${id}-suspend`]).sort(),
		);
		const orderOf = (list: typeof orders, id: string) =>
			list.find((o) => byResource.get(o.orderItems[0].resourceId) === id)?.orderId;

		const [report] = items(run, 'Offboarding report');
		expect(report.json).toMatchObject({
			customerId: offboarded.customerId,
			ticket: 'OFF-1001',
			subscriptionsOffboarded: ids.length,
		});
		expect(
			(report.json.subscriptions as Array<Record<string, unknown>>).map((r) => [
				r.subscriptionId,
				r.autoRenewOffOrder,
				r.suspensionOrder,
				r.suspensionStatus,
			]),
		).toEqual(ids.map((id) => [id, orderOf(renewals, id), orderOf(suspensions, id), 'COMPLETED']));
		// each order was sent once
		const posts = ion.log.filter((e) => e.method === 'POST' && e.path.endsWith('/orders'));
		expect(posts.map((p) => p.status)).toEqual(ids.flatMap(() => [200, 200]));
	});
});
