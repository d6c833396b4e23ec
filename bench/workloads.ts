// Benchmark-only definitions (never published): workloads, contenders and the node parameters they map to.

export type WorkloadId =
	| 'customers'
	| 'customersPage'
	| 'subscriptions'
	| 'getCustomers'
	| 'products';

export type ContenderId =
	| 'node' // our node through n8n-core WorkflowExecute
	| 'nodeSequential' // our node run once per item, one run after another
	| 'raw' // plain fetch, same page size, cached token (the floor)
	| 'rawSequential' // plain fetch, one Get after another
	| 'sdk' // validateAccess before every request, like TD SYNNEX's SDK
	| 'httpRequest'; // n8n's HTTP Request node with the StreamOne Ion credential, through n8n-core

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
	/** Only the first page (`maxPages: 1`): every contender fetches one page of `pageSize` records */
	maxPages?: number;
	/** Node parameters */
	nodeParameters: Record<string, unknown>;
	/** Keys our node adds to a record (left out when records are compared across contenders) */
	addedKeys: string[];
}

export interface GetWorkload {
	kind: 'get';
	id: WorkloadId;
	label: string;
	count: number;
	nodeParameters: Record<string, unknown>;
	addedKeys: string[];
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
		addedKeys: ['customerId'],
	},
	{
		kind: 'list',
		id: 'customersPage',
		label: 'One page: 100 customers',
		path: '/customers',
		style: 'token',
		itemsKey: 'customers',
		idKeys: ['id', 'customerId', 'name', 'uid'],
		storeKey: 'customers',
		seedTotal: 10_000,
		maxPages: 1,
		nodeParameters: { resource: 'customer', operation: 'getAll', returnAll: false, limit: 100 },
		addedKeys: ['customerId'],
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
		addedKeys: [],
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
		addedKeys: ['customerId'],
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
		addedKeys: [],
	},
];

export const contendersFor = (w: Workload): ContenderId[] =>
	w.kind === 'get'
		? ['node', 'nodeSequential', 'httpRequest', 'raw', 'rawSequential', 'sdk']
		: ['node', 'httpRequest', 'raw', 'sdk'];

/** Records a list workload expects: the store's total, or one page of it. */
export const expectedRecords = (w: ListWorkload, total: number, pageSize: number): number =>
	w.maxPages ? Math.min(total, w.maxPages * pageSize) : total;

/**
 * What a user configures in n8n's HTTP Request node (n8n-nodes-base, the version n8n 2.41.1 adds
 * by default) for the same workload, with the StreamOne Ion credential as its predefined
 * credential type. The account and host are typed into the URL, as a user would; the credential
 * only adds the `Authorization` header. Return All uses the node's own pagination option
 * ("Update a Parameter in Each Request"), as n8n's docs show it. The node returns one item per
 * response: a page of a list is one item (a user would add a Split Out node, which is not run),
 * so the bench compares the records inside those pages.
 */
export function httpRequestParameters(
	w: Workload,
	baseUrl: string,
	accountId: string,
	pageSize: number,
): Record<string, unknown> {
	const account = `${baseUrl}/api/v3/accounts/${accountId}`;
	const common = {
		authentication: 'predefinedCredentialType',
		nodeCredentialType: 'streamOneIonApi',
		method: 'GET',
	};
	if (w.kind === 'get')
		return { ...common, url: `=${account}/customers/{{ $json.id }}`, options: {} };
	// token pages follow nextPageToken; offset pages: Ion answers totalCount, and $pageCount is the
	// number of pages fetched so far
	const paging =
		w.style === 'token'
			? {
					size: 'pageSize',
					next: { name: 'pageToken', value: '={{ $response.body.nextPageToken }}' },
					done: '={{ !$response.body.nextPageToken }}',
				}
			: {
					size: 'pagination.limit',
					next: { name: 'pagination.offset', value: `={{ $pageCount * ${pageSize} }}` },
					done: `={{ $pageCount * ${pageSize} >= $response.body.totalCount }}`,
				};
	const request = {
		...common,
		url: `${account}${w.path}`,
		sendQuery: true,
		queryParameters: { parameters: [{ name: paging.size, value: String(pageSize) }] },
	};
	if (w.maxPages) return { ...request, options: {} };
	return {
		...request,
		options: {
			pagination: {
				pagination: {
					paginationMode: 'updateAParameterInEachRequest',
					parameters: { parameters: [{ type: 'qs', ...paging.next }] },
					paginationCompleteWhen: 'other',
					completeExpression: paging.done,
				},
			},
		},
	};
}

export const contenderLabel: Record<ContenderId, string> = {
	node: 'our node (n8n-core)',
	nodeSequential: 'our node, 1 item per run, runs one after another',
	raw: 'raw fetch loop (floor)',
	rawSequential: 'raw fetch, one after another',
	sdk: 'SDK-like (validateAccess before each request)',
	httpRequest: "n8n's HTTP Request node (n8n-core)",
};

/** The first of `keys` that holds a non-empty string or a number, as a string. */
function firstId(record: Record<string, unknown>, keys: string[]): string | undefined {
	for (const k of keys) {
		const v = record[k];
		if (typeof v === 'string' && v !== '') return v;
		if (typeof v === 'number') return String(v);
	}
	return undefined;
}

/** The id of a record: the first present key, else the whole record as JSON. */
export function recordId(record: Record<string, unknown>, keys: string[]): string {
	return firstId(record, keys) ?? JSON.stringify(record);
}

/** A customer id usable in GET .../customers/{customerId}. */
export function customerIdOf(record: Record<string, unknown>): string {
	const id = firstId(record, ['id', 'customerId']);
	if (id !== undefined) return id;
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
	/** n8n-nodes-base in the provisioned n8n install (the HTTP Request contender) */
	nodesBaseDir?: string;
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
	/** Fingerprint of the records (sorted, keys our node adds left out), to compare contenders */
	digest?: string;
	/** process.hrtime of the timed part, in microseconds (same clock as V8 CPU profiles) */
	hrStartUs?: number;
	hrEndUs?: number;
	notes?: string[];
}

/** Same JSON whatever the key order. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value && typeof value === 'object') {
		const o = value as Record<string, unknown>;
		return `{${Object.keys(o)
			.sort()
			.filter((k) => o[k] !== undefined)
			.map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
			.join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

/**
 * A fingerprint of a set of records: each record without the keys our node adds, in canonical
 * JSON, sorted, hashed. Two contenders that return the same records get the same fingerprint.
 */
export function recordsDigest(
	records: Array<Record<string, unknown>>,
	addedKeys: string[],
	hash: (text: string) => string,
): string {
	const lines = records.map((r) => {
		const copy = { ...r };
		for (const k of addedKeys) delete copy[k];
		return canonical(copy);
	});
	lines.sort();
	return hash(lines.join('\n'));
}
