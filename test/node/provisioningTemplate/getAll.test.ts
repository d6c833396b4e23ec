// Provisioning Template > Get Many: by vendor (a list) or vendor, provider and action (one record), Limit, retry.
import { TEMPLATE_SPECS } from '../../../emulator/templates';
import { runNode } from '../../harness';
import { useEmulator } from '../helpers';

const t = useEmulator();
const dataCalls = () => t.ion.log.filter((l) => l.path.startsWith('/api/'));
const base = () => `/api/v3/accounts/${t.ion.accountId}/provisionTemplates`;

describe('Provisioning Template > Get Many', () => {
	test('by vendor: one item per template from the {provisioningReferences: {refs}} answer', async () => {
		const expected = TEMPLATE_SPECS.filter((t) => t.vendor === 'MICROSOFT').map((t) => t.id);
		expect(expected.length).toBeGreaterThan(1);
		const r = await runNode({
			parameters: { resource: 'provisioningTemplate', operation: 'getAll', vendor: 'MICROSOFT', returnAll: true },
			store: t.store,
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
			store: t.store,
		});
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(1);
		expect(r.items[0].json.id).toBe('google-create');
		expect(dataCalls()[0].query).toEqual({ vendor: 'GOOGLE', provider: 'gcp', action: 'CREATE' });
	});

	test('an empty provider filter is not sent', async () => {
		const r = await runNode({
			parameters: { resource: 'provisioningTemplate', operation: 'getAll', vendor: 'IBM', returnAll: true, filters: { provider: '' } },
			store: t.store,
		});
		expect(r.error).toBeUndefined();
		expect(dataCalls()[0].query).toEqual({ vendor: 'IBM' });
	});

	test('Limit cuts the list', async () => {
		const r = await runNode({
			parameters: { resource: 'provisioningTemplate', operation: 'getAll', vendor: 'MICROSOFT', returnAll: false, limit: 1 },
			store: t.store,
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
			store: t.store,
		});
		expect(r.error).toBeUndefined();
		expect(r.items.map((i) => [i.json.id, i.pairedItem])).toEqual([
			['microsoft-create', { item: 0 }],
			['microsoft-update', { item: 1 }],
		]);
	});

	test('a 5xx is retried (a read), then succeeds', async () => {
		t.ion.setFaults([{ kind: '5xx', count: 2, path: '/provisionTemplates' }]);
		const r = await runNode({
			parameters: {
				resource: 'provisioningTemplate',
				operation: 'getAll',
				vendor: 'SOPHOS',
				returnAll: true,
				requestOptions: { retryBaseDelayMs: 1 },
			},
			store: t.store,
		});
		expect(r.error).toBeUndefined();
		expect(r.items.length).toBeGreaterThan(0);
		expect(dataCalls().map((c) => c.status)).toEqual([503, 503, 200]);
	});
});
