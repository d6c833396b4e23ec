/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports */
// Test file: reads package.json and index.ts from disk to check the registration.
// The StreamOne Stellr credential through n8n-core (WorkflowExecute -> RoutingNode) against the
// Stellr emulator, over real HTTP: one shared, cached client-credentials token.
import { readFileSync } from 'fs';
import { join } from 'path';
import { StreamOneStellrApi } from '../../credentials/StreamOneStellrApi.credentials';
import {
	STELLR_BASE_URL_EXPRESSION,
	STELLR_DEFAULT_TOKEN_URL,
	stellrBaseUrl,
} from '../../credentials/stellrConstants';
import { clearStellrTokens } from '../../credentials/stellrToken';
import { startStellrEmulator, type StellrEmulator } from '../../emulator/stellr';
import { noOpWorkflow } from '../credential/noOpWorkflow';
import { reportedErrors, runConcurrent, runNode, testCredential } from '../harness';
import { StellrProbe } from './fixtures/StellrProbe.node';
import { SECRET_LIKE, items, sleep, stellrStore, visibleTexts } from './helpers';

const CUSTOMERS = 'GET /api/v1/cloud/customers';
const listCustomers = { operation: 'listCustomers' };
const probe = () => new StellrProbe();

describe('credential streamOneStellrApi (description)', () => {
	const credential = new StreamOneStellrApi();
	const field = (name: string) => credential.properties.find((p) => p.name === name);

	it('asks for client ID and secret, environment, region, custom URL and token URL', () => {
		expect(credential.displayName).toBe('TD SYNNEX StreamOne Stellr API');
		expect(field('clientId')).toMatchObject({ required: true, type: 'string' });
		expect(field('clientSecret')).toMatchObject({
			required: true,
			typeOptions: { password: true },
		});
		expect(field('environment')?.options?.map((o) => (o as { value: string }).value)).toEqual([
			'production',
			'sandbox',
		]);
		expect(
			field('region')
				?.options?.map((o) => (o as { value: string }).value)
				.sort(),
		).toEqual(['br', 'ca', 'custom', 'mx', 'us']);
		expect(field('customBaseUrl')?.displayOptions).toEqual({ show: { region: ['custom'] } });
		expect(field('tokenUrl')?.default).toBe(STELLR_DEFAULT_TOKEN_URL);
		const expirable = credential.properties.filter(
			(p) => p.type === 'hidden' && p.typeOptions?.expirable,
		);
		expect(expirable.map((p) => p.name)).toEqual(['sessionToken']);
	});

	it('is registered in package.json and exported by index.ts', () => {
		const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as {
			n8n: { credentials: string[] };
		};
		expect(pkg.n8n.credentials).toContain('dist/credentials/StreamOneStellrApi.credentials.js');
		expect(readFileSync(join(__dirname, '../../index.ts'), 'utf8')).toMatch(
			/export \{ StreamOneStellrApi \}/,
		);
	});

	it('the base URL expression n8n evaluates gives the same host as stellrBaseUrl', () => {
		const { workflow, node } = noOpWorkflow();
		const cases = [
			...['us', 'ca', 'br', 'mx'].flatMap((region) =>
				['production', 'sandbox'].map((environment) => ({ region, environment })),
			),
			{ region: 'custom', environment: 'sandbox', customBaseUrl: ' https://us.tdsynnex.com// ' },
		];
		for (const credentials of cases) {
			const evaluated = workflow.expression.getSimpleParameterValue(
				node,
				STELLR_BASE_URL_EXPRESSION,
				'internal',
				{ $credentials: credentials },
				undefined,
				'',
			);
			expect(evaluated).toBe(stellrBaseUrl(credentials));
		}
	});
});

describe('credential streamOneStellrApi (emulator)', () => {
	let stellr: StellrEmulator;
	beforeAll(async () => {
		stellr = await startStellrEmulator({ seed: 'demo' });
	});
	afterAll(async () => {
		await stellr.close();
	});
	beforeEach(() => {
		clearStellrTokens();
		stellr.reset();
		stellr.setFaults([]);
		stellr.setTokenTtlSeconds(3600);
		reportedErrors.length = 0;
	});

	const count = (key: string) => stellr.stats().byMethodPathStatus[key] ?? 0;

	it('credential test: lists one customer with one token call, and saves nothing', async () => {
		const store = stellrStore(stellr);
		const saved = structuredClone(store.data);
		expect(await testCredential(store)).toEqual({
			status: 'OK',
			message: 'Connection successful!',
		});
		expect(stellr.stats().tokenCalls).toBe(1);
		expect(count(`${CUSTOMERS} 200`)).toBe(1);
		expect(stellr.log.find((e) => e.route === CUSTOMERS)?.query).toEqual({
			pageNo: '1',
			pageSize: '1',
		});
		expect(store.updates).toBe(0);
		expect(store.data).toEqual(saved);
	});

	it('credential test with a wrong secret says what to fix, without the secret or client ID', async () => {
		const store = stellrStore(stellr, { clientSecret: 'wrong-secret-value' });
		const result = await testCredential(store);
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/refused the client ID or secret \(HTTP 401, invalid_client/);
		expect(result.message).toMatch(/Developer Portal > My Account > Client Credentials/);
		expect(result.message).not.toContain('wrong-secret-value');
		expect(result.message).not.toContain(stellr.clientId);
		expect(count(`${CUSTOMERS} 200`)).toBe(0);
	});

	it('credential test with client credentials that are not active yet mentions the 10 minutes', async () => {
		const fresh = stellr.issueClient(600_000);
		const result = await testCredential(stellrStore(stellr, fresh));
		expect(result).toMatchObject({ status: 'Error' });
		expect(result.message).toMatch(/up to 10 minutes/);
	});

	it('credential test against an address without the Stellr API answers the 404 rule', async () => {
		const result = await testCredential(
			stellrStore(stellr, { customBaseUrl: `${stellr.url}/not-stellr` }),
		);
		expect(result).toEqual({
			status: 'Error',
			message:
				'No StreamOne Stellr API at this address. Check Region, Environment and the Custom Base URL.',
		});
	});

	it('50 concurrent items share one token call', async () => {
		const store = stellrStore(stellr);
		const result = await runNode({
			nodeType: probe(),
			parameters: listCustomers,
			items: items(50),
			store,
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(50);
		expect(stellr.stats().tokenCalls).toBe(1);
		expect(count(`${CUSTOMERS} 200`)).toBe(50);
		expect(count(`${CUSTOMERS} 401`)).toBe(0);
		expect(store.updates).toBe(0);
	});

	it('10 concurrent executions of 10 items share one token call; the next run makes none', async () => {
		const store = stellrStore(stellr);
		const results = await runConcurrent(10, {
			nodeType: probe(),
			parameters: listCustomers,
			items: items(10),
			store,
		});
		expect(results.map((r) => r.error)).toEqual(Array(10).fill(undefined));
		expect(stellr.stats().tokenCalls).toBe(1);
		expect(count(`${CUSTOMERS} 200`)).toBe(100);
		stellr.reset();
		const again = await runNode({ nodeType: probe(), parameters: listCustomers, store });
		expect(again.error).toBeUndefined();
		expect(stellr.stats().tokenCalls).toBe(0);
	});

	it('renews the token before it expires: no request is refused', async () => {
		stellr.setTokenTtlSeconds(3); // the credential renews 20% early: after 2.4 s
		const store = stellrStore(stellr);
		expect(
			(await runNode({ nodeType: probe(), parameters: listCustomers, items: items(5), store }))
				.error,
		).toBeUndefined();
		expect(stellr.stats().tokenCalls).toBe(1);
		await sleep(2_500);
		stellr.reset();
		const result = await runNode({
			nodeType: probe(),
			parameters: listCustomers,
			items: items(5),
			store,
		});
		expect(result.error).toBeUndefined();
		expect(stellr.stats().tokenCalls).toBe(1);
		expect(count(`${CUSTOMERS} 401`)).toBe(0);
		expect(count(`${CUSTOMERS} 200`)).toBe(5);
	});

	it('a token the API refuses (401) is replaced once for all items, and every item succeeds', async () => {
		const store = stellrStore(stellr);
		await runNode({ nodeType: probe(), parameters: listCustomers, store });
		stellr.revokeAccessTokens();
		stellr.reset();
		const result = await runNode({
			nodeType: probe(),
			parameters: listCustomers,
			items: items(20),
			store,
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(20);
		expect(stellr.stats().tokenCalls).toBe(1);
		expect(count(`${CUSTOMERS} 401`)).toBe(20);
		expect(count(`${CUSTOMERS} 200`)).toBe(20);
	});

	it('token URL down: the run fails with "try again later" and no secret; the next run works', async () => {
		stellr.setFaults([{ kind: '5xx', path: '/oauth2/v1/token', count: 1 }]);
		const store = stellrStore(stellr);
		const failed = await runNode({
			nodeType: probe(),
			parameters: listCustomers,
			items: items(3),
			store,
		});
		expect(failed.error?.message).toMatch(/token URL failed \(HTTP 503.*Try again later/);
		expect(stellr.stats().tokenCalls).toBe(1);
		for (const text of visibleTexts(failed)) {
			expect(text).not.toContain(stellr.clientSecret);
			expect(text).not.toMatch(SECRET_LIKE);
		}
		const ok = await runNode({ nodeType: probe(), parameters: listCustomers, store });
		expect(ok.error).toBeUndefined();
		expect(stellr.stats().tokenCalls).toBe(2);
	});

	it('a wrong secret fails the run without showing the secret anywhere', async () => {
		const wrong = 'Wrong-Secret-0123456789-abcdefghijklmnop';
		const store = stellrStore(stellr, { clientSecret: wrong });
		const result = await runNode({
			nodeType: probe(),
			parameters: listCustomers,
			items: items(4),
			store,
		});
		expect(result.error?.message).toMatch(/refused the client ID or secret/);
		expect(stellr.stats().tokenCalls).toBe(1);
		for (const text of visibleTexts(result)) {
			expect(text).not.toContain(wrong);
			expect(text).not.toContain(stellr.clientId);
		}
	});

	it('a plain-http custom base URL is refused before anything is sent', async () => {
		const store = stellrStore(stellr, { customBaseUrl: 'http://stellr.example.test' });
		const result = await runNode({ nodeType: probe(), parameters: listCustomers, store });
		expect(result.error?.message).toMatch(
			/Custom Base URL of the StreamOne Stellr credential must be an https:\/\/ address/,
		);
		expect(stellr.stats().total).toBe(0);
	});

	it('client authentication as an HTTP Basic header works too', async () => {
		const store = stellrStore(stellr, { clientAuthentication: 'header' });
		const result = await runNode({ nodeType: probe(), parameters: listCustomers, store });
		expect(result.error).toBeUndefined();
		expect(stellr.stats().tokenCalls).toBe(1);
	});
});
