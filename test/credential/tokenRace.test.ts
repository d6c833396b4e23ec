// Issue 13 (queue mode) and issue 10's dead-token bullet, through n8n-core's real RoutingNode:
// a refused refresh token reaches the node's retry layer as a NodeApiError whose cause carries
// the credential's mark; the node resends it after 1-3 s (and once more after 2-4 s if it is
// refused again), so n8n reads the credential again.
// "Another process" is the emulator's exchangeElsewhere + a write into the same store, exactly
// what a second n8n worker does with n8n's database.
import { startEmulator, type Emulator } from '../../emulator';
import { isIonTokenRefusedError } from '../../credentials/ionTokenExchange';
import { CredentialStore, reportedErrors, runNode, type RunNodeResult } from '../harness';

const CUSTOMERS = 'GET /api/v3/accounts/{accountId}/customers';
const CREATE = 'POST /api/v3/accounts/{accountId}/customers';
const TOKEN_LIKE = /[A-Z0-9]{40,}/;

let ion: Emulator;
beforeEach(async () => {
	ion = await startEmulator({ port: 0, seed: 'demo' });
	reportedErrors.length = 0;
});
afterEach(async () => {
	ion.onTokenExchange = null;
	await ion.close();
});

const count = (key: string) => ion.stats().byMethodPathStatus[key] ?? 0;
const getOne = { resource: 'customer', operation: 'getAll', returnAll: false, limit: 1 };
const NEW_CUSTOMER = {
	resource: 'customer',
	operation: 'create',
	customerOrganization: 'Race Industries',
	customerName: 'Ada Race',
	customerEmail: 'ada@race.example.com',
	languageCode: 'en',
	street: '1 Loop Road',
	city: 'Malibu',
	state: 'CA',
	zip: '90265',
	country: 'US',
};

/** A saved credential whose access token has expired (first use when `firstUse`). */
async function expiredStore(firstUse = false): Promise<CredentialStore> {
	const { accessToken, refreshToken } = ion.issueTokens();
	ion.expireAccessTokens(); // as two hours later
	ion.reset();
	return new CredentialStore({
		accountId: ion.accountId,
		refreshToken,
		baseUrl: ion.url,
		...(firstUse
			? {}
			: {
					sessionToken: accessToken,
					accessToken,
					expiresAt: new Date(Date.now() - 100).toISOString(),
				}),
	});
}

/** The next exchange of the store's refresh token loses to "another worker", which saves its tokens. */
function loseNextRace(store: CredentialStore): { saved: () => string } {
	let winner = '';
	ion.onTokenExchange = (refreshToken) => {
		ion.onTokenExchange = null;
		const r = ion.exchangeElsewhere(refreshToken);
		if (typeof r === 'string') throw new Error(`the other worker could not spend the token: ${r}`);
		winner = r.refreshToken;
		store.data = {
			...store.data,
			refreshToken: r.refreshToken,
			sessionToken: r.accessToken,
			accessToken: r.accessToken,
			expiresAt: new Date(Date.now() + r.expiresInS * 1000).toISOString(),
		};
	};
	return { saved: () => winner };
}

function expectNoSecrets(result: RunNodeResult, secrets: string[]): void {
	const texts = [
		JSON.stringify(result.error ?? {}),
		result.error?.message ?? '',
		JSON.stringify(result.items),
		...reportedErrors,
	];
	for (const text of texts) {
		for (const secret of secrets) expect(text).not.toContain(secret);
		expect(text).not.toMatch(TOKEN_LIKE);
	}
}

describe('another process won the exchange', () => {
	test.each([
		['after a 401', false],
		['on first use', true],
	])(
		'%s: the read is resent once with the winner’s tokens; one refused token call, nothing saved',
		async (_case, firstUse) => {
			const store = await expiredStore(firstUse);
			const other = loseNextRace(store);
			const started = Date.now();
			const r = await runNode({ parameters: getOne, store });
			expect(r.error).toBeUndefined();
			expect(r.items).toHaveLength(1);
			expect(Date.now() - started).toBeGreaterThanOrEqual(1000); // the jittered wait happened
			expect(count('POST /oauth/token 400')).toBe(1);
			expect(ion.stats().tokenCalls).toBe(1);
			expect(count(`${CUSTOMERS} 200`)).toBe(1);
			expect(store.updates).toBe(0); // this process saved nothing: the chain is the winner's
			expect(store.data.refreshToken).toBe(other.saved());
			expect(ion.exchangeElsewhere(store.data.refreshToken as string)).not.toBe('spent');
		},
	);

	test('a POST (create customer) is sent once, after the re-read: it never reached Ion before', async () => {
		const store = await expiredStore();
		loseNextRace(store);
		const before = ion.store.customers.size;
		const r = await runNode({ parameters: NEW_CUSTOMER, store });
		expect(r.error).toBeUndefined();
		expect(ion.store.customers.size).toBe(before + 1);
		expect(count(`${CREATE} 200`)).toBe(1);
		expect(count(`${CREATE} 401`)).toBe(1);
	});

	test('25 items that joined the lost exchange all take the same path: one token call, 25 results', async () => {
		const store = await expiredStore();
		loseNextRace(store);
		const items = Array.from({ length: 25 }, (_, i) => ({ json: { i } }));
		const r = await runNode({ parameters: getOne, store, items });
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(25);
		expect(r.items.every((item) => item.error === undefined)).toBe(true);
		expect(ion.stats().tokenCalls).toBe(1);
	});
});

describe('a dead refresh token (issue 10: one token call per process, not one per item)', () => {
	test('25 items: one token call, every item fails with the actionable message after two re-reads, no secrets', async () => {
		const store = await expiredStore();
		const dead = store.data.refreshToken as string;
		expect(typeof ion.exchangeElsewhere(dead)).toBe('object'); // spent elsewhere, never saved here
		const items = Array.from({ length: 25 }, (_, i) => ({ json: { i } }));
		const r = await runNode({ parameters: getOne, store, items, continueOnFail: true });
		expect(ion.stats().tokenCalls).toBe(1);
		expect(r.items).toHaveLength(25);
		for (const item of r.items) {
			expect(String(item.json.error)).toMatch(
				/^StreamOne Ion refused the refresh token: .*Request New Credentials/,
			);
			expect(isIonTokenRefusedError(item.error)).toBe(true);
		}
		// every item was sent three times (before, and after each of the two re-reads)
		expect(count(`${CUSTOMERS} 401`)).toBe(75);
		expect(store.updates).toBe(0);
		expectNoSecrets(r, [dead]);

		// without Continue On Fail the run fails with the same message; still no new token call
		const failed = await runNode({ parameters: getOne, store });
		expect(failed.error?.message).toMatch(/^StreamOne Ion refused the refresh token/);
		expect(ion.stats().tokenCalls).toBe(1);
		expectNoSecrets(failed, [dead]);
	});
});
