// Issue 3: the refresh-token exchange that never loses the token chain.
// Harness (n8n-core WorkflowExecute -> RoutingNode) + emulator, real HTTP.
import { UNKNOWN_ACCOUNT_ID, startEmulator, type Emulator } from '../../emulator';
import { sleep, type ICredentialDataDecryptedObject, type IHttpRequestOptions } from 'n8n-workflow';

import { StreamOneIonApi } from '../../credentials/StreamOneIonApi.credentials';

import {
	CredentialProbe,
	CredentialStore,
	TestCredentialsHelper,
	registerCredentialType,
	reportedErrors,
	runConcurrent,
	runNode,
	testCredential,
	type RunNodeResult,
} from '../harness';
import { noOpWorkflow } from './noOpWorkflow';

const CUSTOMERS = 'GET /api/v3/accounts/{accountId}/customers';
/** Emulator tokens are 48 upper-case characters; nothing that long may appear in errors or output. */
const TOKEN_LIKE = /[A-Z0-9]{40,}/;

const probe = () => new CredentialProbe();
const listCustomers = { operation: 'listCustomers' };

function routeCount(ion: Emulator, status: number): number {
	return ion.stats().byMethodPathStatus[`${CUSTOMERS} ${status}`] ?? 0;
}

/** Spends a refresh token directly at the emulator, as another process would. */
async function spendDirectly(ion: Emulator, refreshToken: string): Promise<number> {
	const response = await fetch(`${ion.url}/oauth/token`, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({
			grant_type: 'refresh_token',
			refresh_token: refreshToken,
		}).toString(),
	});
	return response.status;
}

function expectNoSecrets(result: RunNodeResult, secrets: string[]): void {
	const error = result.error as (Error & { description?: string }) | undefined;
	const texts = [
		error?.message ?? '',
		error?.description ?? '',
		JSON.stringify(error ?? {}),
		JSON.stringify(result.items),
		...reportedErrors,
	];
	for (const text of texts) {
		for (const secret of secrets) expect(text).not.toContain(secret);
		expect(text).not.toMatch(TOKEN_LIKE);
	}
}

describe('credential streamOneIonApi (description)', () => {
	const credential = new StreamOneIonApi();
	const field = (name: string) => credential.properties.find((p) => p.name === name);

	it('declares the user fields, with hints', () => {
		expect(credential.name).toBe('streamOneIonApi');
		expect(credential.displayName).toBe('TD SYNNEX StreamOne Ion API');
		expect(field('accountId')).toMatchObject({ required: true, type: 'string' });
		expect(field('accountId')?.hint).toMatch(/Account Information/);
		expect(field('refreshToken')).toMatchObject({
			required: true,
			typeOptions: { password: true },
		});
		expect(field('refreshToken')?.hint).toMatch(/Request New Credentials/);
		expect(field('refreshToken')?.hint).toMatch(/fixed value, not an expression/);
		expect(field('accessToken')).toMatchObject({ typeOptions: { password: true } });
		expect(field('accessToken')?.required).toBeFalsy();
		expect(field('baseUrl')?.default).toBe('https://ion.tdsynnex.com');
	});

	it('declares every key preAuthentication returns, with one hidden expirable token', () => {
		const expirable = credential.properties.filter(
			(p) => p.type === 'hidden' && p.typeOptions?.expirable,
		);
		expect(expirable.map((p) => p.name)).toEqual(['sessionToken']);
		expect(field('expiresAt')?.type).toBe('hidden');
		expect(typeof credential.preAuthentication).toBe('function');
		expect(typeof credential.authenticate).toBe('function');
	});

	// `authenticate` is a function so that n8n does not run its expression engine on every
	// request. It must give exactly what the former generic authenticator gave, through the
	// CLI's CredentialsHelper.authenticate (copied by the harness).
	describe('authenticate: the same header as the generic Bearer authenticator', () => {
		const GENERIC = 'streamOneIonApiGenericReference';
		registerCredentialType({
			name: GENERIC,
			displayName: 'Generic reference',
			properties: [],
			authenticate: {
				type: 'generic',
				properties: { headers: { Authorization: '=Bearer {{$credentials.sessionToken}}' } },
			},
		});
		const helper = new TestCredentialsHelper([]);
		const { workflow, node } = noOpWorkflow();

		const tokens: Array<[string, unknown]> = [
			['an access token', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGHIJKL'],
			['a token with URL-safe and base64 characters', 'a.b-c_d~e+f/g=h'],
			['an empty token', ''],
			['no token', undefined],
			['surrounding spaces', ' tok '],
			['expression-like text (not evaluated)', 'a{{ 1 + 1 }}b'],
		];
		const requests: Array<[string, () => IHttpRequestOptions]> = [
			['headers undefined', () => ({ url: '/x' })],
			[
				'other headers and an old Authorization',
				() => ({ url: '/x', headers: { Accept: 'application/json', Authorization: 'Bearer old' } }),
			],
		];

		for (const [tokenCase, sessionToken] of tokens) {
			for (const [requestCase, makeRequest] of requests) {
				it(`${tokenCase}, ${requestCase}`, async () => {
					const credentials = {
						accountId: '1000',
						sessionToken,
					} as ICredentialDataDecryptedObject;
					const genericIn = makeRequest();
					const expected = await helper.authenticate(
						{ ...credentials },
						GENERIC,
						genericIn,
						workflow,
						node,
					);
					const functionIn = makeRequest();
					const log = jest.spyOn(console, 'log').mockImplementation(() => {});
					const actual = await helper.authenticate(
						{ ...credentials },
						'streamOneIonApi',
						functionIn,
						// the CLI does not need a workflow or node for a function authenticator
					);
					expect(log).not.toHaveBeenCalled();
					log.mockRestore();
					expect(actual).toEqual(expected);
					expect(actual.headers?.Authorization).toBe(
						`Bearer ${sessionToken === undefined ? '' : String(sessionToken)}`,
					);
					// changed in place and returned, like the generic authenticator
					expect(expected).toBe(genericIn);
					expect(actual).toBe(functionIn);
				});
			}
		}
	});
});

describe('credential streamOneIonApi (emulator)', () => {
	let ion: Emulator;
	beforeAll(async () => {
		ion = await startEmulator({ port: 0, seed: 'demo' });
	});
	afterAll(async () => {
		await ion.close();
	});
	beforeEach(() => {
		ion.reset();
		ion.setFaults([]);
		reportedErrors.length = 0;
	});

	it('first use with only a refresh token: one token call, rotated tokens persisted, request succeeds', async () => {
		const refreshToken = ion.issueRefreshToken();
		const store = new CredentialStore({ accountId: ion.accountId, refreshToken, baseUrl: ion.url });
		const result = await runNode({ nodeType: probe(), parameters: listCustomers, store });

		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1);
		expect(Array.isArray(result.items[0].json.customers)).toBe(true);
		expect(ion.stats().tokenCalls).toBe(1);
		expect(routeCount(ion, 200)).toBe(1);
		expect(store.data.refreshToken).toBe(ion.lastIssuedRefreshToken);
		expect(store.data.refreshToken).not.toBe(refreshToken);
		expect(store.data.sessionToken).toMatch(TOKEN_LIKE);
		expect(store.data.accessToken).toBe(store.data.sessionToken);
		expect(Date.parse(store.data.expiresAt as string)).toBeGreaterThan(Date.now());
		expect(store.updates).toBe(1);

		// the next execution uses the stored access token: no token call
		ion.reset();
		const again = await runNode({ nodeType: probe(), parameters: listCustomers, store });
		expect(again.error).toBeUndefined();
		expect(ion.stats().tokenCalls).toBe(0);
	});

	it('base URL with a trailing slash works', async () => {
		const store = new CredentialStore({
			accountId: ion.accountId,
			refreshToken: ion.issueRefreshToken(),
			baseUrl: `${ion.url}/`,
		});
		const result = await runNode({ nodeType: probe(), parameters: listCustomers, store });
		expect(result.error).toBeUndefined();
		expect(ion.stats().tokenCalls).toBe(1);
		expect((await testCredential(store)).status).toBe('OK');
	});

	it('the credential test uses what preAuthentication uses: trimmed account ID and base URL', async () => {
		const store = new CredentialStore({
			accountId: ` ${ion.accountId} `,
			refreshToken: ion.issueRefreshToken(),
			baseUrl: ` ${ion.url}// `,
		});
		expect(await testCredential(store)).toEqual({
			status: 'OK',
			message: 'Connection successful!',
		});
		expect(ion.stats().tokenCalls).toBe(1);
		expect(routeCount(ion, 200)).toBe(1);
	});

	it('access token given: used until it expires, zero token calls', async () => {
		const { accessToken, refreshToken } = ion.issueTokens();
		const store = new CredentialStore({
			accountId: ion.accountId,
			refreshToken,
			accessToken,
			baseUrl: ion.url,
		});
		expect(await testCredential(store)).toEqual({
			status: 'OK',
			message: 'Connection successful!',
		});
		for (let i = 0; i < 3; i++) {
			const result = await runNode({
				nodeType: probe(),
				parameters: listCustomers,
				store,
				items: [{ json: {} }, { json: {} }, { json: {} }],
			});
			expect(result.error).toBeUndefined();
			expect(result.items).toHaveLength(3);
		}
		expect(ion.stats().tokenCalls).toBe(0);
		expect(store.data.refreshToken).toBe(refreshToken);
		expect(store.data.sessionToken).toBe(accessToken);
	});

	it('a request still holding a refresh token this process just spent gets the fresh tokens', async () => {
		const refreshToken = ion.issueRefreshToken();
		const first = new CredentialStore({ accountId: ion.accountId, refreshToken, baseUrl: ion.url });
		expect(
			(await runNode({ nodeType: probe(), parameters: listCustomers, store: first })).error,
		).toBeUndefined();
		expect(ion.stats().tokenCalls).toBe(1);

		// A stale copy (read before the rotation was saved) must not spend the dead token again.
		const stale = new CredentialStore({ accountId: ion.accountId, refreshToken, baseUrl: ion.url });
		const result = await runNode({ nodeType: probe(), parameters: listCustomers, store: stale });
		expect(result.error).toBeUndefined();
		expect(ion.stats().tokenCalls).toBe(1);
		expect(stale.data.refreshToken).toBe(ion.lastIssuedRefreshToken);
		expect(stale.data.sessionToken).toBe(first.data.sessionToken);
	});

	describe('credential test', () => {
		it('passes for good values and saves the rotated token', async () => {
			const refreshToken = ion.issueRefreshToken();
			const store = new CredentialStore({
				accountId: ion.accountId,
				refreshToken,
				baseUrl: ion.url,
			});
			expect(await testCredential(store)).toEqual({
				status: 'OK',
				message: 'Connection successful!',
			});
			expect(ion.stats().tokenCalls).toBe(1);
			expect(store.data.refreshToken).toBe(ion.lastIssuedRefreshToken);
			// the editor re-tests on open: the chain goes on
			expect((await testCredential(store)).status).toBe('OK');
			expect(store.data.refreshToken).toBe(ion.lastIssuedRefreshToken);
		});

		it('names the problem for an account id without access (403)', async () => {
			const store = new CredentialStore({
				accountId: '2000',
				refreshToken: ion.issueRefreshToken(),
				baseUrl: ion.url,
			});
			const result = await testCredential(store);
			expect(result.status).toBe('Error');
			expect(result.message).toMatch(/no access to this Account ID/);
		});

		it('names the problem for an unknown account id (404)', async () => {
			const store = new CredentialStore({
				accountId: UNKNOWN_ACCOUNT_ID,
				refreshToken: ion.issueRefreshToken(),
				baseUrl: ion.url,
			});
			const result = await testCredential(store);
			expect(result.status).toBe('Error');
			expect(result.message).toMatch(/No StreamOne Ion account has this Account ID/);
		});

		it('names the problem for a spent refresh token, without the token', async () => {
			const refreshToken = ion.issueRefreshToken();
			expect(await spendDirectly(ion, refreshToken)).toBe(200);
			ion.reset();
			const store = new CredentialStore({
				accountId: ion.accountId,
				refreshToken,
				baseUrl: ion.url,
			});
			const result = await testCredential(store);
			expect(result.status).toBe('Error');
			expect(result.message).toMatch(
				/^StreamOne Ion refused the refresh token: .*already been used/,
			);
			expect(result.message).toMatch(/Request New Credentials/);
			expect(result.message).not.toContain(refreshToken);
			expect(result.message).not.toMatch(TOKEN_LIKE);
			expect(ion.stats().tokenCalls).toBe(1);
			expect(store.updates).toBe(0);
		});

		it('names the field for a malformed account id or base URL', async () => {
			const badId = new CredentialStore({
				accountId: 'acc-1',
				refreshToken: ion.issueRefreshToken(),
				baseUrl: ion.url,
			});
			expect((await testCredential(badId)).message).toMatch(/Account ID .* digits only/);
			const badUrl = new CredentialStore({
				accountId: ion.accountId,
				refreshToken: ion.issueRefreshToken(),
				baseUrl: 'http://ion.example.com',
			});
			expect((await testCredential(badUrl)).message).toMatch(/Base URL .* https:\/\//);
			expect(ion.stats().tokenCalls).toBe(0);
		});
	});

	describe('refused or unreachable token endpoint', () => {
		const message =
			/^StreamOne Ion refused the refresh token: .+\. It is expired \(32 days\), revoked or already used\. In Ion open Settings > Users > your integration user > Edit > Request New Credentials, then paste the new refresh token here\.$/;

		it('spent refresh token: actionable error, no token anywhere', async () => {
			const refreshToken = ion.issueRefreshToken();
			await spendDirectly(ion, refreshToken);
			ion.reset();
			const store = new CredentialStore({
				accountId: ion.accountId,
				refreshToken,
				baseUrl: ion.url,
			});
			const result = await runNode({ nodeType: probe(), parameters: listCustomers, store });
			expect(result.error?.message).toMatch(message);
			expect(result.error?.message).toMatch(/already been used/);
			expect(ion.stats().tokenCalls).toBe(1);
			expectNoSecrets(result, [refreshToken]);

			const continued = await runNode({
				nodeType: probe(),
				parameters: listCustomers,
				store,
				continueOnFail: true,
				items: [{ json: {} }, { json: {} }],
			});
			expect(continued.error).toBeUndefined();
			expect(continued.items).toHaveLength(2);
			expect(String(continued.items[0].json.error)).toMatch(/refused the refresh token/);
			expectNoSecrets(continued, [refreshToken]);
		});

		it('unknown refresh token: actionable error, no token anywhere', async () => {
			const refreshToken = 'not-issued-'.padEnd(48, 'X').toUpperCase();
			const store = new CredentialStore({
				accountId: ion.accountId,
				refreshToken,
				baseUrl: ion.url,
			});
			const result = await runNode({ nodeType: probe(), parameters: listCustomers, store });
			expect(result.error?.message).toMatch(message);
			expect(result.error?.message).toMatch(/unknown/);
			expectNoSecrets(result, [refreshToken]);
		});

		it('expired refresh token: actionable error, no token anywhere', async () => {
			const shortLived = await startEmulator({ port: 0, seed: 'empty', refreshTokenTtlMs: 50 });
			try {
				const refreshToken = shortLived.issueRefreshToken();
				await sleep(100);
				const store = new CredentialStore({
					accountId: shortLived.accountId,
					refreshToken,
					baseUrl: shortLived.url,
				});
				const result = await runNode({ nodeType: probe(), parameters: listCustomers, store });
				expect(result.error?.message).toMatch(message);
				expect(result.error?.message).toMatch(/expired/);
				expectNoSecrets(result, [refreshToken]);
			} finally {
				await shortLived.close();
			}
		});

		it('after a 401, a spent refresh token gives the same actionable error (one token call)', async () => {
			const { accessToken, refreshToken } = ion.issueTokens();
			await spendDirectly(ion, refreshToken);
			ion.reset();
			const store = new CredentialStore({
				accountId: ion.accountId,
				refreshToken,
				baseUrl: ion.url,
				sessionToken: 'REVOKEDACCESS',
			});
			const result = await runNode({ nodeType: probe(), parameters: listCustomers, store });
			expect(result.error?.message).toMatch(message);
			expect(ion.stats().tokenCalls).toBe(1);
			expectNoSecrets(result, [refreshToken, accessToken]);
		});

		it('a 5xx from the token endpoint says so; the failure is not remembered, the next run refreshes', async () => {
			const refreshToken = ion.issueRefreshToken();
			const store = new CredentialStore({
				accountId: ion.accountId,
				refreshToken,
				baseUrl: ion.url,
			});
			ion.setFaults([{ kind: '5xx', path: '/oauth/token', count: 1 }]);
			const failed = await runNode({ nodeType: probe(), parameters: listCustomers, store });
			expect(failed.error?.message).toMatch(/^StreamOne Ion's token endpoint failed \(HTTP 503/);
			expectNoSecrets(failed, [refreshToken]);
			expect(store.updates).toBe(0);

			const ok = await runNode({ nodeType: probe(), parameters: listCustomers, store });
			expect(ok.error).toBeUndefined();
			expect(ion.stats().tokenCalls).toBe(2);
			expect(store.data.refreshToken).toBe(ion.lastIssuedRefreshToken);
		});

		it('a dropped connection at the token endpoint says so, without the token', async () => {
			const refreshToken = ion.issueRefreshToken();
			const store = new CredentialStore({
				accountId: ion.accountId,
				refreshToken,
				baseUrl: ion.url,
			});
			ion.setFaults([{ kind: 'drop', path: '/oauth/token', count: 1 }]);
			const failed = await runNode({ nodeType: probe(), parameters: listCustomers, store });
			expect(failed.error?.message).toMatch(
				/^Could not reach StreamOne Ion at .*\/oauth\/token \(/,
			);
			expect(failed.error?.message).toMatch(/Request New Credentials/);
			expectNoSecrets(failed, [refreshToken]);
		});

		it('network failure says so, without the token', async () => {
			const refreshToken = ion.issueRefreshToken();
			const store = new CredentialStore({
				accountId: ion.accountId,
				refreshToken,
				baseUrl: 'http://127.0.0.1:9',
			});
			const result = await runNode({ nodeType: probe(), parameters: listCustomers, store });
			expect(result.error?.message).toMatch(
				/^Could not reach StreamOne Ion at http:\/\/127\.0\.0\.1:9\/oauth\/token \(connection refused\)/,
			);
			expect(result.error?.message).toMatch(/refresh token was not used/);
			expectNoSecrets(result, [refreshToken]);
			const tested = await testCredential(store);
			expect(tested.message).toMatch(/^Could not reach StreamOne Ion/);
		});
	});
});

describe('credential streamOneIonApi with expiring access tokens (emulator)', () => {
	// Access tokens live Ion's 2 hours. Instead of waiting for one to die (a short TTL cost 3 s
	// per test and put a hidden time bound on the 125 requests that follow the refresh), the
	// tokens issued so far are ended in the emulator's token store, as two hours passing would.
	let ion: Emulator;
	beforeEach(async () => {
		ion = await startEmulator({ port: 0, seed: 'demo' });
		reportedErrors.length = 0;
	});
	afterEach(async () => {
		await ion.close();
	});

	/** A credential as n8n holds it two hours later: the saved access token has expired. */
	async function expiredStore(): Promise<{
		store: CredentialStore;
		refreshToken: string;
		accessToken: string;
	}> {
		const { accessToken, refreshToken } = ion.issueTokens();
		ion.expireAccessTokens(); // every access token issued so far; refresh tokens untouched
		ion.reset();
		const store = new CredentialStore({
			accountId: ion.accountId,
			refreshToken,
			accessToken,
			baseUrl: ion.url,
			sessionToken: accessToken,
			expiresAt: new Date(Date.now() - 100).toISOString(),
		});
		return { store, refreshToken, accessToken };
	}

	it("an expired access token: the API's 401 leads to one refresh and one retry", async () => {
		const { store, refreshToken } = await expiredStore();
		const result = await runNode({ nodeType: probe(), parameters: listCustomers, store });

		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1);
		const stats = ion.stats();
		expect(stats.tokenCalls).toBe(1);
		expect(routeCount(ion, 401)).toBe(1);
		expect(routeCount(ion, 200)).toBe(1);
		expect(store.data.refreshToken).toBe(ion.lastIssuedRefreshToken);
		expect(store.data.refreshToken).not.toBe(refreshToken);
		expect(store.updates).toBe(1);
	});

	it('a pasted access token that has expired: used once, then one refresh and one retry', async () => {
		const { accessToken, refreshToken } = ion.issueTokens();
		ion.expireAccessTokens(); // every access token issued so far; refresh tokens untouched
		ion.reset();
		const store = new CredentialStore({
			accountId: ion.accountId,
			refreshToken,
			accessToken,
			baseUrl: ion.url,
		});
		const result = await runNode({ nodeType: probe(), parameters: listCustomers, store });
		expect(result.error).toBeUndefined();
		expect(ion.stats().tokenCalls).toBe(1);
		expect(store.data.refreshToken).toBe(ion.lastIssuedRefreshToken);
		expect(store.data.sessionToken).not.toBe(accessToken);
	});

	it('25 items x 5 concurrent executions, all with an expired access token: exactly one token call', async () => {
		const { store } = await expiredStore();
		const items = Array.from({ length: 25 }, (_, i) => ({ json: { i } }));
		const results = await runConcurrent(5, {
			nodeType: probe(),
			parameters: listCustomers,
			store,
			items,
		});

		for (const result of results) {
			expect(result.error).toBeUndefined();
			expect(result.items).toHaveLength(25);
			for (const item of result.items) {
				expect(item.error).toBeUndefined();
				expect(Array.isArray(item.json.customers)).toBe(true);
			}
		}
		expect(ion.stats().tokenCalls).toBe(1);
		expect(routeCount(ion, 200)).toBe(125);
		expect(store.data.refreshToken).toBe(ion.lastIssuedRefreshToken);

		// ... and the stored refresh token still works
		expect(await spendDirectly(ion, store.data.refreshToken as string)).toBe(200);
	});

	it('the real node (customer getAll), 25 items x 5 executions with an expired access token: one token call', async () => {
		const { store } = await expiredStore();
		const items = Array.from({ length: 25 }, (_, i) => ({ json: { i } }));
		const results = await runConcurrent(5, {
			parameters: { resource: 'customer', operation: 'getAll', returnAll: false, limit: 1 },
			store,
			items,
		});
		for (const result of results) {
			expect(result.error).toBeUndefined();
			expect(result.items).toHaveLength(25);
			expect(result.items.every((item) => item.error === undefined)).toBe(true);
		}
		expect(ion.stats().tokenCalls).toBe(1);
		expect(store.data.refreshToken).toBe(ion.lastIssuedRefreshToken);
	});

	it('25 items x 5 concurrent executions on first use (no access token yet): exactly one token call', async () => {
		const store = new CredentialStore({
			accountId: ion.accountId,
			refreshToken: ion.issueRefreshToken(),
			baseUrl: ion.url,
		});
		const items = Array.from({ length: 25 }, (_, i) => ({ json: { i } }));
		const results = await runConcurrent(5, {
			nodeType: probe(),
			parameters: listCustomers,
			store,
			items,
		});
		expect(results.every((r) => r.error === undefined && r.items.length === 25)).toBe(true);
		expect(ion.stats().tokenCalls).toBe(1);
		expect(store.data.refreshToken).toBe(ion.lastIssuedRefreshToken);
		expect(await spendDirectly(ion, store.data.refreshToken as string)).toBe(200);
	});
});
