// Turns the run data of examples/licence-reconciliation.json (as `n8n execute --rawOutput` prints it)
// into the readable report the demo prints. Used by scripts/demo.ts and asserted by test/e2e.

export interface ComparedRow {
	customerId: string;
	customer: string;
	/** one Ion subscription id, or several joined with ", " (then the row is under needsReview) */
	subscriptionId: string;
	product: string;
	skuPartNumber: string;
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

/** A usage row from Microsoft Graph that was not compared. */
export interface UsageRow {
	customerId: string;
	customer: string;
	skuPartNumber: string;
	seatsInUse: number;
}

/** An Ion subscription that was not compared. */
export interface SubscriptionRow {
	customerId: string;
	customer: string;
	subscriptionId: string;
	product: string;
	ionSeats: number;
}

/** The item the example's "Reconciliation report" node outputs. */
export interface Reconciliation {
	customersChecked: number;
	/** rows the Graph step returned */
	usageRows: number;
	/** active Ion subscriptions whose SKU is in the example's mapping */
	subscriptionsInScope: number;
	/** customer and SKU pairs with both usage data and an Ion subscription */
	compared: number;
	inSync: number;
	/** drift the workflow fixes with one UPDATE order each */
	drift: ComparedRow[];
	ordersPlaced: PlacedOrder[];
	ordersFailed: Array<ComparedRow & { error: string }>;
	/** drift the workflow leaves to a person (several subscriptions for one SKU, no seats in use) */
	needsReview: Array<ComparedRow & { reason: string }>;
	usageWithoutSubscription: UsageRow[];
	subscriptionsWithoutUsage: SubscriptionRow[];
	unmappedSkus: UsageRow[];
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

/** The JSON items a node output (first run; first output unless `output` says which). */
export function nodeItems(
	run: RunOutput,
	nodeName: string,
	output = 0,
): Array<Record<string, unknown>> {
	const runs = run.data?.resultData?.runData?.[nodeName];
	return (runs?.[0]?.data?.main?.[output] ?? []).map((i) => i.json);
}

export const REPORT_NODE = 'Reconciliation report';

/** The report the workflow's last node output (it runs whether or not anything drifted). */
export function readReconciliation(run: RunOutput): Reconciliation {
	const report = nodeItems(run, REPORT_NODE)[0] as unknown as Reconciliation | undefined;
	if (!report) throw new Error(`the run has no output from "${REPORT_NODE}"`);
	return report;
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

const customer = (r: { customer: string; customerId: string }) => `${r.customer} (${r.customerId})`;

/** A section: a title with its count, then the table when there are rows. */
function section(
	out: string[],
	title: string,
	rows: string[][],
	header: string[],
	right: number[] = [],
): void {
	out.push('');
	out.push(`${title}: ${rows.length}`);
	if (!rows.length) return;
	out.push('');
	out.push(table([header, ...rows], right));
}

/** The readable report. */
export function formatReconciliation(r: Reconciliation): string {
	const out: string[] = [];
	out.push('Licence reconciliation report');
	out.push('=============================');
	out.push(`Customers checked:       ${r.customersChecked}`);
	out.push(`Usage rows (Graph):      ${r.usageRows}`);
	out.push(`Ion subscriptions:       ${r.subscriptionsInScope} active, with a SKU of the mapping`);
	out.push(`Compared:                ${r.compared} customer and SKU pairs`);
	out.push(`In sync:                 ${r.inSync}`);
	section(
		out,
		'Seats drift',
		r.drift.map((d) => [
			customer(d),
			d.subscriptionId,
			d.product,
			String(d.ionSeats),
			String(d.seatsInUse),
			signed(d.drift),
		]),
		['Customer', 'Subscription', 'Product', 'Ion seats', 'In use', 'Drift'],
		[3, 4, 5],
	);
	section(
		out,
		'UPDATE orders placed',
		r.ordersPlaced.map((o) => [
			o.orderId,
			o.status,
			o.customer,
			`${o.subscriptionId} ${o.product}`,
			`${o.from} -> ${o.to}`,
		]),
		['Order', 'Status', 'Customer', 'Subscription', 'Seats'],
		[4],
	);
	if (r.ordersFailed.length)
		section(
			out,
			'UPDATE orders FAILED',
			r.ordersFailed.map((o) => [
				customer(o),
				o.subscriptionId,
				`${o.ionSeats} -> ${o.seatsInUse}`,
				o.error,
			]),
			['Customer', 'Subscription', 'Seats', 'Error'],
		);
	if (r.needsReview.length)
		section(
			out,
			'Drift left for a person (no order placed)',
			r.needsReview.map((d) => [
				customer(d),
				d.subscriptionId,
				String(d.ionSeats),
				String(d.seatsInUse),
				d.reason,
			]),
			['Customer', 'Subscriptions', 'Ion seats', 'In use', 'Why'],
			[2, 3],
		);
	section(
		out,
		'Usage with no Ion subscription (licences not bought through Ion)',
		r.usageWithoutSubscription.map((u) => [customer(u), u.skuPartNumber, String(u.seatsInUse)]),
		['Customer', 'SKU (Graph)', 'In use'],
		[2],
	);
	section(
		out,
		'Ion subscriptions with no usage data',
		r.subscriptionsWithoutUsage.map((s) => [
			customer(s),
			s.subscriptionId,
			s.product,
			String(s.ionSeats),
		]),
		['Customer', 'Subscription', 'Product', 'Ion seats'],
		[3],
	);
	section(
		out,
		'SKUs missing from the mapping (SKU_TO_ION in "Compare seats"), not compared',
		r.unmappedSkus.map((u) => [customer(u), u.skuPartNumber, String(u.seatsInUse)]),
		['Customer', 'SKU (Graph)', 'In use'],
		[2],
	);
	return out.join('\n');
}

/** Masks a secret for printing: only its last 4 characters are shown. */
export function mask(secret: unknown): string {
	const s = String(secret ?? '');
	if (!s) return '(empty)';
	return `****${s.slice(-4)} (${s.length} chars)`;
}
