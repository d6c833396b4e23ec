/* eslint-disable @n8n/community-nodes/no-restricted-imports */
// Test file: node:path locates the example workflow in the repository.
// End-to-end in real n8n 2.41.1: the built package's StreamOne Stellr node, loaded as a community
// package, runs the example examples/stellr/seat-reconciliation.json against the Stellr emulator
// (demo tenant) with `n8n execute`; what it changed is checked in the emulator's store.
import * as path from 'node:path';

import { startStellrEmulator, type StellrEmulator } from '../../emulator/stellr';
import {
	createN8nInstance,
	OWNER,
	PACKAGE_NAME,
	REPO_ROOT,
	type N8nInstance,
} from '../../scripts/n8n-env';
import { nodeItems, type RunOutput } from '../../scripts/reconciliation-report';
import { stellrCredentialData } from '../stellr/credentialData';

const EXAMPLE = path.join(REPO_ROOT, 'examples', 'stellr', 'seat-reconciliation.json');
const WORKFLOW_ID = 'StellrSeatRecon01';
const CREDENTIAL = {
	id: 'StellrDemoCredential',
	name: 'StreamOne Stellr account',
	type: 'streamOneStellrApi',
};
const NODE_TYPE = `${PACKAGE_NAME}.streamOneStellr`;
const CHANGE = 'POST /api/v1/customers/{customerNo}/subscriptions/{subscriptionId}/changeSeats';

let stellr: StellrEmulator;
let n8n: N8nInstance;

beforeAll(async () => {
	stellr = await startStellrEmulator({ seed: 'demo' });
	n8n = await createN8nInstance({ log: () => undefined });
	await n8n.importCredentials([{ ...CREDENTIAL, data: stellrCredentialData(stellr) }]);
	await n8n.importWorkflowFiles([EXAMPLE]);
	stellr.reset();
});

afterAll(async () => {
	await n8n?.dispose();
	await stellr?.close();
});

const seats = (subscriptionId: string) => stellr.store.subscriptions.get(subscriptionId)?.quantity;

describe('the StreamOne Stellr node in n8n 2.41.1', () => {
	test('the seat reconciliation example: three seat changes, one refusal by Microsoft, and every finding', async () => {
		const before = {
			basic7100001: seats('41000001'),
			standard7100003: seats('41000005'),
			copilot7100005: seats('41000011'),
			exchange7100002: seats('41000004'),
		};
		expect(before).toEqual({
			basic7100001: 82,
			standard7100003: 38,
			copilot7100005: 16,
			exchange7100002: 17,
		});

		const result = await n8n.execute(WORKFLOW_ID);
		const run = result.data as RunOutput | undefined;
		expect({
			ok: result.ok,
			status: run?.status,
			error: run?.data?.resultData?.error?.message,
		}).toEqual({
			ok: true,
			status: 'success',
			error: undefined,
		});
		const report = nodeItems(run as RunOutput, 'Reconciliation report')[0] as Record<
			string,
			unknown
		>;
		expect(report).toMatchObject({ customersChecked: 6, usageRows: 8, compared: 6, inSync: 2 });
		expect(report.seatsChanged).toEqual([
			expect.objectContaining({
				customerNo: '7100001',
				subscriptionId: '41000001',
				from: 82,
				to: 80,
				status: 'COMPLETED',
			}),
			expect.objectContaining({
				customerNo: '7100003',
				subscriptionId: '41000005',
				from: 38,
				to: 41,
				status: 'COMPLETED',
			}),
			expect.objectContaining({
				customerNo: '7100005',
				subscriptionId: '41000011',
				from: 16,
				to: 20,
				status: 'COMPLETED',
			}),
		]);
		expect(report.changesRefused).toEqual([
			expect.objectContaining({
				customerNo: '7100002',
				subscriptionId: '41000004',
				error: expect.stringMatching(
					/^StreamOne Stellr refused the seat change: Microsoft allows fewer seats only within 7 days/,
				),
			}),
		]);
		expect(report.stillRunning).toEqual([]);
		expect(report.unmappedSkus).toEqual([
			{ customerNo: '7100006', skuPartNumber: 'POWER_BI_PRO', seatsInUse: 12 },
		]);
		expect(report.customersNotFound).toEqual([
			{
				customerNo: '7100099',
				error: expect.stringMatching(/did not find the resource: check the ID: customer '7100099'/),
			},
		]);
		expect(
			(report.subscriptionsWithoutUsage as Array<{ subscriptionId: string }>).map(
				(s) => s.subscriptionId,
			),
		).toEqual(['41000013', '41000014']);

		// what Stellr saw: each change sent once, the refused one changed nothing
		expect({
			basic: seats('41000001'),
			standard: seats('41000005'),
			copilot: seats('41000011'),
			exchange: seats('41000004'),
		}).toEqual({
			basic: 80,
			standard: 41,
			copilot: 20,
			exchange: 17,
		});
		const changes = stellr.log.filter((e) => e.route === CHANGE);
		expect(changes.map((e) => `${e.path.split('/')[6]} ${e.status}`).sort()).toEqual([
			'41000001 202',
			'41000004 200',
			'41000005 202',
			'41000011 202',
		]);
		expect(stellr.stats().tokenCalls).toBe(1);
		expect(`${result.stdout}${result.stderr}`).not.toContain(stellr.clientSecret);
	});

	test('n8n lists the node with its credential and as an AI tool', async () => {
		await n8n.start();
		try {
			const cookie = await n8n.setupOwner(OWNER);
			const nodes = (await n8n.restGet('/types/nodes.json', cookie)) as Array<{
				name: string;
				displayName: string;
				credentials?: Array<{ name: string }>;
			}>;
			const node = nodes.find((t) => t.name === NODE_TYPE);
			expect(node?.displayName).toBe('Stellr StreamOne');
			expect(node?.credentials?.map((c) => c.name)).toEqual(['streamOneStellrApi']);
			expect(nodes.some((t) => t.name === `${NODE_TYPE}Tool`)).toBe(true);
		} finally {
			await n8n.stop();
		}
	});
});
