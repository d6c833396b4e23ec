// Benchmark-only definitions (never published): workloads, contenders and the node parameters they map to.

export type WorkloadId = 'customers' | 'subscriptions' | 'getCustomers' | 'products';

export type ContenderId =
	| 'node' // our node through n8n-core WorkflowExecute
	| 'nodeSequential' // our node run once per item, one run after another
	| 'raw' // plain fetch, same page size, cached token (the floor)
	| 'rawSequential' // plain fetch, one Get after another
	| 'sdk'; // validateAccess before every request, like TD SYNNEX's SDK

export interface ListWorkload {
	kind: 'list';
	id: WorkloadId;
	label: string;
	/** Path after `/api/v3/accounts/{accountId}` */
	path: string;
	style: 'token' | 'offset';
	/** Array key in the response body */
	itemsKey: string;
	/** Field that identifies a record (for the duplicate check) */
	idKeys: string[];
	/** Emulator store key for the expected total */
	storeKey: 'customers' | 'subscriptions' | 'products';
	/** Seed size, used if the emulator does not expose its store */
	seedTotal: number;
	/** Node parameters */
	nodeParameters: Record<string, unknown>;
}

export interface GetWorkload {
	kind: 'get';
	id: WorkloadId;
	label: string;
	count: number;
	nodeParameters: Record<string, unknown>;
}

export type Workload = ListWorkload | GetWorkload;

export const workloads: Workload[] = [
	{
		kind: 'list',
		id: 'customers',
		label: 'Return All: 10,000 customers',
		path: '/customers',
		style: 'token',
		itemsKey: 'customers',
		idKeys: ['id', 'customerId', 'name', 'uid'],
		storeKey: 'customers',
		seedTotal: 10_000,
		nodeParameters: { resource: 'customer', operation: 'getAll', returnAll: true },
	},
	{
		kind: 'list',
		id: 'subscriptions',
		label: 'Return All: 20,000 subscriptions',
		path: '/subscriptions',
		style: 'offset',
		itemsKey: 'items',
		idKeys: ['id', 'subscriptionId'],
		storeKey: 'subscriptions',
		seedTotal: 20_000,
		nodeParameters: { resource: 'subscription', operation: 'getAll', returnAll: true },
	},
	{
		kind: 'get',
		id: 'getCustomers',
		label: 'Get: 500 customers as 500 input items',
		count: 500,
		nodeParameters: {
			resource: 'customer',
			operation: 'get',
			customerId: { __rl: true, mode: 'id', value: '={{$json.id}}' },
		},
	},
	{
		kind: 'list',
		id: 'products',
		label: 'Return All: 5,000 products',
		path: '/products',
		style: 'token',
		itemsKey: 'products',
		idKeys: ['id', 'name'],
		storeKey: 'products',
		seedTotal: 5_000,
		nodeParameters: { resource: 'product', operation: 'getAll', returnAll: true },
	},
];

export const contendersFor = (w: Workload): ContenderId[] =>
	w.kind === 'get'
		? ['node', 'nodeSequential', 'raw', 'rawSequential', 'sdk']
		: ['node', 'raw', 'sdk'];

export const contenderLabel: Record<ContenderId, string> = {
	node: 'our node (n8n-core)',
	nodeSequential: 'our node, 1 item per run, runs one after another',
	raw: 'raw fetch loop (floor)',
	rawSequential: 'raw fetch, one after another',
	sdk: 'SDK-like (validateAccess before each request)',
};

/** The id of a record: the first present key, else the last path segment of `name`. */
export function recordId(record: Record<string, unknown>, keys: string[]): string {
	for (const k of keys) {
		const v = record[k];
		if (typeof v === 'string' && v !== '') return v;
		if (typeof v === 'number') return String(v);
	}
	return JSON.stringify(record);
}

/** A customer id usable in GET .../customers/{customerId}. */
export function customerIdOf(record: Record<string, unknown>): string {
	for (const k of ['id', 'customerId']) {
		const v = record[k];
		if (typeof v === 'string' && v !== '') return v;
		if (typeof v === 'number') return String(v);
	}
	const name = record.name;
	if (typeof name === 'string' && name.includes('/')) return name.split('/').pop() as string;
	throw new Error(`cannot find a customer id in ${JSON.stringify(record).slice(0, 200)}`);
}

export interface Job {
	contender: ContenderId;
	workload: Workload;
	baseUrl: string;
	accountId: string;
	accessToken: string;
	refreshToken: string;
	pageSize: number;
	/** Customer ids for the Get workload */
	ids?: string[];
	/** Concurrency of the raw Get contender (0 = all at once) */
	concurrency?: number;
	warmup: boolean;
}

export interface MeasureResult {
	ok: boolean;
	error?: string;
	wallMs: number;
	/** CPU time (user + system) the contender's process used during the timed part */
	cpuMs: number;
	records: number;
	unique: number;
	itemErrors: number;
	maxRssKb: number;
	rssBeforeKb: number;
	heapUsedAfterMb: number;
	/** process.hrtime of the timed part, in microseconds (same clock as V8 CPU profiles) */
	hrStartUs?: number;
	hrEndUs?: number;
	notes?: string[];
}
