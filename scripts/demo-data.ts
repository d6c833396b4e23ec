// The "seats in use" the licence-reconciliation example compares with Ion. In the example file a
// Code node stands in for Microsoft Graph with a literal table; the demo and the e2e tests rebuild
// that table from the emulator's demo tenant (so it always matches it, whatever the seed generates)
// and put it into the workflow before importing it.
import type { Emulator } from '../emulator';

/** Ion SKU (`ccpSkuId`, Microsoft's product id) -> Microsoft Graph `skuPartNumber`. Inverse of the example's SKU_TO_ION. */
export const ION_TO_GRAPH_SKU: Record<string, string> = {
	CFQ7TTC0LH18: 'O365_BUSINESS_ESSENTIALS',
	CFQ7TTC0LDPB: 'O365_BUSINESS_PREMIUM',
	CFQ7TTC0LCHC: 'SPB',
	CFQ7TTC0LFLX: 'SPE_E3',
	CFQ7TTC0LFLZ: 'SPE_E5',
	CFQ7TTC0LH16: 'EXCHANGESTANDARD',
	CFQ7TTC0RM8K: 'TEAMS_ESSENTIALS_AAD',
	CFQ7TTC0LGLR: 'MDATP_XPLAT',
	CFQ7TTC0MM8R: 'Microsoft_365_Copilot',
};

/** A Graph SKU the example's mapping does not know (Power BI Pro is not sold in the demo tenant). */
export const UNMAPPED_GRAPH_SKU = 'POWER_BI_PRO';

export interface SeatsInUse {
	customerId: string;
	skuPartNumber: string;
	consumedUnits: number;
}

/** Drift by position among the compared subscriptions: a few up, one down, most in sync. */
const DRIFT_PATTERN = [3, 0, -8, 0, 0, 2];

export interface Expected {
	table: SeatsInUse[];
	/** subscription id -> [Ion seats, seats in use] for every subscription the workflow compares */
	compared: Map<string, [number, number]>;
	/** rows whose SKU the mapping knows but the customer has no active Ion subscription of */
	usageWithoutSubscription: SeatsInUse[];
	/** active Ion subscriptions with a mapped SKU that the table says nothing about */
	subscriptionsWithoutUsage: string[];
	/** rows whose SKU the mapping does not know */
	unmappedSkus: SeatsInUse[];
}

/**
 * Builds the Graph stand-in table for the tenant, selecting subscriptions as the example does (active,
 * SKU in the mapping; the provider name plays no part):
 * - one row per customer and SKU, with a few seats up or down (DRIFT_PATTERN) for one in two or so;
 *   where a customer has several subscriptions of a SKU, the row holds their sum (in sync);
 * - the last such pair is left out: its subscriptions have no usage data;
 * - one row of a mapped SKU that the first customer does not buy through Ion (licences in use, no
 *   Ion subscription), and one row of a SKU the mapping does not know.
 */
export function seatsInUseFor(ion: Emulator): Expected {
	const subs = [...ion.store.subscriptions.values()]
		.filter((s) => s.subscriptionStatus === 'ACTIVE' && ION_TO_GRAPH_SKU[s.ccpSkuId])
		.sort((a, b) => Number(a.id) - Number(b.id));
	const byPair = new Map<string, typeof subs>();
	for (const s of subs) {
		const key = `${s.customerId}|${s.ccpSkuId}`;
		byPair.set(key, [...(byPair.get(key) ?? []), s]);
	}
	const pairs = [...byPair.values()];
	if (pairs.length < 3)
		throw new Error('the demo tenant needs at least 3 active Microsoft licence subscriptions');
	const withoutUsage = pairs.pop() as typeof subs;

	const table: SeatsInUse[] = [];
	const compared = new Map<string, [number, number]>();
	pairs.forEach((group, i) => {
		const seats = group.map((s) => Number(s.subscriptionTotalLicenses));
		const total = seats.reduce((a, b) => a + b, 0);
		const inUse =
			group.length === 1 ? Math.max(1, total + DRIFT_PATTERN[i % DRIFT_PATTERN.length]) : total;
		table.push({
			customerId: group[0].customerId,
			skuPartNumber: ION_TO_GRAPH_SKU[group[0].ccpSkuId],
			consumedUnits: inUse,
		});
		group.forEach((s, j) => compared.set(s.id, [seats[j], group.length === 1 ? inUse : seats[j]]));
	});

	const customerId = pairs[0][0].customerId;
	const notBought = Object.entries(ION_TO_GRAPH_SKU).find(
		([sku]) => !byPair.has(`${customerId}|${sku}`),
	);
	if (!notBought) throw new Error(`customer ${customerId} buys every mapped SKU through Ion`);
	const usageWithoutSubscription = [{ customerId, skuPartNumber: notBought[1], consumedUnits: 7 }];
	const unmappedSkus = [{ customerId, skuPartNumber: UNMAPPED_GRAPH_SKU, consumedUnits: 12 }];
	table.push(...usageWithoutSubscription, ...unmappedSkus);

	return {
		table,
		compared,
		usageWithoutSubscription,
		subscriptionsWithoutUsage: withoutUsage.map((s) => s.id),
		unmappedSkus,
	};
}

interface WorkflowJson {
	nodes: Array<{ name: string; parameters: Record<string, unknown> }>;
}

export const GRAPH_NODE = 'Seats in use (Microsoft Graph stand-in)';

/** The JavaScript literal of the table, one entry per line, as in the example file. */
export function tableLiteral(table: SeatsInUse[]): string {
	const lines = table.map(
		(t) =>
			`  { customerId: '${t.customerId}', skuPartNumber: '${t.skuPartNumber}', consumedUnits: ${t.consumedUnits} },`,
	);
	return `const seatsInUse = [\n${lines.join('\n')}\n];`;
}

/** Returns a copy of the reconciliation workflow whose Graph stand-in holds `table`. */
export function withSeatsInUse<T extends WorkflowJson>(workflow: T, table: SeatsInUse[]): T {
	const copy = JSON.parse(JSON.stringify(workflow)) as T;
	const node = copy.nodes.find((n) => n.name === GRAPH_NODE);
	if (!node) throw new Error(`the workflow has no node "${GRAPH_NODE}"`);
	const code = String(node.parameters.jsCode);
	const literal = /const seatsInUse = \[[\s\S]*?\n\];/;
	if (!literal.test(code))
		throw new Error(`could not find the seatsInUse table in "${GRAPH_NODE}"`);
	node.parameters.jsCode = code.replace(literal, tableLiteral(table));
	return copy;
}
