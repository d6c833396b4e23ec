// End-to-end in real n8n 2.41.1: the built package's Stellr credential against the Stellr emulator.
// n8n's own HTTP Request node uses the credential ("Predefined Credential Type"), through the
// CLI's CredentialsHelper like any node; the Stellr node itself: stellr-reconciliation.e2e.test.ts.
import { startStellrEmulator, type StellrEmulator } from '../../emulator/stellr';
import { createN8nInstance, OWNER, type N8nInstance } from '../../scripts/n8n-env';
import { nodeItems, type RunOutput } from '../../scripts/reconciliation-report';
import { stellrCredentialData } from '../stellr/credentialData';

const CREDENTIAL_TYPE = 'streamOneStellrApi';
const CREDENTIAL_ID = 'StellrCredential1';
const CREDENTIAL_NAME = 'StreamOne Stellr (emulator)';
const WORKFLOW_ID = 'StellrTwentyItems';
const CUSTOMERS = 'GET /api/v1/cloud/customers';

let stellr: StellrEmulator;
let n8n: N8nInstance;
let credentialData: Record<string, unknown>;

function workflow() {
	return {
		id: WORKFLOW_ID,
		name: 'Stellr credential: 20 concurrent requests',
		active: false,
		settings: { executionOrder: 'v1' },
		connections: {
			Start: { main: [[{ node: 'Twenty items', type: 'main', index: 0 }]] },
			'Twenty items': { main: [[{ node: 'List one customer', type: 'main', index: 0 }]] },
		},
		nodes: [
			{
				id: 'a1',
				name: 'Start',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: 'a2',
				name: 'Twenty items',
				type: 'n8n-nodes-base.code',
				typeVersion: 2,
				position: [200, 0],
				parameters: { jsCode: 'return Array.from({ length: 20 }, (_, i) => ({ json: { i } }));' },
			},
			{
				id: 'a3',
				name: 'List one customer',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				position: [400, 0],
				parameters: {
					method: 'GET',
					url: `${stellr.url}/api/v1/cloud/customers?pageNo=1&pageSize=1`,
					authentication: 'predefinedCredentialType',
					nodeCredentialType: CREDENTIAL_TYPE,
					options: {},
				},
				credentials: { [CREDENTIAL_TYPE]: { id: CREDENTIAL_ID, name: CREDENTIAL_NAME } },
			},
		],
	};
}

beforeAll(async () => {
	stellr = await startStellrEmulator({ seed: 'demo' });
	n8n = await createN8nInstance({ log: () => undefined });
	credentialData = stellrCredentialData(stellr);
	await n8n.importCredentials([
		{ id: CREDENTIAL_ID, name: CREDENTIAL_NAME, type: CREDENTIAL_TYPE, data: credentialData },
	]);
	await n8n.importWorkflow(workflow());
	stellr.reset();
});

afterAll(async () => {
	await n8n?.dispose();
	await stellr?.close();
});

describe('the Stellr credential in n8n 2.41.1', () => {
	test('20 concurrent requests of one execution share one token call, and nothing is saved', async () => {
		const result = await n8n.execute(WORKFLOW_ID);
		const data = result.data as RunOutput | undefined;
		expect({ ok: result.ok, status: data?.status }).toEqual({ ok: true, status: 'success' });
		expect(nodeItems(data ?? {}, 'List one customer')).toHaveLength(20);
		expect(stellr.stats().tokenCalls).toBe(1);
		expect(stellr.stats().byMethodPathStatus[`${CUSTOMERS} 200`]).toBe(20);
		expect(stellr.stats().byMethodPathStatus[`${CUSTOMERS} 401`]).toBeUndefined();

		const saved = (await n8n.exportCredentials()).find((c) => c.id === CREDENTIAL_ID);
		expect(saved?.data).toEqual(credentialData);
		expect(`${result.stdout}${result.stderr}`).not.toContain(stellr.clientSecret);
	});

	test('n8n lists the credential type, and its test lists one customer', async () => {
		const serverLog: string[] = [];
		await n8n.start({ onOutput: (line) => serverLog.push(line) });
		try {
			const cookie = await n8n.setupOwner(OWNER);
			const types = (await n8n.restGet('/types/credentials.json', cookie)) as Array<{
				name: string;
				displayName: string;
				properties: Array<{ name: string }>;
			}>;
			const stellrType = types.find((t) => t.name === CREDENTIAL_TYPE);
			expect(stellrType?.displayName).toBe('TD SYNNEX StreamOne Stellr API');
			expect(stellrType?.properties.map((p) => p.name)).toEqual(
				expect.arrayContaining([
					'environment',
					'region',
					'customBaseUrl',
					'clientId',
					'clientSecret',
					'tokenUrl',
				]),
			);

			stellr.reset();
			const tested = await fetch(`http://127.0.0.1:${n8n.port}/rest/credentials/test`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', cookie },
				body: JSON.stringify({
					credentials: {
						id: CREDENTIAL_ID,
						name: CREDENTIAL_NAME,
						type: CREDENTIAL_TYPE,
						data: credentialData,
					},
				}),
			});
			expect(tested.status).toBe(200);
			expect(await tested.json()).toEqual({
				data: { status: 'OK', message: 'Connection successful!' },
			});
			expect(stellr.log.map((e) => `${e.route} ${e.status}`)).toEqual([
				'POST /oauth2/v1/token 200',
				`${CUSTOMERS} 200`,
			]);
			expect(serverLog.join('\n')).not.toContain(stellr.clientSecret);
		} finally {
			await n8n.stop();
		}
	});
});
