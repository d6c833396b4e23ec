// Credential > Get Token Status through n8n-core against the emulator: validateAccess with the
// credential's stored access token; a new access token first only when there is no live one.
import { CredentialStore } from '../../harness';
import { dataRequests, fastRetry, setup, type Ctx } from '../helpers';

let t: Ctx;
beforeEach(async () => {
	t = await setup();
});
afterEach(async () => {
	await t.ion.close();
});

const DAY = 86_400;
const STATUS = { resource: 'credential', operation: 'getTokenStatus', requestOptions: fastRetry };
const oauthCalls = () =>
	t.ion.log.filter((e) => e.path.startsWith('/oauth/')).map((e) => `${e.route} ${e.status}`);

/** No token of the chain appears in the items, the error or the emulator's log of request bodies. */
function expectNoSecrets(result: unknown, tokens: string[]) {
	const text = JSON.stringify(result) + JSON.stringify(t.ion.log);
	for (const token of tokens) expect(text).not.toContain(token);
}

describe('Credential > Get Token Status', () => {
	test('first use: gets an access token the usual way, then reports both lifetimes and that the refresh token rotated', async () => {
		const firstRefresh = String(t.store.data.refreshToken);
		const r = await t.run(STATUS);
		expect(r.error).toBeUndefined();
		const status = r.items[0].json;
		expect(status).toMatchObject({ accountId: t.ion.accountId, refreshTokenRotated: true });
		expect(status.accessExpiresInSeconds).toBeGreaterThan(7000);
		expect(status.accessExpiresInSeconds).toBeLessThanOrEqual(7200);
		expect(status.refreshExpiresInSeconds).toBeGreaterThan(31 * DAY);
		expect(status.refreshExpiresInSeconds).toBeLessThanOrEqual(32 * DAY);
		expect(status.refreshDaysLeft).toBeGreaterThanOrEqual(31.9);
		const checkedAt = Date.parse(String(status.checkedAt));
		expect(Date.parse(String(status.refreshExpiresAt)) - checkedAt).toBe(
			Number(status.refreshExpiresInSeconds) * 1000,
		);
		expect(Date.parse(String(status.accessExpiresAt)) - checkedAt).toBe(
			Number(status.accessExpiresInSeconds) * 1000,
		);
		expect(r.items[0].pairedItem).toEqual({ item: 0 });
		// one exchange (n8n saved the rotated token), the small read, then the check
		expect(oauthCalls()).toEqual(['POST /oauth/token 200', 'POST /oauth/validateAccess 200']);
		expect(dataRequests(t.ion).map((e) => `${e.path}?pageSize=${e.query.pageSize}`)).toEqual([
			`/api/v3/accounts/${t.ion.accountId}/customers?pageSize=1`,
		]);
		expect(t.store.data.refreshToken).toBe(t.ion.lastIssuedRefreshToken);
		expectNoSecrets(r, [
			firstRefresh,
			String(t.store.data.refreshToken),
			String(t.store.data.sessionToken),
		]);
	});

	test('with a live access token it spends nothing: one validateAccess call, no exchange, no data request', async () => {
		await t.run(STATUS);
		const refreshBefore = t.store.data.refreshToken;
		t.ion.reset();
		const r = await t.run(STATUS);
		expect(r.items[0].json.refreshTokenRotated).toBe(false);
		expect(oauthCalls()).toEqual(['POST /oauth/validateAccess 200']);
		expect(dataRequests(t.ion)).toHaveLength(0);
		expect(t.store.data.refreshToken).toBe(refreshBefore);
	});

	test('an expired access token: Ion refuses it, the node gets a new one (the keep-alive) and reports', async () => {
		await t.run(STATUS);
		// what Ion says about an access token past its 2 hours: unknown to validateAccess, 401 to the API
		t.store.data.sessionToken = 'EXPIREDACCESSTOKENEXPIREDACCESSTOKENEXPIREDACCES';
		t.ion.reset();
		const r = await t.run(STATUS);
		expect(r.error).toBeUndefined();
		expect(r.items[0].json).toMatchObject({ refreshTokenRotated: true });
		expect(oauthCalls()).toEqual([
			'POST /oauth/validateAccess 400',
			'POST /oauth/token 200',
			'POST /oauth/validateAccess 200',
		]);
		expect(dataRequests(t.ion).map((e) => e.status)).toEqual([401, 200]);
	});

	test('an access token pasted into the credential is used as it is: nothing spent', async () => {
		const { accessToken, refreshToken } = t.ion.issueTokens();
		const store = new CredentialStore({
			accountId: t.ion.accountId,
			refreshToken,
			accessToken,
			baseUrl: t.ion.url,
		});
		const r = await t.run(STATUS, { store });
		expect(r.items[0].json).toMatchObject({ refreshTokenRotated: false });
		expect(t.ion.stats().tokenCalls).toBe(0);
		expect(store.data.refreshToken).toBe(refreshToken);
		expectNoSecrets(r, [accessToken, refreshToken]);
	});

	test('a 5xx on validateAccess is retried like a read', async () => {
		await t.run(STATUS);
		t.ion.reset();
		t.ion.setFaults([{ kind: '5xx', path: '/oauth/validateAccess', count: 1 }]);
		const r = await t.run(STATUS);
		expect(r.error).toBeUndefined();
		expect(oauthCalls()).toEqual([
			'POST /oauth/validateAccess 503',
			'POST /oauth/validateAccess 200',
		]);
	});

	test('validateAccess dropping every connection: retried, then a clear error without the access token', async () => {
		await t.run(STATUS);
		const accessToken = String(t.store.data.sessionToken);
		t.ion.reset();
		t.ion.setFaults([{ kind: 'drop', path: '/oauth/validateAccess' }]);
		const r = await t.run({ ...STATUS, requestOptions: { ...fastRetry, retryMaxAttempts: 2 } });
		expect(r.error?.message).toMatch(/^Ion could not be reached/);
		expect(r.error?.description).toMatch(/Gave up after 2 attempts/);
		expect(oauthCalls()).toEqual(['POST /oauth/validateAccess 0', 'POST /oauth/validateAccess 0']);
		expectNoSecrets(
			{ r, error: r.error, cause: (r.error as { cause?: unknown } | undefined)?.cause },
			[accessToken],
		);
	});

	test('a broken chain (spent refresh token) fails with the actionable message and no token; Continue On Fail gives an error item', async () => {
		const spent = t.ion.issueRefreshToken();
		await fetch(`${t.ion.url}/oauth/token`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: spent }).toString(),
		});
		const store = new CredentialStore({
			accountId: t.ion.accountId,
			refreshToken: spent,
			baseUrl: t.ion.url,
		});
		const r = await t.run(STATUS, { store });
		expect(r.error?.message).toMatch(/refused the refresh token/);
		expect(`${r.error?.message} ${r.error?.description}`).toMatch(/Request New Credentials/);
		expectNoSecrets(r, [spent]);
		const soft = await t.run(STATUS, { store, continueOnFail: true });
		expect(soft.items).toHaveLength(1);
		expect(soft.items[0].json.error).toMatch(/refused the refresh token/);
		expect(soft.items[0].pairedItem).toEqual({ item: 0 });
		expectNoSecrets(soft, [spent]);
	});
});
