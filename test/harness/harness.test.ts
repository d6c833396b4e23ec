/* eslint-disable @n8n/community-nodes/no-restricted-imports */
// Test-only: a throwaway node:http server checks the harness itself, independent of the emulator.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import type {
	ICredentialDataDecryptedObject,
	IHttpRequestOptions,
	ICredentialType,
} from 'n8n-workflow';

import {
	CredentialProbe,
	CredentialStore,
	TestCredentialsHelper,
	registerCredentialType,
	runConcurrent,
	runNode,
	testCredential,
} from './index';

interface Fake {
	url: string;
	tokenCalls: number;
	apiCalls: number;
	lastRefresh: string;
	validAccess: Set<string>;
	validRefresh: Set<string>;
	server: Server;
}

async function startFake(): Promise<Fake> {
	let counter = 0;
	const fake = {
		tokenCalls: 0,
		apiCalls: 0,
		lastRefresh: 'r0',
		validAccess: new Set<string>(),
		validRefresh: new Set<string>(['r0']),
	} as Fake;
	const send = (res: ServerResponse, status: number, body: unknown) => {
		res.writeHead(status, { 'content-type': 'application/json' });
		res.end(JSON.stringify(body));
	};
	fake.server = createServer((req: IncomingMessage, res: ServerResponse) => {
		let raw = '';
		req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
		req.on('end', () => {
			const url = new URL(req.url ?? '/', 'http://x');
			if (req.method === 'POST' && url.pathname === '/oauth/token') {
				fake.tokenCalls += 1;
				const form = new URLSearchParams(raw);
				const token = form.get('refresh_token') ?? '';
				if (form.get('grant_type') !== 'refresh_token' || !fake.validRefresh.has(token)) {
					return send(res, 400, { error: 'invalid_grant' });
				}
				fake.validRefresh.delete(token);
				counter += 1;
				const access = `a${counter}`;
				const refresh = `r${counter}`;
				fake.validAccess.add(access);
				fake.validRefresh.add(refresh);
				fake.lastRefresh = refresh;
				return send(res, 200, {
					access_token: access,
					refresh_token: refresh,
					expires_in: 7200,
					token_type: 'Bearer',
				});
			}
			fake.apiCalls += 1;
			const auth = (req.headers.authorization ?? '').replace(/^Bearer /, '');
			if (!fake.validAccess.has(auth)) {
				return send(res, 401, { error: 'UNAUTHENTICATED', message: 'bad token', code: 401 });
			}
			const match = /^\/api\/v3\/accounts\/(\d+)\/customers$/.exec(url.pathname);
			if (match) {
				if (match[1] === '403') return send(res, 403, { error: 'PERMISSION_DENIED', code: 403 });
				if (match[1] !== '1000') return send(res, 404, { error: 'NOT_FOUND', code: 404 });
				return send(res, 200, {
					items: [{ id: 'c1' }],
					pageSize: url.searchParams.get('pageSize'),
				});
			}
			return send(res, 200, { path: url.pathname });
		});
	});
	await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
	fake.url = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
	return fake;
}

describe('test harness (throwaway server)', () => {
	let fake: Fake;
	beforeEach(async () => {
		fake = await startFake();
	});
	afterEach(async () => {
		await new Promise((resolve) => fake.server.close(resolve));
	});

	it('runs a declarative node through WorkflowExecute with preAuthentication and persistence', async () => {
		const store = new CredentialStore({ accountId: '1000', refreshToken: 'r0', baseUrl: fake.url });
		const result = await runNode({
			nodeType: new CredentialProbe(),
			parameters: { operation: 'listCustomers' },
			store,
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toEqual({ items: [{ id: 'c1' }], pageSize: '1' });
		expect(fake.tokenCalls).toBe(1);
		expect(store.data.refreshToken).toBe('r1');
		expect(store.data.sessionToken).toBe('a1');
		expect(store.updates).toBe(1);
	});

	it('drops undeclared keys and applies defaults on read', async () => {
		const store = new CredentialStore({
			accountId: '1000',
			refreshToken: 'r0',
			baseUrl: fake.url,
			notDeclared: 'x',
		});
		const result = await runNode({
			nodeType: new CredentialProbe(),
			parameters: { operation: 'get', path: '/ping' },
			store,
			items: [{ json: { a: 1 } }, { json: { a: 2 } }],
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json)).toEqual([{ path: '/ping' }, { path: '/ping' }]);
		expect(fake.tokenCalls).toBe(1);
	});

	it('resolves expressions on read and never overwrites a stored expression (except the expirable field)', async () => {
		const store = new CredentialStore({
			accountId: '={{ "10" + "00" }}',
			refreshToken: '={{ "r" + "0" }}',
			baseUrl: fake.url,
		});
		const result = await runNode({ nodeType: new CredentialProbe(), parameters: {}, store });
		expect(result.error).toBeUndefined();
		expect(fake.tokenCalls).toBe(1);
		expect(store.data.refreshToken).toBe('={{ "r" + "0" }}');
		expect(store.data.sessionToken).toBe('a1');
	});

	it('refreshes once after a 401 and retries', async () => {
		fake.validRefresh.add('rX');
		const store = new CredentialStore({
			accountId: '1000',
			refreshToken: 'rX',
			baseUrl: fake.url,
			sessionToken: 'stale',
		});
		const result = await runNode({ nodeType: new CredentialProbe(), parameters: {}, store });
		expect(result.error).toBeUndefined();
		expect(fake.tokenCalls).toBe(1);
		expect(fake.apiCalls).toBe(2);
		expect(store.data.refreshToken).toBe(fake.lastRefresh);
	});

	it('reports node errors, continueOnFail items, and runs concurrent executions', async () => {
		const bad = new CredentialStore({ accountId: '999', refreshToken: 'r0', baseUrl: fake.url });
		const failed = await runNode({ nodeType: new CredentialProbe(), parameters: {}, store: bad });
		expect(failed.error).toBeDefined();
		expect(failed.items).toEqual([]);

		const cont = await runNode({
			nodeType: new CredentialProbe(),
			parameters: {},
			store: bad,
			continueOnFail: true,
		});
		expect(cont.error).toBeUndefined();
		expect(cont.items[0].json).toHaveProperty('error');
		expect(cont.items[0].error).toBeDefined();

		const results = await runConcurrent(3, {
			nodeType: new CredentialProbe(),
			parameters: { operation: 'get', path: '/x' },
			store: bad,
			// an injected option passed through, not a time bound: longer than the test itself may run
			requestOptions: { timeout: 60_000 },
		});
		expect(results.every((r) => r.error === undefined)).toBe(true);
	});

	it('tests a credential like CredentialsTester', async () => {
		const good = new CredentialStore({ accountId: '1000', refreshToken: 'r0', baseUrl: fake.url });
		expect(await testCredential(good)).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(good.data.refreshToken).toBe('r1');
		// forced preAuthentication: a second test spends the rotated token again
		expect((await testCredential(good)).status).toBe('OK');
		expect(fake.tokenCalls).toBe(2);
		expect(good.data.refreshToken).toBe('r2');

		const forbidden = new CredentialStore({
			accountId: '403',
			refreshToken: 'r2',
			baseUrl: fake.url,
		});
		const res403 = await testCredential(forbidden);
		expect(res403.status).toBe('Error');
		expect(res403.message).toMatch(/no access to this Account ID/);
	});
});

describe('test harness credentials helper: authenticate like the CLI', () => {
	it('calls a function authenticator as a method of the credential type and returns its result', async () => {
		const calls: Array<{ self: unknown; credentials: unknown; options: unknown }> = [];
		const replacement: IHttpRequestOptions = { url: '/replaced', headers: { X: '1' } };
		const type: ICredentialType = {
			name: 'harnessFunctionAuth',
			displayName: 'Function auth',
			properties: [],
			async authenticate(
				this: unknown,
				credentials: ICredentialDataDecryptedObject,
				requestOptions: IHttpRequestOptions,
			) {
				calls.push({ self: this, credentials, options: requestOptions });
				return replacement;
			},
		};
		registerCredentialType(type);
		const helper = new TestCredentialsHelper([]);
		const credentials = { key: 'k' };
		const options: IHttpRequestOptions = { url: '/x' };
		// no workflow and no node: the CLI does not need them for a function
		const result = await helper.authenticate(credentials, type.name, options);
		expect(result).toBe(replacement);
		expect(calls).toHaveLength(1);
		expect(calls[0].self).toBe(type);
		expect(calls[0].credentials).toBe(credentials);
		expect(calls[0].options).toBe(options);
		// the helper itself does not add a headers object for a function authenticator
		expect(options).toEqual({ url: '/x' });
	});

	it('refuses a generic authenticator without a workflow and node, like the CLI', async () => {
		registerCredentialType({
			name: 'harnessGenericAuth',
			displayName: 'Generic auth',
			properties: [],
			authenticate: { type: 'generic', properties: { headers: { 'X-Key': 'fixed' } } },
		});
		const helper = new TestCredentialsHelper([]);
		await expect(helper.authenticate({}, 'harnessGenericAuth', { url: '/x' })).rejects.toThrow(
			'Workflow and node are required for declarative credential authentication',
		);
	});

	it('leaves the request alone when the credential type has no authenticate', async () => {
		registerCredentialType({ name: 'harnessNoAuth', displayName: 'No auth', properties: [] });
		const helper = new TestCredentialsHelper([]);
		const options: IHttpRequestOptions = { url: '/x' };
		expect(await helper.authenticate({}, 'harnessNoAuth', options)).toBe(options);
		expect(options).toEqual({ url: '/x' });
	});
});
