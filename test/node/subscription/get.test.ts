// Subscription > Get: GET .../customers/{customerId}/subscriptions/{id}, per item, errors, retry of a read.
import { runNode } from '../../harness';
import { rl, useEmulator } from '../helpers';

const t = useEmulator({ maxPageSize: 4 });
const dataCalls = () => t.ion.log.filter((l) => l.path.startsWith('/api/'));

function allSubscriptions() {
	return [...t.ion.store.subscriptions.values()];
}

describe('Subscription > Get', () => {
	test('sends GET .../customers/{customerId}/subscriptions/{Id} and returns the subscription', async () => {
		const sub = allSubscriptions()[0];
		const r = await runNode({
			parameters: {
				resource: 'subscription',
				operation: 'get',
				customerId: rl(sub.customerId),
				subscriptionId: sub.id,
				options: { refresh: true },
			},
			store: t.store,
		});
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(1);
		expect(r.items[0].json).toMatchObject({ id: sub.id, subscriptionId: sub.subscriptionId, customerId: sub.customerId });
		expect(r.items[0].pairedItem).toEqual({ item: 0 });
		const calls = dataCalls();
		expect(calls).toHaveLength(1);
		expect(calls[0]).toMatchObject({
			method: 'GET',
			path: `/api/v3/accounts/${t.ion.accountId}/customers/${sub.customerId}/subscriptions/${sub.id}`,
			status: 200,
		});
		expect(calls[0].query).toMatchObject({ refresh: 'true' });
	});

	test('one output item per input item, each paired with its input', async () => {
		const [a, b] = allSubscriptions();
		const r = await runNode({
			parameters: {
				resource: 'subscription',
				operation: 'get',
				customerId: rl('={{ $json.c }}'),
				subscriptionId: '={{ $json.s }}',
			},
			items: [{ json: { c: a.customerId, s: a.id } }, { json: { c: b.customerId, s: b.id } }],
			store: t.store,
		});
		expect(r.error).toBeUndefined();
		expect(r.items.map((i) => [i.json.id, i.pairedItem])).toEqual([
			[a.id, { item: 0 }],
			[b.id, { item: 1 }],
		]);
	});

	// Values come from expressions: a literal bad id is already caught by n8n's parameter
	// validation in the editor, but a value from an earlier node is only checked by the preSend.
	test('a non-numeric subscription id is refused before any request', async () => {
		const sub = allSubscriptions()[0];
		const r = await runNode({
			parameters: { resource: 'subscription', operation: 'get', customerId: rl(sub.customerId), subscriptionId: '={{ $json.s }}' },
			items: [{ json: { s: '12/../3' } }],
			store: t.store,
		});
		expect(r.error?.message).toMatch(/Subscription must be a number/);
		expect(dataCalls()).toHaveLength(0);
	});

	test('a missing customer is refused before any request', async () => {
		const r = await runNode({
			parameters: { resource: 'subscription', operation: 'get', customerId: rl('={{ $json.c }}'), subscriptionId: '1' },
			items: [{ json: { c: '' } }],
			store: t.store,
		});
		expect(r.error?.message).toMatch(/Customer is required/);
		expect(dataCalls()).toHaveLength(0);
	});

	test('404 becomes a NodeApiError naming Ion\'s message; Continue On Fail emits a paired error item', async () => {
		const sub = allSubscriptions()[0];
		const params = { resource: 'subscription', operation: 'get', customerId: rl(sub.customerId), subscriptionId: '999999999' };
		const failed = await runNode({ parameters: params, store: t.store });
		expect(failed.error?.name).toBe('NodeApiError');
		expect(failed.error?.message).toMatch(/not find|not found/i);
		expect((failed.error as { httpCode?: string }).httpCode).toBe('404');

		const r = await runNode({
			parameters: params,
			items: [{ json: {} }, { json: {} }],
			store: t.store,
			continueOnFail: true,
		});
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(2);
		r.items.forEach((item, i) => {
			expect(item.json.error).toMatch(/not find|not found/i);
			expect(item.pairedItem).toEqual({ item: i });
		});
	});

	test('a bad id with Continue On Fail gives an error item per input item and sends nothing', async () => {
		const r = await runNode({
			parameters: { resource: 'subscription', operation: 'get', customerId: rl('={{ $json.c }}'), subscriptionId: '1' },
			items: [{ json: { c: 'x1' } }],
			store: t.store,
			continueOnFail: true,
		});
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(1);
		expect(r.items[0].json.error).toMatch(/Customer must be a number/);
		expect(r.items[0].pairedItem).toEqual({ item: 0 });
		expect(dataCalls()).toHaveLength(0);
	});

	test('5xx on a read is retried and then succeeds', async () => {
		const sub = allSubscriptions()[0];
		t.ion.setFaults([{ kind: '5xx', count: 1, path: '/subscriptions/' }]);
		const r = await runNode({
			parameters: {
				resource: 'subscription',
				operation: 'get',
				customerId: rl(sub.customerId),
				subscriptionId: sub.id,
				requestOptions: { retryBaseDelayMs: 1 },
			},
			store: t.store,
		});
		expect(r.error).toBeUndefined();
		expect(r.items[0].json.id).toBe(sub.id);
		expect(dataCalls().map((c) => c.status)).toEqual([503, 200]);
	});
});
