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
}

/**
 * Builds the Graph stand-in table for the tenant: one entry per active Microsoft subscription whose
 * SKU Graph knows (pairs of customer and SKU that occur twice are left out, they would be ambiguous).
 */
export function seatsInUseFor(ion: Emulator): Expected {
	const subs = [...ion.store.subscriptions.values()]
		.filter(
			(s) =>
				s.cloudProviderName === 'Microsoft' &&
				s.subscriptionStatus === 'ACTIVE' &&
				ION_TO_GRAPH_SKU[s.ccpSkuId],
		)
		.sort((a, b) => Number(a.id) - Number(b.id));
	const byPair = new Map<string, typeof subs>();
	for (const s of subs) {
		const key = `${s.customerId}|${s.ccpSkuId}`;
		byPair.set(key, [...(byPair.get(key) ?? []), s]);
	}
	const unique = subs.filter((s) => byPair.get(`${s.customerId}|${s.ccpSkuId}`)?.length === 1);
	const table: SeatsInUse[] = [];
	const compared = new Map<string, [number, number]>();
	unique.forEach((s, i) => {
		const seats = Number(s.subscriptionTotalLicenses);
		const inUse = Math.max(1, seats + DRIFT_PATTERN[i % DRIFT_PATTERN.length]);
		table.push({
			customerId: s.customerId,
			skuPartNumber: ION_TO_GRAPH_SKU[s.ccpSkuId],
			consumedUnits: inUse,
		});
		compared.set(s.id, [seats, inUse]);
	});
	return { table, compared };
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
