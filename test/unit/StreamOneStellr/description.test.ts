// The Stellr node's assembled description (nodes/shared/description.ts): all 36 actions as named
// operations, every operation shows exactly the parameters its file lists, in that order, and
// the pickers, Return All and Limit are one definition each (RoutingNode evaluates every
// definition of a name per input item).
import { NodeHelpers, type INode, type INodeParameters, type INodeProperties } from 'n8n-workflow';

import {
	STELLR_RESOURCES,
	StreamOneStellr,
} from '../../../nodes/StreamOneStellr/StreamOneStellr.node';

const description = new StreamOneStellr().description;

function visible(properties: INodeProperties[], parameters: INodeParameters): string[] {
	const node = { parameters } as unknown as INode;
	return properties
		.filter((p) => NodeHelpers.displayParameter(parameters, p, node, description))
		.map((p) => p.name);
}

// Parameter values that open every conditional part of an operation's panel.
const OPEN_EVERYTHING: INodeParameters = {
	returnAll: false,
	method: 'POST',
	sendBody: true,
	waitForCompletion: true,
};

const pairs = STELLR_RESOURCES.flatMap((r) =>
	r.operations.map((o) => [r.value, String(o.option.value), o.properties] as const),
);

describe('the Stellr node description', () => {
	test('has the 36 actions of the issue, grouped into the 11 resources', () => {
		expect(pairs).toHaveLength(36);
		expect(STELLR_RESOURCES.map((r) => r.name)).toEqual([
			'API Request',
			'Agreement',
			'Consumption',
			'Customer',
			'Invoice',
			'Operation',
			'Product',
			'Subscribed Users',
			'Subscription',
			'Vendor',
			'Vendor Account',
		]);
		expect(description).toMatchObject({
			name: 'streamOneStellr',
			displayName: 'Stellr StreamOne',
			usableAsTool: true,
			credentials: [{ name: 'streamOneStellrApi', required: true }],
		});
	});

	test.each(pairs.map(([r, o, p]) => [`${r} > ${o}`, r, o, p]))(
		'%s shows exactly its parameters in its order',
		(_label, resource, operation, declared) => {
			const parameters = { ...OPEN_EVERYTHING, resource, operation };
			const expected = visible(declared as INodeProperties[], parameters);
			const shown = visible(description.properties, parameters).filter(
				(n) => !['resource', 'operation', 'retrySettings'].includes(n),
			);
			expect(shown).toEqual(expected);
		},
	);

	test('the Resource selector lists every resource alphabetically; each Operation selector too', () => {
		const names = (description.properties[0].options as Array<{ name: string }>).map((o) => o.name);
		expect(names).toEqual([...names].sort());
		const selectors = description.properties.filter((p) => p.name === 'operation');
		expect(selectors).toHaveLength(STELLR_RESOURCES.length);
		for (const selector of selectors) {
			const ops = (selector.options as Array<{ name: string }>).map((o) => o.name);
			expect(ops).toEqual(
				[...ops].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })),
			);
		}
	});

	test('the pickers, Return All, Limit and Additional Query Parameters are one definition each', () => {
		for (const name of [
			'customerNo',
			'subscriptionId',
			'vendorId',
			'returnAll',
			'limit',
			'additionalQuery',
		]) {
			expect([name, description.properties.filter((p) => p.name === name).length]).toEqual([
				name,
				1,
			]);
		}
	});

	test('the ID parameters carry no routing (RoutingNode would read them once more per pass)', () => {
		for (const name of [
			'customerNo',
			'subscriptionId',
			'vendorId',
			'operationId',
			'productId',
			'skuNo',
		]) {
			for (const p of description.properties.filter((q) => q.name === name)) {
				expect(p.routing).toBeUndefined();
			}
		}
	});

	test('every write that changes what is billed shows a notice; Change Seats says it takes the total', () => {
		const money = [
			'activate',
			'cancel',
			'changePlan',
			'changeSeats',
			'createSubscription',
			'createAddOn',
			'downgrade',
			'reactivate',
			'suspend',
			'transfer',
			'upgrade',
			'updateRenewalSetting',
		];
		for (const operation of money) {
			const parameters = { resource: 'subscription', operation };
			const notices = description.properties.filter(
				(p) =>
					p.type === 'notice' &&
					NodeHelpers.displayParameter(
						parameters,
						p,
						{ parameters } as unknown as INode,
						description,
					),
			);
			expect([operation, notices.length]).toEqual([operation, 1]);
			expect(notices[0].displayName).toMatch(/billed/);
		}
		const seats = description.properties.find((p) => p.name === 'seatsNotice');
		expect(seats?.displayName).toMatch(/total number of seats/);
		expect(description.properties.find((p) => p.name === 'cancelNotice')?.displayName).toMatch(
			/7 days/,
		);
	});
});
