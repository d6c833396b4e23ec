// Expression evaluations per item (n8n-core 2.41 RoutingNode evaluates every definition of a set
// parameter name twice per item, and an expression baseURL twice): one definition per picker
// keeps Subscription > Get with both IDs from expressions cheap.
import { Expression, type INodeExecutionData, type INodeParameters } from 'n8n-workflow';

import { findSubscription, rl, setup, type StellrCtx } from '../helpers';

let t: StellrCtx;
afterEach(async () => {
	await t?.stellr.close();
});

async function evaluationsPerItem(parameters: INodeParameters, items: INodeExecutionData[]) {
	const proto = Expression.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
	const original = proto.resolveSimpleParameterValue;
	await t.run(parameters, { items }); // token and caches warm
	let count = 0;
	proto.resolveSimpleParameterValue = function (this: unknown, ...args: unknown[]) {
		if (typeof args[0] === 'string' && args[0].startsWith('=')) count++;
		return original.apply(this, args);
	};
	try {
		const r = await t.run(parameters, { items });
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(items.length);
	} finally {
		proto.resolveSimpleParameterValue = original;
	}
	return count / items.length;
}

describe('expression evaluations per item', () => {
	// Measured: 3 per ID (RoutingNode's two passes over its one definition, and the ID check's
	// read) and 2 for the credential's base URL. A second definition of either picker would add 2.
	test('Subscription > Get with customer and subscription from {{ $json }}: at most 8', async () => {
		t = await setup();
		const sub = findSubscription(t.stellr, () => true);
		const items = [1, 2, 3, 4].map(() => ({ json: { c: sub.customerNo, s: sub.subscriptionId } }));
		const perItem = await evaluationsPerItem(
			{
				resource: 'subscription',
				operation: 'get',
				customerNo: rl('={{ $json.c }}'),
				subscriptionId: rl('={{ $json.s }}'),
			},
			items,
		);
		expect(perItem).toBeLessThanOrEqual(8);
	});
});
