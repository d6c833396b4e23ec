// The credential's optional v1 API Key and API Secret (invoices): checked by the credential test
// before any refresh token is spent, remembered once Ion accepted them, never in an error.
// Harness (n8n-core, the CLI's credential-test semantics) + emulator, real HTTP.
import { startEmulator, type Emulator } from '../../emulator';
import { apiKeysFingerprint } from '../../credentials/ionApiKeys';
import { CredentialStore, runNode, testCredential } from '../harness';

const CHECK = 'GET /api/v1/invoices/myinvoices';

let ion: Emulator;
beforeAll(async () => {
	ion = await startEmulator({ port: 0, seed: 'demo' });
});
afterAll(async () => {
	await ion.close();
});
beforeEach(() => {
	ion.setFaults([]);
	ion.reset();
});

/** Values Ion does not know, made at run time. */
const unknownValue = (label: string) => `${label}-${Math.random().toString(36).slice(2, 10)}`;

const checks = () => ion.log.filter((e) => e.route === CHECK);
const credential = (extra: Record<string, string> = {}) =>
	new CredentialStore({
		accountId: ion.accountId,
		refreshToken: ion.issueRefreshToken(),
		baseUrl: ion.url,
		...extra,
	});

describe('credential test with API Key and API Secret', () => {
	test('keys Ion accepts: the test passes, checks them once with one invoice, and remembers them', async () => {
		const store = credential({ apiKey: ion.apiKey, apiSecret: ion.apiSecret });
		expect(await testCredential(store)).toEqual({
			status: 'OK',
			message: 'Connection successful!',
		});
		expect(checks().map((c) => [c.status, c.query.limit])).toEqual([[200, '1']]);
		// the key check comes before the token exchange
		expect(ion.log.map((e) => e.route).slice(0, 2)).toEqual([CHECK, 'POST /oauth/token']);
		expect(store.data.apiKeysVerified).toBe(apiKeysFingerprint(ion.apiKey, ion.apiSecret));

		ion.reset();
		expect((await testCredential(store)).status).toBe('OK');
		expect(checks()).toHaveLength(0); // accepted before: not asked again
	});

	test('keys Ion refuses: the test fails with what to do, no refresh token is spent, no secret in the message', async () => {
		const refused = unknownValue('refused');
		const store = credential({ apiKey: ion.apiKey, apiSecret: refused });
		const refreshToken = store.data.refreshToken;
		const result = await testCredential(store);
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(
			/^StreamOne Ion refused the API Key and API Secret \(HTTP 401\)\. .*Account Information > Generate New API Keys.*The refresh token was not used\.$/,
		);
		expect(result.message).not.toContain(refused);
		expect(result.message).not.toContain(ion.apiKey);
		expect(ion.stats().tokenCalls).toBe(0);
		expect(store.data.refreshToken).toBe(refreshToken);
		expect(store.data.apiKeysVerified ?? '').toBe('');

		// corrected: the next test checks again and passes
		store.data.apiSecret = ion.apiSecret;
		expect((await testCredential(store)).status).toBe('OK');
	});

	test('changed keys are checked again', async () => {
		const store = credential({ apiKey: ion.apiKey, apiSecret: ion.apiSecret });
		expect((await testCredential(store)).status).toBe('OK');
		store.data.apiKey = unknownValue('another');
		ion.reset();
		expect((await testCredential(store)).message).toMatch(/refused the API Key/);
		expect(checks()).toHaveLength(1);
	});

	test.each([
		['no keys', {}],
		['only an API Key', { apiKey: 'key-without-secret' }],
	])('%s: nothing to check, the test is the v3 test', async (_name, keys) => {
		const store = credential(keys);
		expect((await testCredential(store)).status).toBe('OK');
		expect(checks()).toHaveLength(0);
	});

	test('Ion unavailable for the check: no verdict on the keys, the test passes on v3 and checks again next time', async () => {
		ion.setFaults([{ kind: '5xx', path: '/api/v1/' }]);
		const store = credential({ apiKey: ion.apiKey, apiSecret: ion.apiSecret });
		expect((await testCredential(store)).status).toBe('OK');
		expect(store.data.apiKeysVerified ?? '').toBe('');
		ion.setFaults([]);
		ion.reset();
		expect((await testCredential(store)).status).toBe('OK');
		expect(checks().map((c) => c.status)).toEqual([200]);
	});

	test('keys accepted once and refused later (regenerated in Ion) never stop the v3 operations', async () => {
		const [oldKey, oldValue] = [unknownValue('old'), unknownValue('old')];
		const store = credential({
			apiKey: oldKey,
			apiSecret: oldValue,
			apiKeysVerified: apiKeysFingerprint(oldKey, oldValue),
		});
		const r = await runNode({
			parameters: { resource: 'customer', operation: 'getAll', limit: 1 },
			store,
		});
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(1);
		expect(checks()).toHaveLength(0);
	});
});
