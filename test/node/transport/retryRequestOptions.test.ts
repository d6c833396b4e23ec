// The retry settings live in the node's Request Options (Settings tab, merged by n8n with its own
// batching / proxy / timeout / SSL options), not in every operation's panel.
import { ionNode } from '../editorContext';
import { dataRequests, setup, type Ctx } from '../helpers';

let t: Ctx;
beforeAll(async () => {
	t = await setup();
});
afterAll(async () => {
	await t.ion.close();
});
beforeEach(() => {
	t.ion.reset();
	t.ion.setFaults([]);
});

describe('retry settings in Request Options', () => {
	test('one node setting, no Retry Settings section in the operations', () => {
		const names = ionNode.description.properties.map((p) => p.name);
		expect(names).not.toContain('retrySettings');
		const requestOptions = ionNode.description.properties.filter(
			(p) => p.name === 'requestOptions',
		);
		expect(requestOptions).toHaveLength(1);
		expect(requestOptions[0].isNodeSetting).toBe(true);
		expect(requestOptions[0].displayOptions).toBeUndefined();
		expect((requestOptions[0].options ?? []).map((o) => o.name)).toEqual([
			'retryEnabled',
			'retryBaseDelayMs',
			'retryMaxAttempts',
			'retryMaxWaitSeconds',
		]);
	});

	test('Retry Max Attempts and Backoff apply; Retry Automatically off sends once', async () => {
		t.ion.setFaults([{ kind: '5xx', path: '/customers' }]);
		const params = { resource: 'customer', operation: 'getAll' };
		const twice = await t.run(params, {
			requestOptions: { retryMaxAttempts: 2, retryBaseDelayMs: 5 },
		});
		expect(twice.error).toBeDefined();
		expect(dataRequests(t.ion)).toHaveLength(2);
		t.ion.reset();
		const once = await t.run(params, { requestOptions: { retryEnabled: false } });
		expect(once.error).toBeDefined();
		expect(dataRequests(t.ion)).toHaveLength(1);
	});
});
