// Turns the run data of examples/licence-reconciliation.json (as `n8n execute --rawOutput` prints it)
// into the readable report the demo prints. Used by scripts/demo.ts and asserted by test/e2e.

export interface ComparedRow {
	customerId: string;
	customer: string;
	subscriptionId: string;
	product: string;
	ionSeats: number;
	seatsInUse: number;
	drift: number;
}

export interface PlacedOrder {
	orderId: string;
	status: string;
	customerId: string;
	customer: string;
	subscriptionId: string;
	product: string;
	from: number;
	to: number;
}

export interface Reconciliation {
	customersChecked: number;
	subscriptionsCompared: number;
	inSync: number;
	drift: ComparedRow[];
	ordersPlaced: PlacedOrder[];
}

interface NodeRun {
	executionStatus?: string;
	data?: { main?: Array<Array<{ json: Record<string, unknown> }> | null> };
	error?: { message?: string; description?: string };
}

export interface RunOutput {
	status?: string;
	data?: {
		resultData?: {
			runData?: Record<string, NodeRun[]>;
			error?: { message?: string; description?: string; node?: { name?: string } };
			lastNodeExecuted?: string;
		};
	};
}

/** The JSON items a node output (first run, first output). */
export function nodeItems(run: RunOutput, nodeName: string): Array<Record<string, unknown>> {
	const runs = run.data?.resultData?.runData?.[nodeName];
	return (runs?.[0]?.data?.main?.[0] ?? []).map((i) => i.json);
}

/**
 * Reads the reconciliation out of a run. With drift, the final "Reconciliation report" node has it
 * all; without drift the workflow stops after "Seats drift?", so it is rebuilt from "Compare seats".
 */
export function readReconciliation(run: RunOutput): Reconciliation {
	const report = nodeItems(run, 'Reconciliation report')[0] as unknown as
		| Reconciliation
		| undefined;
	if (report) return report;
	const compared = nodeItems(run, 'Compare seats') as unknown as ComparedRow[];
	const drift = compared.filter((r) => r.drift !== 0);
	return {
		customersChecked: nodeItems(run, 'Get customers').length,
		subscriptionsCompared: compared.length,
		inSync: compared.length - drift.length,
		drift,
		ordersPlaced: [],
	};
}

/** A plain-text table; `right` lists the columns aligned right (numbers). */
function table(rows: string[][], right: number[] = [], indent = '    '): string {
	const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
	return rows
		.map((r) =>
			(
				indent +
				r
					.map((cell, c) => (right.includes(c) ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
					.join('  ')
			).trimEnd(),
		)
		.join('\n');
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** The readable report. */
export function formatReconciliation(r: Reconciliation): string {
	const out: string[] = [];
	out.push('Licence reconciliation report');
	out.push('=============================');
	out.push(`Customers checked:       ${r.customersChecked}`);
	out.push(
		`Subscriptions compared:  ${r.subscriptionsCompared} active Microsoft subscriptions with seat data`,
	);
	out.push(`In sync:                 ${r.inSync}`);
	out.push(`Seats drift:             ${r.drift.length}`);
	if (r.drift.length) {
		out.push('');
		out.push(
			table(
				[
					['Customer', 'Subscription', 'Product', 'Ion seats', 'In use', 'Drift'],
					...r.drift.map((d) => [
						`${d.customer} (${d.customerId})`,
						d.subscriptionId,
						d.product,
						String(d.ionSeats),
						String(d.seatsInUse),
						signed(d.drift),
					]),
				],
				[3, 4, 5],
			),
		);
	}
	out.push('');
	out.push(`UPDATE orders placed:    ${r.ordersPlaced.length}`);
	if (r.ordersPlaced.length) {
		out.push('');
		out.push(
			table(
				[
					['Order', 'Status', 'Customer', 'Subscription', 'Seats'],
					...r.ordersPlaced.map((o) => [
						o.orderId,
						o.status,
						o.customer,
						`${o.subscriptionId} ${o.product}`,
						`${o.from} -> ${o.to}`,
					]),
				],
				[4],
			),
		);
	}
	return out.join('\n');
}

/** Masks a secret for printing: only its last 4 characters are shown. */
export function mask(secret: unknown): string {
	const s = String(secret ?? '');
	if (!s) return '(empty)';
	return `****${s.slice(-4)} (${s.length} chars)`;
}
