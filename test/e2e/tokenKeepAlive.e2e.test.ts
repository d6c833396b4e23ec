/* eslint-disable @n8n/community-nodes/no-restricted-imports */
// Test code (node:fs, node:path for the workflow files). End-to-end in real n8n 2.41.1 (scripts/n8n-env.ts) against the emulator: the weekly token
// keep-alive example (examples/token-keep-alive.json) runs with `n8n execute`, in its three
// branches: healthy, refresh token expiring soon, and the check failing on a broken chain.
import * as fs from 'node:fs';
import * as path from 'node:path';

import { startEmulator, type Emulator } from '../../emulator';
import { DEMO_CREDENTIAL_ID, DEMO_CREDENTIAL_NAME, EXAMPLES_DIR } from '../../scripts/demo';
import { CREDENTIAL_TYPE, createN8nInstance, type N8nInstance } from '../../scripts/n8n-env';
import { nodeItems, type RunOutput } from '../../scripts/reconciliation-report';

const WORKFLOW_ID = 'IonTokenKeepAlive';
/** The same workflow with the threshold raised above 32 days, so a healthy chain alerts. */
const EXPIRING_ID = 'IonTokenExpiring1';
/** The same workflow on a credential whose refresh token was already spent elsewhere. */
const BROKEN_ID = 'IonTokenBroken001';
const BROKEN_CREDENTIAL_ID = 'IonBrokenCredential';

let ion: Emulator;
let n8n: N8nInstance;
let firstRefreshToken: string;
let spentRefreshToken: string;

interface Workflow {
	id: string;
	name: string;
	nodes: Array<{ name: string; parameters: Record<string, unknown>; credentials?: unknown }>;
}

const ran = (run: RunOutput, node: string) => run.data?.resultData?.runData?.[node] !== undefined;

async function run(id: string): Promise<{ data: RunOutput; output: string }> {
	const result = await n8n.execute(id);
	const data = result.data as RunOutput | undefined;
	if (!result.ok || data?.status !== 'success') {
		throw new Error(
			`workflow ${id} failed: ${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`,
		);
	}
	return { data, output: `${result.stdout}${result.stderr}` };
}

const oauthCalls = () =>
	ion.log.filter((e) => e.path.startsWith('/oauth/')).map((e) => `${e.route} ${e.status}`);

beforeAll(async () => {
	ion = await startEmulator({ port: 0, seed: 'demo' });
	n8n = await createN8nInstance({ log: () => undefined });
	firstRefreshToken = ion.issueRefreshToken();
	spentRefreshToken = ion.issueRefreshToken();
	const spent = await fetch(`${ion.url}/oauth/token`, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({
			grant_type: 'refresh_token',
			refresh_token: spentRefreshToken,
		}).toString(),
	});
	expect(spent.status).toBe(200);
	await n8n.importCredentials([
		{
			id: DEMO_CREDENTIAL_ID,
			name: DEMO_CREDENTIAL_NAME,
			type: CREDENTIAL_TYPE,
			data: { accountId: ion.accountId, refreshToken: firstRefreshToken, baseUrl: ion.url },
		},
		{
			id: BROKEN_CREDENTIAL_ID,
			name: 'StreamOne Ion (broken chain)',
			type: CREDENTIAL_TYPE,
			data: { accountId: ion.accountId, refreshToken: spentRefreshToken, baseUrl: ion.url },
		},
	]);
	const example = JSON.parse(
		fs.readFileSync(path.join(EXAMPLES_DIR, 'token-keep-alive.json'), 'utf8'),
	) as Workflow;
	const dir = path.join(n8n.root, 'keep-alive');
	fs.mkdirSync(dir, { recursive: true });
	const expiring = structuredClone(example);
	expiring.id = EXPIRING_ID;
	expiring.name = 'Token keep-alive, threshold 40 days';
	const condition = expiring.nodes.find((n) => n.name === 'Fewer than 10 days left?')!.parameters
		.conditions as { conditions: Array<{ rightValue: number }> };
	condition.conditions[0].rightValue = 40;
	const broken = structuredClone(example);
	broken.id = BROKEN_ID;
	broken.name = 'Token keep-alive, broken chain';
	broken.nodes.find((n) => n.name === 'Get token status')!.credentials = {
		[CREDENTIAL_TYPE]: { id: BROKEN_CREDENTIAL_ID, name: 'StreamOne Ion (broken chain)' },
	};
	const files = [example, expiring, broken].map((w) => {
		const file = path.join(dir, `${w.id}.json`);
		fs.writeFileSync(file, JSON.stringify(w));
		return file;
	});
	await n8n.importWorkflowFiles(files);
	ion.reset();
});

afterAll(async () => {
	await n8n?.dispose();
	await ion?.close();
});

describe('weekly token keep-alive example in n8n 2.41.1', () => {
	test('healthy chain: renews the expired (here: never fetched) access token, reports 32 days left, no alert', async () => {
		const { data, output } = await run(WORKFLOW_ID);
		const [status] = nodeItems(data, 'Get token status');
		expect(status).toMatchObject({ accountId: ion.accountId, refreshTokenRotated: true });
		expect(Number(status.refreshDaysLeft)).toBeGreaterThanOrEqual(31.9);
		expect(Number(status.accessExpiresInSeconds)).toBeGreaterThan(7000);
		expect(nodeItems(data, 'Fewer than 10 days left?', 1)).toHaveLength(1);
		const [healthy] = nodeItems(data, 'Token chain healthy');
		expect(healthy).toMatchObject({ alert: false, refreshTokenRotated: true });
		expect(String(healthy.message)).toMatch(
			/^Token chain healthy: the refresh token is valid for 3[12](\.\d)? more days .*this check renewed it\.$/,
		);
		expect(ran(data, 'Send alert (replace with e-mail or chat)')).toBe(false);
		expect(oauthCalls()).toEqual(['POST /oauth/token 200', 'POST /oauth/validateAccess 200']);
		// n8n saved the rotated refresh token: the chain goes on
		const stored = (await n8n.exportCredentials()).find((c) => c.id === DEMO_CREDENTIAL_ID);
		expect(stored?.data.refreshToken).toBe(ion.lastIssuedRefreshToken);
		expect(stored?.data.refreshToken).not.toBe(firstRefreshToken);
		expect(output).not.toContain(firstRefreshToken);
		expect(output).not.toContain(String(stored?.data.refreshToken));
		expect(output).not.toContain(String(stored?.data.sessionToken));
	});

	test('threshold above the days left: the alert branch runs; a live access token means nothing is spent', async () => {
		ion.reset();
		const { data } = await run(EXPIRING_ID);
		const [status] = nodeItems(data, 'Get token status');
		expect(status.refreshTokenRotated).toBe(false);
		const [alert] = nodeItems(data, 'Alert: token expires soon');
		expect(alert).toMatchObject({ alert: true, refreshDaysLeft: status.refreshDaysLeft });
		expect(String(alert.subject)).toBe(
			`StreamOne Ion: the refresh token of account ${ion.accountId} expires in ${status.refreshDaysLeft} days`,
		);
		expect(String(alert.message)).toMatch(/Request New Credentials/);
		expect(nodeItems(data, 'Send alert (replace with e-mail or chat)')).toHaveLength(1);
		expect(ran(data, 'Token chain healthy')).toBe(false);
		// the access token n8n stored in the first run is still alive: one validateAccess, nothing else
		expect(oauthCalls()).toEqual(['POST /oauth/validateAccess 200']);
		expect(ion.log.filter((e) => e.path.startsWith('/api/'))).toHaveLength(0);
	});

	test('broken chain: the check fails, its error output raises the alert with the reason, and no token is printed', async () => {
		const { data, output } = await run(BROKEN_ID);
		expect(nodeItems(data, 'Get token status')).toHaveLength(0);
		const [error] = nodeItems(data, 'Get token status', 1);
		expect(String(error.error)).toMatch(/refused the refresh token/);
		const [alert] = nodeItems(data, 'Alert: token check failed');
		expect(alert).toMatchObject({
			alert: true,
			subject: 'StreamOne Ion: the weekly token check failed',
		});
		expect(String(alert.message)).toMatch(/refused the refresh token/);
		expect(nodeItems(data, 'Send alert (replace with e-mail or chat)')).toHaveLength(1);
		expect(output).not.toContain(spentRefreshToken);
	});
});
