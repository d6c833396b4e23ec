import { startEmulator } from '../../emulator';
import type { Emulator } from '../../emulator';
import { acct, call, exchange, login, sleep } from './helpers';

describe('emulator auth', () => {
	let ion: Emulator;
	beforeAll(async () => {
		ion = await startEmulator({ port: 0, seed: 'demo' });
	});
	afterAll(async () => ion.close());

	test('refresh token exchange returns the spec shape and rotates', async () => {
		const first = ion.issueRefreshToken();
		expect(ion.lastIssuedRefreshToken).toBe(first);
		const r = await exchange(ion, first);
		expect(r.status).toBe(200);
		expect(Object.keys(r.body).sort()).toEqual(['access_token', 'expires_in', 'refresh_token', 'token_type']);
		expect(r.body.expires_in).toBe(7200);
		expect(r.body.token_type).toBe('Bearer');
		expect(r.body.refresh_token).not.toBe(first);
		expect(ion.lastIssuedRefreshToken).toBe(r.body.refresh_token);

		// single use: the spent token is dead, the new one works once
		const again = await exchange(ion, first);
		expect(again.status).toBe(400);
		expect(again.body.error).toBe('invalid_grant');
		expect(again.body.error_description).toMatch(/already been used/);
		const next = await exchange(ion, r.body.refresh_token);
		expect(next.status).toBe(200);
		expect((await exchange(ion, r.body.refresh_token)).status).toBe(400);
	});

	test('concurrent exchanges of one refresh token: exactly one wins', async () => {
		const rt = ion.issueRefreshToken();
		const results = await Promise.all(Array.from({ length: 6 }, async () => await exchange(ion, rt)));
		expect(results.filter((r) => r.status === 200)).toHaveLength(1);
		expect(results.filter((r) => r.status === 400 && r.body.error === 'invalid_grant')).toHaveLength(5);
	});

	test('unknown refresh token and wrong grant type are 400', async () => {
		const r = await exchange(ion, 'NOT-A-TOKEN');
		expect(r.status).toBe(400);
		expect(r.body).toEqual({ error: 'invalid_grant', error_description: expect.stringMatching(/unknown/) });
		const g = await call(ion, '/oauth/token', {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: `grant_type=password&refresh_token=${ion.issueRefreshToken()}`,
		});
		expect(g.status).toBe(400);
		expect(g.body.error).toBe('unsupported_grant_type');
	});

	test('issueTokens gives a working pair as the portal shows it', async () => {
		const { accessToken, refreshToken } = ion.issueTokens();
		expect((await call(ion, acct(ion, '/customers?pageSize=1'), { token: accessToken })).status).toBe(200);
		expect((await exchange(ion, refreshToken)).status).toBe(200);
	});

	test('validateAccess reports both lifetimes without spending anything', async () => {
		const rt = ion.issueRefreshToken();
		const r = await exchange(ion, rt);
		const v = await call(ion, '/oauth/validateAccess', {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: `access_token=${r.body.access_token}`,
		});
		expect(v.status).toBe(200);
		expect(v.body.access_expires_in).toBeGreaterThan(7190);
		expect(v.body.access_expires_in).toBeLessThanOrEqual(7200);
		expect(v.body.refresh_expires_in).toBeGreaterThan(32 * 86400 - 10);
		// the refresh token minted with it is still unspent
		expect((await exchange(ion, r.body.refresh_token)).status).toBe(200);
		const bad = await call(ion, '/oauth/validateAccess', {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: 'access_token=nope',
		});
		expect(bad.status).toBe(400);
		expect(typeof bad.body.error).toBe('string');
	});

	test('every /api/v3 call needs a bearer: 401 in Ion error shape', async () => {
		const r = await call(ion, acct(ion, '/customers?pageSize=5'));
		expect(r.status).toBe(401);
		expect(r.body).toEqual({
			error: 'UNAUTHENTICATED',
			message: expect.any(String),
			code: 401,
			details: [expect.objectContaining({ requestId: expect.any(String) })],
		});
		const bogus = await call(ion, acct(ion, '/customers?pageSize=5'), { token: 'forged' });
		expect(bogus.status).toBe(401);
		// unknown paths too; with a token they are 404
		expect((await call(ion, acct(ion, '/nothing-here'))).status).toBe(401);
		const token = await login(ion);
		const unknown = await call(ion, acct(ion, '/nothing-here'), { token });
		expect(unknown.status).toBe(404);
		expect(unknown.body.error).toBe('NOT_FOUND');
	});

	test('account mismatch is 403, the special unknown account 404', async () => {
		const token = await login(ion);
		const other = await call(ion, '/api/v3/accounts/2000/customers?pageSize=5', { token });
		expect(other.status).toBe(403);
		expect(other.body.error).toBe('PERMISSION_DENIED');
		expect(other.body.message).toBe('permission denied to access accounts/2000');
		const unknown = await call(ion, '/api/v3/accounts/404404/customers?pageSize=5', { token });
		expect(unknown.status).toBe(404);
		expect(unknown.body.error).toBe('NOT_FOUND');
	});
});

describe('emulator token expiry (tiny TTLs)', () => {
	let ion: Emulator;
	beforeAll(async () => {
		ion = await startEmulator({ port: 0, seed: 'empty', accessTokenTtlMs: 150, refreshTokenTtlMs: 300 });
	});
	afterAll(async () => ion.close());

	test('expired access token -> 401, expired refresh token -> 400', async () => {
		const rt = ion.issueRefreshToken();
		const r = await exchange(ion, rt);
		expect(r.body.expires_in).toBe(0); // 150 ms rounds to 0 s
		const token = r.body.access_token as string;
		expect((await call(ion, acct(ion, '/customers?pageSize=5'), { token })).status).toBe(200);
		await sleep(200);
		const expired = await call(ion, acct(ion, '/customers?pageSize=5'), { token });
		expect(expired.status).toBe(401);
		expect(expired.body.error).toBe('UNAUTHENTICATED');
		expect(expired.body.message).toMatch(/expired/);
		await sleep(150);
		const late = await exchange(ion, r.body.refresh_token);
		expect(late.status).toBe(400);
		expect(late.body.error_description).toMatch(/expired/);
	});
});

describe('emulator test hooks (issue 13)', () => {
	let ion: Emulator;
	afterEach(async () => ion.close());

	test('expireAccessTokens, refreshTokenState, exchangeElsewhere and onTokenExchange', async () => {
		ion = await startEmulator({ port: 0, seed: 'empty' });
		const { accessToken, refreshToken } = ion.issueTokens();
		expect(ion.refreshTokenState(refreshToken)).toBe('unspent');
		expect(ion.refreshTokenState('NOPE')).toBe('unknown');
		expect(ion.expireAccessTokens()).toBe(1);
		expect(
			(await call(ion, acct(ion, '/customers?pageSize=1'), { token: accessToken })).status,
		).toBe(401);

		const seen: string[] = [];
		ion.onTokenExchange = (rt) => seen.push(rt);
		const other = ion.exchangeElsewhere(refreshToken);
		expect(typeof other).toBe('object');
		expect(ion.refreshTokenState(refreshToken)).toBe('spent');
		expect(ion.stats().tokenCalls).toBe(0); // another client's call is not counted
		expect((await exchange(ion, refreshToken)).status).toBe(400);
		expect(seen).toEqual([refreshToken]);
		expect(ion.exchangeElsewhere(refreshToken)).toBe('spent');
	});

	test('revokeChainOnReuse: presenting a spent token again revokes what was minted from it', async () => {
		ion = await startEmulator({ port: 0, seed: 'empty', revokeChainOnReuse: true });
		const first = ion.issueRefreshToken();
		const won = await exchange(ion, first);
		expect(won.status).toBe(200);
		expect(
			(await call(ion, acct(ion, '/customers?pageSize=1'), { token: won.body.access_token }))
				.status,
		).toBe(200);
		expect((await exchange(ion, first)).status).toBe(400); // the lost race
		expect(ion.revokedChains).toBe(1);
		expect(ion.refreshTokenState(won.body.refresh_token)).toBe('spent');
		expect(
			(await call(ion, acct(ion, '/customers?pageSize=1'), { token: won.body.access_token }))
				.status,
		).toBe(401);
		expect((await exchange(ion, won.body.refresh_token)).status).toBe(400);
	});

	test('without revokeChainOnReuse a reused token is only refused', async () => {
		ion = await startEmulator({ port: 0, seed: 'empty' });
		const first = ion.issueRefreshToken();
		const won = await exchange(ion, first);
		expect((await exchange(ion, first)).status).toBe(400);
		expect(ion.refreshTokenState(won.body.refresh_token)).toBe('unspent');
		expect(ion.revokedChains).toBe(0);
	});
});
