/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports */
// Test-only: reads the example workflow file and runs its Code nodes' JavaScript in node:vm.
//
// The two Code nodes of examples/licence-reconciliation.json that decide what is compared and what
// is reported, run on their own with n8n's `$` and `$input` stood in by plain objects: the cases the
// demo tenant does not have (several subscriptions for one SKU, no seats in use, Ion's SKU only in
// the offer id, nothing to compare). The whole workflow runs in real n8n in test/e2e.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';

const workflow = JSON.parse(
	fs.readFileSync(path.join(__dirname, '../../examples/licence-reconciliation.json'), 'utf8'),
) as { nodes: Array<{ name: string; parameters: { jsCode?: string } }> };
const code = (name: string) => {
	const js = workflow.nodes.find((n) => n.name === name)?.parameters.jsCode;
	if (!js) throw new Error(`no Code node "${name}"`);
	return js;
};

type Json = Record<string, unknown>;
type Item = { json: Json; pairedItem?: { item: number } };

interface NodeData {
	[name: string]: Item[] | undefined;
}

/** Runs a Code node ("Run Once for All Items") with `nodes` as the output of earlier nodes. */
function runCode(name: string, nodes: NodeData, input: Item[]): Json[] {
	const $ = (node: string) => {
		const items = nodes[node];
		return {
			isExecuted: items !== undefined,
			all: () => {
				if (!items) throw new Error(`node "${node}" has not run`);
				return items;
			},
			first: () => {
				if (!items) throw new Error(`node "${node}" has not run`);
				return items[0];
			},
		};
	};
	const result = vm.runInNewContext(`(() => {\n${code(name)}\n})()`, {
		$,
		$input: { all: () => input },
	}) as Item[];
	return result.map((i) => i.json);
}

const CUSTOMERS: Item[] = [
	{ json: { customerId: '1', customerOrganization: 'Contoso' } },
	{ json: { customerId: '2', customerOrganization: 'Fabrikam' } },
];

let nextId = 100;
function sub(customerId: string, sku: string, seats: number, extra: Json = {}): Item {
	const id = String(nextId++);
	return {
		json: {
			id,
			customerId,
			ccpSkuId: sku,
			subscriptionTotalLicenses: String(seats),
			subscriptionStatus: 'ACTIVE',
			cloudProviderName: 'Microsoft CSP (NCE)',
			ccpProductInfo: { productDisplayName: `Product ${sku}` },
			...extra,
		},
	};
}

const E5 = 'CFQ7TTC0LFLZ';
const BP = 'CFQ7TTC0LCHC';
const E3 = 'CFQ7TTC0LFLX';

function compare(usage: Json[], subscriptions: Item[]) {
	return runCode(
		'Compare seats',
		{
			'Seats in use (Microsoft Graph stand-in)': [{ json: { seatsInUse: usage } }],
			'Get customers': CUSTOMERS,
		},
		subscriptions,
	)[0] as {
		compared: Json[];
		drift: Json[];
		needsReview: Json[];
		usageWithoutSubscription: Json[];
		subscriptionsWithoutUsage: Json[];
		unmappedSkus: Json[];
		subscriptionsInScope: number;
	};
}

describe('licence reconciliation: Compare seats', () => {
	test('sorts every usage row and every subscription into exactly one finding', () => {
		const e5 = sub('1', E5, 20);
		const bp = sub('1', BP, 10);
		const e3 = sub('2', E3, 5);
		const azure = sub('2', 'DZH318Z0BPS6', 1, { cloudProviderName: 'Microsoft Azure' });
		const c = compare(
			[
				{ customerId: '1', skuPartNumber: 'SPE_E5', consumedUnits: 23 },
				{ customerId: '1', skuPartNumber: 'SPB', consumedUnits: 10 },
				{ customerId: '2', skuPartNumber: 'SPB', consumedUnits: 4 },
				{ customerId: '3', skuPartNumber: 'SPB', consumedUnits: 2 },
				{ customerId: '2', skuPartNumber: 'POWER_BI_PRO', consumedUnits: 12 },
			],
			[e5, bp, e3, azure],
		);
		expect(c.subscriptionsInScope).toBe(3); // Azure is not a SKU of the mapping
		expect(c.compared.map((r) => [r.subscriptionId, r.drift])).toEqual([
			[e5.json.id, 3],
			[bp.json.id, 0],
		]);
		expect(c.drift).toEqual([
			{
				customerId: '1',
				customer: 'Contoso',
				subscriptionId: e5.json.id,
				product: `Product ${E5}`,
				skuPartNumber: 'SPE_E5',
				ionSeats: 20,
				seatsInUse: 23,
				drift: 3,
			},
		]);
		expect(c.needsReview).toEqual([]);
		expect(c.usageWithoutSubscription).toEqual([
			{ customerId: '2', customer: 'Fabrikam', skuPartNumber: 'SPB', seatsInUse: 4 },
			{ customerId: '3', customer: '(not an Ion customer)', skuPartNumber: 'SPB', seatsInUse: 2 },
		]);
		expect(c.subscriptionsWithoutUsage).toEqual([
			{
				customerId: '2',
				customer: 'Fabrikam',
				subscriptionId: e3.json.id,
				product: `Product ${E3}`,
				ionSeats: 5,
			},
		]);
		expect(c.unmappedSkus).toEqual([
			{ customerId: '2', customer: 'Fabrikam', skuPartNumber: 'POWER_BI_PRO', seatsInUse: 12 },
		]);
	});

	test('the provider name plays no part; the SKU may come from the offer id', () => {
		const named = sub('1', E5, 20, { cloudProviderName: 'MICROSOFT' });
		const offerOnly = sub('2', 'ion-internal-42', 8, {
			cloudProviderName: 'anything',
			subscriptionOfferId: `${BP}:0002`,
		});
		const c = compare(
			[
				{ customerId: '1', skuPartNumber: 'SPE_E5', consumedUnits: 20 },
				{ customerId: '2', skuPartNumber: 'SPB', consumedUnits: 9 },
			],
			[named, offerOnly],
		);
		expect(c.compared.map((r) => [r.subscriptionId, r.drift])).toEqual([
			[named.json.id, 0],
			[offerOnly.json.id, 1],
		]);
	});

	test('several subscriptions for one SKU: in sync when their sum matches, otherwise left for a person', () => {
		const monthly = sub('1', E5, 10);
		const annual = sub('1', E5, 5);
		const inSync = compare(
			[{ customerId: '1', skuPartNumber: 'SPE_E5', consumedUnits: 15 }],
			[monthly, annual],
		);
		expect(inSync.compared).toEqual([
			expect.objectContaining({
				subscriptionId: `${monthly.json.id}, ${annual.json.id}`,
				ionSeats: 15,
				drift: 0,
			}),
		]);
		expect(inSync.drift).toEqual([]);
		expect(inSync.needsReview).toEqual([]);

		const off = compare(
			[{ customerId: '1', skuPartNumber: 'SPE_E5', consumedUnits: 18 }],
			[monthly, annual],
		);
		expect(off.drift).toEqual([]); // no order: which of the two should change?
		expect(off.needsReview).toEqual([
			expect.objectContaining({
				ionSeats: 15,
				seatsInUse: 18,
				drift: 3,
				reason: expect.stringMatching(/^2 Ion subscriptions for one SKU/),
			}),
		]);
	});

	test('no seats in use is left for a person, never an order for 0 seats', () => {
		const c = compare(
			[{ customerId: '1', skuPartNumber: 'SPE_E5', consumedUnits: 0 }],
			[sub('1', E5, 20)],
		);
		expect(c.drift).toEqual([]);
		expect(c.needsReview).toEqual([
			expect.objectContaining({
				seatsInUse: 0,
				drift: -20,
				reason: expect.stringMatching(/cancel/),
			}),
		]);
	});

	test('Graph rows for the same customer and SKU add up', () => {
		const c = compare(
			[
				{ customerId: '1', skuPartNumber: 'SPE_E5', consumedUnits: 12 },
				{ customerId: '1', skuPartNumber: 'SPE_E5', consumedUnits: 8 },
			],
			[sub('1', E5, 20)],
		);
		expect(c.compared).toEqual([expect.objectContaining({ seatsInUse: 20, drift: 0 })]);
	});

	test.each([
		[
			'no usage rows at all',
			[],
			[sub('1', E5, 20)],
			/^Nothing was compared: 0 usage rows from Microsoft Graph .* and 1 active Ion subscriptions \(1 with a SKU of SKU_TO_ION\)/,
		],
		[
			'usage only for SKUs and customers Ion does not have',
			[
				{ customerId: '1', skuPartNumber: 'POWER_BI_PRO', consumedUnits: 3 },
				{ customerId: '2', skuPartNumber: 'SPE_E5', consumedUnits: 3 },
			],
			[sub('1', E5, 20), sub('1', 'GOOGLE-1', 20)],
			/^Nothing was compared: 2 usage rows from Microsoft Graph \(1 with a SKU missing from SKU_TO_ION, 1 with no Ion subscription\) and 2 active Ion subscriptions \(1 with a SKU of SKU_TO_ION\)/,
		],
		[
			'no active subscriptions',
			[{ customerId: '1', skuPartNumber: 'SPE_E5', consumedUnits: 3 }],
			[],
			/and 0 active Ion subscriptions/,
		],
	])(
		'nothing compared (%s): the node fails and says what it saw',
		(_, usage, subscriptions, message) => {
			expect(() => compare(usage, subscriptions)).toThrow(message);
		},
	);
});

describe('licence reconciliation: Reconciliation report', () => {
	const drift = [
		{
			customerId: '1',
			customer: 'Contoso',
			subscriptionId: '100',
			product: 'E5',
			ionSeats: 20,
			seatsInUse: 23,
			drift: 3,
		},
		{
			customerId: '2',
			customer: 'Fabrikam',
			subscriptionId: '101',
			product: 'BP',
			ionSeats: 9,
			seatsInUse: 7,
			drift: -2,
		},
	];
	const compared = {
		json: {
			customersChecked: 2,
			usageRows: 4,
			subscriptionsInScope: 3,
			compared: [...drift, { ...drift[0], subscriptionId: '102', drift: 0 }],
			drift,
			needsReview: [],
			usageWithoutSubscription: [{ customerId: '2' }],
			subscriptionsWithoutUsage: [],
			unmappedSkus: [],
		},
	};

	test('pairs each order with its drift row and lists a failed order apart', () => {
		const [report] = runCode(
			'Reconciliation report',
			{
				'Compare seats': [compared],
				'Update seats': [
					// the failed one first: pairing goes by pairedItem, not by position
					{ json: { error: 'The outcome of the order is unknown' }, pairedItem: { item: 1 } },
					{
						json: { orderId: '9001', status: 'COMPLETED', orderItems: [{ quantity: 23 }] },
						pairedItem: { item: 0 },
					},
				],
			},
			[],
		);
		expect(report).toMatchObject({
			compared: 3,
			inSync: 1,
			usageWithoutSubscription: [{ customerId: '2' }],
		});
		expect(report.ordersPlaced).toEqual([
			{
				orderId: '9001',
				status: 'COMPLETED',
				customerId: '1',
				customer: 'Contoso',
				subscriptionId: '100',
				product: 'E5',
				from: 20,
				to: 23,
			},
		]);
		expect(report.ordersFailed).toEqual([
			{ ...drift[1], error: 'The outcome of the order is unknown' },
		]);
	});

	test('runs without "Update seats" when nothing drifted', () => {
		const [report] = runCode(
			'Reconciliation report',
			{ 'Compare seats': [{ json: { ...compared.json, drift: [] } }] },
			[],
		);
		expect(report).toMatchObject({ drift: [], ordersPlaced: [], ordersFailed: [], compared: 3 });
	});
});
