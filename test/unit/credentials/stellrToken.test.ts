// Unit tests of the Stellr token logic with a fake httpRequest (no network, no n8n engine).
import type { ICredentialDataDecryptedObject, IHttpRequestOptions } from 'n8n-workflow';

import { stellrTokenSettings } from '../../../credentials/StreamOneStellrApi.credentials';
import {
	STELLR_DEFAULT_TOKEN_URL,
	STELLR_HOSTS,
	stellrBaseUrl,
} from '../../../credentials/stellrConstants';
import {
	DEFAULT_LIFETIME_S,
	clearStellrTokens,
	fetchStellrToken,
	getStellrToken,
	renewalMargin,
	type StellrTokenSettings,
} from '../../../credentials/stellrToken';

const HIDDEN = 'sEcReT-value-0123456789';
const CLIENT = 'client-abc-123';
const settings = (over: Partial<StellrTokenSettings> = {}): StellrTokenSettings => ({
	tokenUrl: 'https://sso.example.test/oauth2/v1/token',
	clientId: CLIENT,
	clientSecret: HIDDEN,
	scope: '',
	clientAuthentication: 'body',
	...over,
});

type Answer = { statusCode: number; body: unknown } | Error;

/** A fake httpRequest: records every call and answers from the queue (the last answer repeats). */
function fakeHttp(...answers: Answer[]) {
	const calls: IHttpRequestOptions[] = [];
	let n = 0;
	let release: (() => void) | undefined;
	let gate: Promise<void> | undefined;
	const http = async (options: IHttpRequestOptions): Promise<unknown> => {
		calls.push(options);
		const answer = answers[Math.min(n++, answers.length - 1)];
		if (gate) await gate;
		if (answer instanceof Error) throw answer;
		return answer;
	};
	return {
		http,
		calls,
		/** hold every answer until `open()` */
		hold() {
			gate = new Promise<void>((resolve) => (release = resolve));
		},
		open() {
			release?.();
			gate = undefined;
		},
	};
}

const token = (access: string, expiresIn: unknown = 3600) => ({
	statusCode: 200,
	body: { access_token: access, token_type: 'Bearer', expires_in: expiresIn },
});

function clock(start = 1_000_000) {
	let t = start;
	return { now: () => t, advance: (ms: number) => (t += ms) };
}

beforeEach(() => clearStellrTokens());

describe('fetchStellrToken', () => {
	it('posts grant_type, client_id and client_secret as a form and computes expiry and renewal', async () => {
		const fake = fakeHttp(token('A1', 3600));
		const t = await fetchStellrToken(fake.http, settings(), () => 5_000);
		expect(fake.calls).toHaveLength(1);
		const call = fake.calls[0];
		expect(call).toMatchObject({
			method: 'POST',
			url: 'https://sso.example.test/oauth2/v1/token',
			ignoreHttpStatusErrors: true,
			returnFullResponse: true,
		});
		expect(call.headers).toMatchObject({ 'Content-Type': 'application/x-www-form-urlencoded' });
		const form = new URLSearchParams(String(call.body));
		expect(Object.fromEntries(form)).toEqual({
			grant_type: 'client_credentials',
			client_id: CLIENT,
			client_secret: HIDDEN,
		});
		expect(t).toEqual({
			accessToken: 'A1',
			expiresAt: 5_000 + 3_600_000,
			renewAt: 5_000 + 3_600_000 - 300_000,
		});
	});

	it('sends the client as HTTP Basic and the scope when asked, with no secret in the body', async () => {
		const fake = fakeHttp(token('A1'));
		await fetchStellrToken(
			fake.http,
			settings({ clientAuthentication: 'header', scope: 'read write' }),
		);
		const call = fake.calls[0];
		expect(call.headers?.Authorization).toBe(
			`Basic ${Buffer.from(`${CLIENT}:${HIDDEN}`).toString('base64')}`,
		);
		expect(Object.fromEntries(new URLSearchParams(String(call.body)))).toEqual({
			grant_type: 'client_credentials',
			scope: 'read write',
		});
	});

	it('reads expires_in given as a string and assumes one hour when it is missing', async () => {
		const a = await fetchStellrToken(fakeHttp(token('A', '120')).http, settings(), () => 0);
		expect(a.expiresAt).toBe(120_000);
		const b = await fetchStellrToken(
			fakeHttp({ statusCode: 200, body: JSON.stringify({ access_token: 'B' }) }).http,
			settings(),
			() => 0,
		);
		expect(b.expiresAt).toBe(DEFAULT_LIFETIME_S * 1000);
	});

	it('renews 20% of the lifetime early, at most 5 minutes', () => {
		expect(renewalMargin(10_000)).toBe(2_000);
		expect(renewalMargin(600_000)).toBe(120_000);
		expect(renewalMargin(3_600_000)).toBe(300_000);
		expect(renewalMargin(7_200_000)).toBe(300_000);
	});

	const failures: Array<[string, Answer, RegExp]> = [
		[
			'a refused client (401)',
			{
				statusCode: 401,
				body: {
					error: 'invalid_client',
					error_description: `Client ${CLIENT} with secret ${HIDDEN} failed`,
				},
			},
			/refused the client ID or secret \(HTTP 401, invalid_client: Client \*\*\* with secret \*\*\* failed\).*Environment.*10 minutes/,
		],
		[
			'a bad request (400)',
			{ statusCode: 400, body: { error: 'unsupported_grant_type' } },
			/refused the client ID or secret \(HTTP 400, unsupported_grant_type\)/,
		],
		[
			'a wrong token URL (404)',
			{ statusCode: 404, body: '<html>Not Found</html>' },
			/answered HTTP 404 .*Check the Token URL/,
		],
		[
			'a failing server (503)',
			{ statusCode: 503, body: {} },
			/failed \(HTTP 503, no reason given\)\. Try again later/,
		],
		[
			'an answer without a token',
			{ statusCode: 200, body: { token_type: 'Bearer' } },
			/without an access token/,
		],
		[
			'a refused connection',
			Object.assign(new Error(`connect ECONNREFUSED (${HIDDEN})`), { code: 'ECONNREFUSED' }),
			/Could not reach .*\(connection refused\)/,
		],
	];
	it.each(failures)(
		'explains %s without the secret or client ID',
		async (_name, answer, message) => {
			const error = await fetchStellrToken(fakeHttp(answer).http, settings()).catch(
				(e: Error) => e,
			);
			expect(error).toBeInstanceOf(Error);
			expect((error as Error).message).toMatch(message);
			expect((error as Error).message).not.toContain(HIDDEN);
			expect((error as Error).message).not.toContain(CLIENT);
		},
	);
});

describe('getStellrToken', () => {
	it('makes one token call for 20 concurrent callers and serves later callers from the cache', async () => {
		const fake = fakeHttp(token('A1'));
		fake.hold();
		const all = Promise.all(
			Array.from({ length: 20 }, async () => await getStellrToken(fake.http, settings())),
		);
		fake.open();
		expect(new Set(await all)).toEqual(new Set(['A1']));
		expect(await getStellrToken(fake.http, settings())).toBe('A1');
		expect(fake.calls).toHaveLength(1);
	});

	it('renews once the renewal time has passed, not before', async () => {
		const fake = fakeHttp(token('A1', 3600), token('A2', 3600));
		const c = clock();
		expect(await getStellrToken(fake.http, settings(), { now: c.now })).toBe('A1');
		c.advance(3_300_000 - 1);
		expect(await getStellrToken(fake.http, settings(), { now: c.now })).toBe('A1');
		c.advance(1);
		expect(await getStellrToken(fake.http, settings(), { now: c.now })).toBe('A2');
		expect(fake.calls).toHaveLength(2);
	});

	it('keeps using a still-valid token when renewing fails, and fails once it has expired', async () => {
		const fake = fakeHttp(token('A1', 3600), { statusCode: 503, body: {} });
		const c = clock();
		await getStellrToken(fake.http, settings(), { now: c.now });
		c.advance(3_400_000);
		expect(await getStellrToken(fake.http, settings(), { now: c.now })).toBe('A1');
		c.advance(200_000);
		await expect(getStellrToken(fake.http, settings(), { now: c.now })).rejects.toThrow(/HTTP 503/);
		expect(fake.calls).toHaveLength(3);
	});

	it('replaces a token the API refused, once for all callers that saw the refusal', async () => {
		const fake = fakeHttp(token('A1'), token('A2'), token('A3'));
		expect(await getStellrToken(fake.http, settings())).toBe('A1');
		fake.hold();
		const refused = Promise.all(
			Array.from(
				{ length: 5 },
				async () => await getStellrToken(fake.http, settings(), { rejected: 'A1' }),
			),
		);
		fake.open();
		expect(new Set(await refused)).toEqual(new Set(['A2']));
		// a late caller still holding A1 gets A2, without another call
		expect(await getStellrToken(fake.http, settings(), { rejected: 'A1' })).toBe('A2');
		expect(fake.calls).toHaveLength(2);
	});

	it('does not remember a failure: the next caller tries again', async () => {
		const fake = fakeHttp({ statusCode: 401, body: { error: 'invalid_client' } }, token('A1'));
		await expect(getStellrToken(fake.http, settings())).rejects.toThrow(
			/refused the client ID or secret/,
		);
		expect(await getStellrToken(fake.http, settings())).toBe('A1');
		expect(fake.calls).toHaveLength(2);
	});

	it('keeps one token per client: another secret or token URL gets its own', async () => {
		const fake = fakeHttp(token('A1'), token('B1'), token('C1'));
		expect(await getStellrToken(fake.http, settings())).toBe('A1');
		expect(await getStellrToken(fake.http, settings({ clientSecret: 'other-secret' }))).toBe('B1');
		expect(
			await getStellrToken(fake.http, settings({ tokenUrl: 'https://sso.ca.example.test/t' })),
		).toBe('C1');
		expect(await getStellrToken(fake.http, settings())).toBe('A1');
		expect(fake.calls).toHaveLength(3);
	});
});

describe('credential settings', () => {
	const creds = (over: ICredentialDataDecryptedObject = {}): ICredentialDataDecryptedObject => ({
		environment: 'production',
		region: 'us',
		clientId: ` ${CLIENT} `,
		clientSecret: HIDDEN,
		tokenUrl: '',
		clientAuthentication: 'body',
		scope: '',
		...over,
	});

	it('trims the client ID and uses the default token URL when the field is empty', () => {
		expect(stellrTokenSettings(creds())).toEqual({
			tokenUrl: STELLR_DEFAULT_TOKEN_URL,
			clientId: CLIENT,
			clientSecret: HIDDEN,
			scope: '',
			clientAuthentication: 'body',
		});
	});

	it('names the empty field', () => {
		expect(() => stellrTokenSettings(creds({ clientId: '' }))).toThrow(/Client ID is empty/);
		expect(() => stellrTokenSettings(creds({ clientSecret: ' ' }))).toThrow(
			/Client Secret is empty/,
		);
	});

	it('refuses a token URL or custom base URL that is not https (http only on localhost)', () => {
		expect(() => stellrTokenSettings(creds({ tokenUrl: 'http://sso.example.test/token' }))).toThrow(
			/Token URL .* must be an https:\/\/ address/,
		);
		expect(
			stellrTokenSettings(creds({ tokenUrl: 'http://127.0.0.1:9/oauth2/v1/token/' })).tokenUrl,
		).toBe('http://127.0.0.1:9/oauth2/v1/token');
		expect(() => stellrBaseUrl({ region: 'custom', customBaseUrl: 'api.us.tdsynnex.com' })).toThrow(
			/Custom Base URL .* https/,
		);
		expect(stellrBaseUrl({ region: 'custom', customBaseUrl: ' https://us.tdsynnex.com/ ' })).toBe(
			'https://us.tdsynnex.com',
		);
	});

	it('maps every region and environment to its host', () => {
		for (const region of ['us', 'ca', 'br', 'mx']) {
			for (const environment of ['production', 'sandbox']) {
				const host = stellrBaseUrl({ region, environment });
				expect(host).toBe(STELLR_HOSTS[`${region}:${environment}` as keyof typeof STELLR_HOSTS]);
				expect(host.includes('-uat')).toBe(environment === 'sandbox');
			}
		}
		expect(stellrBaseUrl({})).toBe('https://api.us.tdsynnex.com');
		expect(() => stellrBaseUrl({ region: 'eu' })).toThrow(/unknown Region or Environment/);
	});
});
