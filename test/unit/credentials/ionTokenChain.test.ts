/* eslint-disable @n8n/community-nodes/no-restricted-globals */
// Test-only (setImmediate lets the callers reach the fake token endpoint before it answers).
// The token chain of one n8n process, with a fake httpRequest and a fake clock (no sockets).
import { NodeApiError, type INode } from 'n8n-workflow';

import {
	FOLLOW_WINDOW_MS,
	IonTokenChain,
	REFUSAL_MEMORY_MS,
} from '../../../credentials/ionTokenChain';
import { isIonTokenRefusedError } from '../../../credentials/ionTokenExchange';
import { FakeIon } from './fakeIon';

const BASE = 'http://127.0.0.1:8787';
const REFUSED =
	/^StreamOne Ion refused the refresh token: .+ It is expired \(32 days\), revoked or already used\. In Ion open Settings > Users > your integration user > Edit > Request New Credentials/;

let ion: FakeIon;
let chain: IonTokenChain;
beforeEach(() => {
	ion = new FakeIon();
	chain = new IonTokenChain(ion.now);
});

/** The credential as n8n read it from its database. */
function credential(fields: Record<string, string>) {
	return { accountId: '1000', baseUrl: BASE, sessionToken: '', ...fields };
}

const preAuth = async (fields: Record<string, string>) =>
	await chain.preAuthenticate(ion.helpers, credential(fields));

/** Lets every pending caller run until it waits on the held token call. */
const settle = async () => await new Promise<void>((resolve) => setImmediate(resolve));

/** Runs `fn`, returns what it threw (fails the test if it did not throw). */
async function thrown(fn: () => Promise<unknown>): Promise<Error> {
	try {
		await fn();
	} catch (error) {
		return error as Error;
	}
	throw new Error('expected an error');
}

describe('exchange', () => {
	test('spends the refresh token once and returns every key n8n must save', async () => {
		const r1 = ion.issue();
		const out = await preAuth({ refreshToken: r1 });
		expect(ion.calls).toEqual([{ url: `${BASE}/oauth/token`, refreshToken: r1 }]);
		expect(out).toEqual({
			sessionToken: expect.stringMatching(/^AT/),
			accessToken: out.sessionToken,
			refreshToken: expect.stringMatching(/^RT/),
			expiresAt: new Date(ion.time + 7_200_000).toISOString(),
		});
		expect(out.refreshToken).not.toBe(r1);
	});

	test('50 callers holding the same token share one token call and one result', async () => {
		const r1 = ion.issue();
		ion.hold();
		const all = Array.from({ length: 50 }, async () => await preAuth({ refreshToken: r1 }));
		await settle();
		expect(ion.calls).toHaveLength(1);
		ion.release();
		const outs = await Promise.all(all);
		expect(ion.calls).toHaveLength(1);
		expect(new Set(outs.map((o) => o.refreshToken)).size).toBe(1);
	});

	test('empty base URL: the default host; spaces and a trailing slash are trimmed', async () => {
		await preAuth({ refreshToken: ion.issue(), baseUrl: '' });
		await preAuth({ refreshToken: ion.issue(), baseUrl: ` ${BASE}/ `, accountId: ' 1000 ' });
		expect(ion.calls.map((c) => c.url)).toEqual([
			'https://ion.tdsynnex.com/oauth/token',
			`${BASE}/oauth/token`,
		]);
	});

	test.each([
		['an account ID with letters', { accountId: 'acc-1' }, /Account ID .* digits only/],
		['plain http to another host', { baseUrl: 'http://ion.example.com' }, /Base URL .* https:\/\//],
		['a Base URL that is no URL', { baseUrl: 'ion dot com' }, /Base URL .* not a valid URL/],
		['no refresh token', { refreshToken: '' }, /has no refresh token/],
	])('%s: refused before any request, naming the field', async (_case, fields, message) => {
		const error = await thrown(() => preAuth({ refreshToken: 'RT', ...fields }));
		expect(error.message).toMatch(message);
		expect(ion.calls).toHaveLength(0);
	});

	test('a pasted access token is used as it is until it expires; no token call', async () => {
		const r1 = ion.issue();
		expect(await preAuth({ refreshToken: r1, accessToken: 'PASTED' })).toEqual({
			sessionToken: 'PASTED',
			expiresAt: '',
		});
		const expired = new Date(ion.time + 30_000).toISOString();
		const out = await preAuth({ refreshToken: r1, accessToken: 'PASTED', expiresAt: expired });
		expect(out.sessionToken).not.toBe('PASTED');
		expect(ion.calls).toHaveLength(1);
	});
});

describe('following a rotation this process made', () => {
	test('a caller that still holds the spent token gets the newest tokens without a token call', async () => {
		const r1 = ion.issue();
		const first = await preAuth({ refreshToken: r1 });
		ion.time += FOLLOW_WINDOW_MS;
		expect(await preAuth({ refreshToken: r1 })).toEqual(first);
		expect(ion.calls).toHaveLength(1);
	});

	test('follows several rotations to the newest', async () => {
		const r1 = ion.issue();
		const first = await preAuth({ refreshToken: r1 });
		// the access token got a 401: the caller holding it spends the next refresh token
		const second = await preAuth({
			refreshToken: first.refreshToken as string,
			sessionToken: first.sessionToken as string,
		});
		expect(await preAuth({ refreshToken: r1 })).toEqual(second);
		expect(ion.calls.map((c) => c.refreshToken)).toEqual([r1, first.refreshToken]);
	});

	test('after the follow window the caller is sent to re-read the credential: marked error, no token call, nothing to save', async () => {
		const r1 = ion.issue();
		await preAuth({ refreshToken: r1 });
		ion.time += FOLLOW_WINDOW_MS + 1;
		const error = await thrown(() => preAuth({ refreshToken: r1 }));
		expect(isIonTokenRefusedError(error)).toBe(true);
		expect(error.message).toMatch(/already exchanged by this n8n process/);
		expect(ion.calls).toHaveLength(1);
	});

	// The late-save analysis of issue 13: a follower saves what it returns. Another process can
	// only have rotated past it by spending the head token, which this test does; the follower
	// that comes after the window never returns (and so never saves) the dead head.
	test('a late follower never hands n8n a refresh token another process has spent', async () => {
		const r1 = ion.issue();
		const head = await preAuth({ refreshToken: r1 });
		ion.spendElsewhere(head.refreshToken as string); // e.g. a credential test in the editor
		ion.time += FOLLOW_WINDOW_MS + 1;
		const error = await thrown(() => preAuth({ refreshToken: r1 }));
		// nothing for n8n to save: the node resends, and n8n reads what the other process saved
		expect(isIonTokenRefusedError(error)).toBe(true);
		expect(error.message).not.toContain(head.refreshToken as string);
		expect(ion.calls.map((c) => c.refreshToken)).toEqual([r1]);
	});
});

describe('a refused refresh token', () => {
	test('costs one token call for every caller in the window; each gets its own marked error', async () => {
		const dead = ion.issue();
		ion.spendElsewhere(dead);
		ion.hold();
		const joined = Array.from(
			{ length: 25 },
			async () => await thrown(() => preAuth({ refreshToken: dead })),
		);
		await settle();
		ion.release();
		const errors = await Promise.all(joined);
		ion.time += REFUSAL_MEMORY_MS - 1;
		errors.push(await thrown(() => preAuth({ refreshToken: dead })));
		expect(ion.calls).toHaveLength(1);
		expect(new Set(errors).size).toBe(errors.length);
		for (const error of errors) {
			expect(error.message).toMatch(REFUSED);
			expect(error.message).not.toContain(dead);
			expect(isIonTokenRefusedError(error)).toBe(true);
		}
		// after the window Ion is asked again (the user may have fixed things in Ion)
		ion.time += 2;
		await thrown(() => preAuth({ refreshToken: dead }));
		expect(ion.calls).toHaveLength(2);
	});

	test('a refusal of the head of a followed chain is marked too', async () => {
		const r1 = ion.issue();
		const first = await preAuth({ refreshToken: r1 });
		ion.spendElsewhere(first.refreshToken as string);
		const stale = {
			refreshToken: first.refreshToken as string,
			sessionToken: first.sessionToken as string,
		};
		const error = await thrown(() => preAuth(stale));
		expect(isIonTokenRefusedError(error)).toBe(true);
		expect(await thrown(() => preAuth({ refreshToken: r1 }))).toEqual(
			expect.objectContaining({ message: error.message }),
		);
		expect(ion.calls).toHaveLength(2);
	});

	test('a 5xx or a dropped connection is not remembered and not marked; no token in the message', async () => {
		const r1 = ion.issue();
		ion.script.push('503', 'network');
		const unavailable = await thrown(() => preAuth({ refreshToken: r1 }));
		expect(unavailable.message).toMatch(/^StreamOne Ion's token endpoint failed \(HTTP 503/);
		const dropped = await thrown(() => preAuth({ refreshToken: r1 }));
		expect(dropped.message).toMatch(
			/^Could not reach StreamOne Ion at .* \(connection closed unexpectedly\)/,
		);
		for (const error of [unavailable, dropped]) {
			expect(isIonTokenRefusedError(error)).toBe(false);
			expect(`${error.message} ${JSON.stringify(error)}`).not.toContain(r1);
		}
		expect((await preAuth({ refreshToken: r1 })).refreshToken).toMatch(/^RT/);
		expect(ion.calls).toHaveLength(3);
	});
});

describe('isIonTokenRefusedError', () => {
	const node = {
		id: 'n',
		name: 'Ion',
		type: 'x',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	} as INode;

	test('sees the mark through the NodeApiError n8n wraps it in, and the JSON does not carry it', async () => {
		const dead = ion.issue();
		ion.spendElsewhere(dead);
		const refused = await thrown(() => preAuth({ refreshToken: dead }));
		const wrapped = new NodeApiError(node, refused as never);
		expect(wrapped.message).toBe(refused.message);
		expect(isIonTokenRefusedError(wrapped)).toBe(true);
		expect(isIonTokenRefusedError(new NodeApiError(node, wrapped as never))).toBe(true);
		expect(JSON.stringify(wrapped)).not.toMatch(/tokenRefused/);
	});

	test.each([
		['a plain error with the same text', new Error('StreamOne Ion refused the refresh token: x')],
		['undefined', undefined],
		['a string', 'refused'],
	])('is false for %s', (_case, value) => {
		expect(isIonTokenRefusedError(value)).toBe(false);
	});
});
