// Provisioning Template resource (Get, Get Many) against the emulator through n8n-core.
import { startEmulator, type Emulator } from '../../emulator';
import { TEMPLATE_SPECS } from '../../emulator/templates';
import { CredentialStore, runNode } from '../harness';

let ion: Emulator;
let store: CredentialStore;
const dataCalls = () => ion.log.filter((l) => l.path.startsWith('/api/'));
const base = () => `/api/v3/accounts/${ion.accountId}/provisionTemplates`;

beforeAll(async () => {
	ion = await startEmulator({ port: 0, seed: 'demo' });
});
afterAll(async () => {
	await ion.close();
});
beforeEach(() => {
	store = new CredentialStore({ accountId: ion.accountId, refreshToken: ion.issueRefreshToken(), baseUrl: ion.url });
	ion.setFaults([]);
	ion.reset();
});

describe('Provisioning Template > Get', () => {
	test('GET .../provisionTemplates/{templateId} returns the template, paired with its item', async () => {
		const r = await runNode({
			parameters: { resource: 'provisioningTemplate', operation: 'get', templateId: ' microsoft-create ' },
			store,
		});
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(1);
		expect(r.items[0].json.id).toBe('microsoft-create');
		expect(r.items[0].pairedItem).toEqual({ item: 0 });
		const calls = dataCalls();
		expect(calls).toHaveLength(1);
		expect(calls[0]).toMatchObject({ method: 'GET', path: `${base()}/microsoft-create`, status: 200 });
	});

	test('an unknown template is a NodeApiError (404); Continue On Fail gives a paired error item', async () => {
		const params = { resource: 'provisioningTemplate', operation: 'get', templateId: 'nope' };
		const failed = await runNode({ parameters: params, store });
		expect(failed.error?.name).toBe('NodeApiError');
		expect((failed.error as { httpCode?: string }).httpCode).toBe('404');
		const r = await runNode({ parameters: params, store, continueOnFail: true });
		expect(r.items).toHaveLength(1);
		expect(r.items[0].json.error).toMatch(/not find|not found/i);
		expect(r.items[0].pairedItem).toEqual({ item: 0 });
	});

	test.each([
		['a path separator', 'a/../b', /Template ID contains characters that are not allowed/],
		['a blank id', '   ', /Template ID is required/],
	])('refuses %s before any request', async (_name, templateId, message) => {
		const r = await runNode({
			parameters: { resource: 'provisioningTemplate', operation: 'get', templateId: '={{ $json.t }}' },
			items: [{ json: { t: templateId } }],
			store,
		});
		expect(r.error?.message).toMatch(message);
		expect(dataCalls()).toHaveLength(0);
	});
});

describe('Provisioning Template > Get Many', () => {
	test('by vendor: one item per template from the {provisioningReferences: {refs}} answer', async () => {
		const expected = TEMPLATE_SPECS.filter((t) => t.vendor === 'MICROSOFT').map((t) => t.id);
		expect(expected.length).toBeGreaterThan(1);
		const r = await runNode({
			parameters: { resource: 'provisioningTemplate', operation: 'getAll', vendor: 'MICROSOFT', returnAll: true },
			store,
		});
		expect(r.error).toBeUndefined();
		expect(r.items.map((i) => i.json.id).sort()).toEqual([...expected].sort());
		for (const item of r.items) expect(item.pairedItem).toEqual({ item: 0 });
		const calls = dataCalls();
		expect(calls).toHaveLength(1);
		expect(calls[0]).toMatchObject({ method: 'GET', path: base(), status: 200 });
		expect(calls[0].query).toEqual({ vendor: 'MICROSOFT' });
	});

	test('by vendor, provider and action: the single {provisioningReference} answer is one item', async () => {
		const r = await runNode({
			parameters: {
				resource: 'provisioningTemplate',
				operation: 'getAll',
				vendor: 'GOOGLE',
				returnAll: true,
				filters: { provider: ' gcp ', orderAction: 'CREATE' },
			},
			store,
		});
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(1);
		expect(r.items[0].json.id).toBe('google-create');
		expect(dataCalls()[0].query).toEqual({ vendor: 'GOOGLE', provider: 'gcp', action: 'CREATE' });
	});

	test('an empty provider filter is not sent', async () => {
		const r = await runNode({
			parameters: { resource: 'provisioningTemplate', operation: 'getAll', vendor: 'IBM', returnAll: true, filters: { provider: '' } },
			store,
		});
		expect(r.error).toBeUndefined();
		expect(dataCalls()[0].query).toEqual({ vendor: 'IBM' });
	});

	test('Limit cuts the list', async () => {
		const r = await runNode({
			parameters: { resource: 'provisioningTemplate', operation: 'getAll', vendor: 'MICROSOFT', returnAll: false, limit: 1 },
			store,
		});
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(1);
	});

	test('one list per input item, each record paired with its item', async () => {
		const r = await runNode({
			parameters: {
				resource: 'provisioningTemplate',
				operation: 'getAll',
				vendor: 'MICROSOFT',
				returnAll: true,
				filters: { orderAction: '={{ $json.action }}' },
			},
			items: [{ json: { action: 'CREATE' } }, { json: { action: 'UPDATE' } }],
			store,
		});
		expect(r.error).toBeUndefined();
		expect(r.items.map((i) => [i.json.id, i.pairedItem])).toEqual([
			['microsoft-create', { item: 0 }],
			['microsoft-update', { item: 1 }],
		]);
	});

	test('a 5xx is retried (a read), then succeeds', async () => {
		ion.setFaults([{ kind: '5xx', count: 2, path: '/provisionTemplates' }]);
		const r = await runNode({
			parameters: {
				resource: 'provisioningTemplate',
				operation: 'getAll',
				vendor: 'SOPHOS',
				returnAll: true,
				retrySettings: { baseDelayMs: 1 },
			},
			store,
		});
		expect(r.error).toBeUndefined();
		expect(r.items.length).toBeGreaterThan(0);
		expect(dataCalls().map((c) => c.status)).toEqual([503, 503, 200]);
	});
});
