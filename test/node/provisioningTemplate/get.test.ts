// Provisioning Template > Get: GET .../provisionTemplates/{templateId}, 404, checks before any request.
import { runNode } from '../../harness';
import { useEmulator } from '../helpers';

const t = useEmulator();
const dataCalls = () => t.ion.log.filter((l) => l.path.startsWith('/api/'));
const base = () => `/api/v3/accounts/${t.ion.accountId}/provisionTemplates`;

describe('Provisioning Template > Get', () => {
	test('GET .../provisionTemplates/{templateId} returns the template, paired with its item', async () => {
		const r = await runNode({
			parameters: { resource: 'provisioningTemplate', operation: 'get', templateId: ' microsoft-create ' },
			store: t.store,
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
		const failed = await runNode({ parameters: params, store: t.store });
		expect(failed.error?.name).toBe('NodeApiError');
		expect((failed.error as { httpCode?: string }).httpCode).toBe('404');
		const r = await runNode({ parameters: params, store: t.store, continueOnFail: true });
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
			store: t.store,
		});
		expect(r.error?.message).toMatch(message);
		expect(dataCalls()).toHaveLength(0);
	});
});
