// The node's request-function design (nodes/StreamOneIon/transport/routing.ts) relies on three
// things n8n-core's RoutingNode does. This probe node uses exactly those, so if an n8n upgrade
// changes one of them, a test here fails and says which one and what depends on it.
import {
	NodeConnectionTypes,
	type DeclarativeRestApiSettings,
	type IExecutePaginationFunctions,
	type IExecuteSingleFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { StreamOneIon } from '../../../nodes/StreamOneIon/StreamOneIon.node';
import { runNode } from '../../harness';
import { setup, type Ctx } from '../helpers';

type Calls = string[];
const calls: Calls = [];

function requestFunction(name: string) {
	return async function (
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		calls.push(`${name}:before`);
		const items = await this.makeRoutingRequest(requestData);
		calls.push(`${name}:after`);
		return items.map((item) => ({ json: { ...item.json, via: name } }));
	};
}

async function markPostReceive(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	calls.push('postReceive');
	return items.map((item) => ({ json: { ...item.json, postReceiveRan: true } }));
}

/** A declarative node shaped like ours: paginate on the first property, a node-level request function. */
class RoutingProbe implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Routing Probe',
		name: 'routingProbe',
		group: ['transform'],
		version: 1,
		description: 'Test-only probe of RoutingNode behaviour',
		usableAsTool: true,
		defaults: { name: 'Routing Probe' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'streamOneIonApi', required: true }],
		requestDefaults: {
			baseURL: '={{$credentials.baseUrl}}',
			headers: { Accept: 'application/json' },
		},
		requestOperations: { pagination: requestFunction('nodeLevel') },
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [{ name: 'Probe', value: 'probe' }],
				default: 'probe',
				routing: { send: { paginate: true }, output: { postReceive: [markPostReceive] } },
			},
			{
				displayName: 'Operation',
				name: 'operation',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'Plain',
						value: 'plain',
						// a later property saying paginate: false must not win over the first
						routing: {
							request: {
								method: 'GET',
								url: '=/api/v3/accounts/{{$credentials.accountId}}/customers/10001',
							},
							send: { paginate: false },
						},
					},
					{
						name: 'Override',
						value: 'override',
						routing: {
							request: {
								method: 'GET',
								url: '=/api/v3/accounts/{{$credentials.accountId}}/customers/10001',
							},
							operations: { pagination: requestFunction('operationLevel') },
						},
					},
				],
				default: 'plain',
			},
		],
	};
}

let t: Ctx;
beforeAll(async () => {
	t = await setup();
});
afterAll(async () => {
	await t?.ion.close();
});
beforeEach(() => {
	calls.length = 0;
});

describe('RoutingNode contract the node relies on (n8n-core 2.41)', () => {
	test('1. the first paginate wins and the node-level request function runs for an operation that is not a list', async () => {
		const r = await runNode({
			parameters: { resource: 'probe', operation: 'plain' },
			store: t.store,
			nodeType: new RoutingProbe(),
		});
		expect(r.error).toBeUndefined();
		if (!calls.includes('nodeLevel:before')) {
			throw new Error(
				'RoutingNode no longer calls the node-level requestOperations.pagination for an operation that is not a list ' +
					'(paginate set by the Resource selector, before a later paginate: false). The node sends every request through ' +
					'it (retry policy, pairedItem, Continue On Fail items): see nodes/StreamOneIon/transport/routing.ts.',
			);
		}
		expect(r.items[0].json.via).toBe('nodeLevel');
	});

	test("2. an operation's routing.operations.pagination replaces the node-level one", async () => {
		await runNode({
			parameters: { resource: 'probe', operation: 'override' },
			store: t.store,
			nodeType: new RoutingProbe(),
		});
		if (calls.includes('nodeLevel:before') || !calls.includes('operationLevel:before')) {
			throw new Error(
				`RoutingNode no longer lets an operation's routing.operations.pagination replace the node-level one (calls: ${calls.join(', ')}). ` +
					'Lists, orders and API Request install their own request function this way: see nodes/StreamOneIon/transport/routing.ts.',
			);
		}
	});

	test('3. makeRoutingRequest runs the postReceive chain before it returns to the request function', async () => {
		const r = await runNode({
			parameters: { resource: 'probe', operation: 'plain' },
			store: t.store,
			nodeType: new RoutingProbe(),
		});
		if (
			calls.join(',') !== 'nodeLevel:before,postReceive,nodeLevel:after' ||
			r.items[0].json.postReceiveRan !== true
		) {
			throw new Error(
				`RoutingNode no longer runs postReceive inside makeRoutingRequest (order of calls: ${calls.join(', ')}). ` +
					'The retry policy relies on throwIonError (the first postReceive) having turned an error answer into an error ' +
					'when makeRoutingRequest returns: see nodes/StreamOneIon/transport/routing.ts.',
			);
		}
	});

	test('the real node: a non-list operation goes through the request function (pairedItem and a retried 503)', async () => {
		t.ion.reset();
		t.ion.setFaults([{ kind: '5xx', count: 1, path: '/customers/10001', method: 'GET' }]);
		const r = await runNode({
			parameters: {
				resource: 'customer',
				operation: 'get',
				customerId: { __rl: true, mode: 'id', value: '10001' },
				requestOptions: { retryBaseDelayMs: 5 },
			},
			store: t.store,
			nodeType: new StreamOneIon(),
		});
		t.ion.setFaults([]);
		const gets = t.ion.log.filter((e) => e.method === 'GET' && e.path.endsWith('/customers/10001'));
		expect(gets.map((e) => e.status)).toEqual([503, 200]);
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(1);
		expect(r.items[0].pairedItem).toEqual({ item: 0 });
		expect(r.items[0].json.customerId).toBe('10001');
	});
});
