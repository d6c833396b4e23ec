import type { IDisplayOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/*
 * How a declarative node's description is put together from one file per operation.
 *
 * Each operation lists its parameters in the order the editor shows them, with displayOptions
 * only for conditions inside the operation (for example Limit: `returnAll: [false]`); the
 * resource and operation are added here. A parameter used by several operations (the customer
 * picker, Return All) is written once and listed by each of them.
 *
 * Why the node then merges equal definitions: for every input item n8n-core's RoutingNode
 * evaluates the value of EVERY property whose name is set in the node's parameters, twice,
 * before it looks at displayOptions. An ID taken from `{{ $json.id }}` therefore costs two
 * expression evaluations per item for each definition with its name, shown or not. Equal
 * definitions (the same parameter in several operations) become one property whose displayOptions
 * list all those resources and operations. `show` ANDs its keys, so a merged property is shown for
 * every resource x operation pair of its lists: equal definitions are merged only as far as no
 * existing operation that does not list the parameter would show it.
 *
 * The merged properties are ordered so that every operation still shows its parameters in the
 * order it lists them (a topological sort; two operations that list two parameters in opposite
 * orders are an error, thrown when the node loads and caught by the unit tests).
 */

export interface OperationDefinition {
	/** The option of the Operation selector: name, value, action, description and routing. */
	option: INodePropertyOptions;
	/** The operation's parameters in the order the editor shows them. */
	properties: INodeProperties[];
	/** The operation selected when the resource is chosen (one per resource). */
	isDefault?: boolean;
}

export interface ResourceDefinition {
	/** The option of the Resource selector. */
	name: string;
	value: string;
	description?: string;
	/** In the order of the Operation selector (alphabetical by name, as n8n's lint wants). */
	operations: OperationDefinition[];
}

interface Instance {
	property: INodeProperties;
	resource: string;
	operation: string;
	key: string;
	/** Position in the order of first appearance, for a stable sort. */
	rank: number;
}

interface Cluster {
	instances: Instance[];
	resources: Set<string>;
	operations: Set<string>;
	rank: number;
}

/** A canonical text of a value, with functions named by identity (equal text = equal definition). */
function canonical(value: unknown, functionIds: Map<unknown, number>): string {
	if (typeof value === 'function') {
		if (!functionIds.has(value)) functionIds.set(value, functionIds.size);
		return `fn#${functionIds.get(value)}`;
	}
	if (Array.isArray(value)) return `[${value.map((v) => canonical(v, functionIds)).join(',')}]`;
	if (value !== null && typeof value === 'object') {
		const entries = Object.keys(value as object)
			.sort()
			.map(
				(k) =>
					`${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k], functionIds)}`,
			);
		return `{${entries.join(',')}}`;
	}
	return JSON.stringify(value) ?? 'undefined';
}

function withShow(
	property: INodeProperties,
	resources: string[],
	operations: string[],
): INodeProperties {
	const own: IDisplayOptions = property.displayOptions ?? {};
	return {
		...property,
		displayOptions: {
			...own,
			show: { resource: resources, operation: operations, ...(own.show ?? {}) },
		},
	};
}

/** Whether the resource x operation product of `instances` shows them only where they are listed. */
function fits(instances: Instance[], existing: Set<string>): boolean {
	const listed = new Set(instances.map((i) => `${i.resource}/${i.operation}`));
	for (const r of new Set(instances.map((i) => i.resource))) {
		for (const o of new Set(instances.map((i) => i.operation))) {
			if (existing.has(`${r}/${o}`) && !listed.has(`${r}/${o}`)) return false;
		}
	}
	return true;
}

function newCluster(instances: Instance[]): Cluster {
	return {
		instances,
		resources: new Set(instances.map((i) => i.resource)),
		operations: new Set(instances.map((i) => i.operation)),
		rank: Math.min(...instances.map((i) => i.rank)),
	};
}

/**
 * Equal definitions (same key) become one cluster when their product fits; otherwise they are
 * grouped greedily, in order of appearance, into clusters that each fit.
 */
function clusterInstances(instances: Instance[], existing: Set<string>): Map<Instance, Cluster> {
	const byKey = new Map<string, Instance[]>();
	for (const instance of instances)
		byKey.set(instance.key, [...(byKey.get(instance.key) ?? []), instance]);
	const clusterOf = new Map<Instance, Cluster>();
	for (const group of byKey.values()) {
		const clusters: Instance[][] = [];
		if (fits(group, existing)) clusters.push(group);
		else {
			for (const instance of group) {
				const home = clusters.find((c) => fits([...c, instance], existing));
				if (home) home.push(instance);
				else clusters.push([instance]);
			}
		}
		for (const members of clusters) {
			const cluster = newCluster(members);
			for (const instance of members) clusterOf.set(instance, cluster);
		}
	}
	return clusterOf;
}

/** Orders the clusters so every operation keeps its order (Kahn's algorithm, stable by rank). */
function orderClusters(lists: Instance[][], clusterOf: Map<Instance, Cluster>): Cluster[] {
	const after = new Map<Cluster, Set<Cluster>>();
	const before = new Map<Cluster, number>();
	for (const cluster of clusterOf.values()) {
		after.set(cluster, after.get(cluster) ?? new Set());
		before.set(cluster, before.get(cluster) ?? 0);
	}
	for (const list of lists) {
		for (let i = 1; i < list.length; i++) {
			const from = clusterOf.get(list[i - 1]) as Cluster;
			const to = clusterOf.get(list[i]) as Cluster;
			const next = after.get(from) as Set<Cluster>;
			if (from === to || next.has(to)) continue;
			next.add(to);
			before.set(to, (before.get(to) as number) + 1);
		}
	}
	const ready = [...before].filter(([, n]) => n === 0).map(([c]) => c);
	const ordered: Cluster[] = [];
	while (ready.length) {
		ready.sort((a, b) => a.rank - b.rank);
		const cluster = ready.shift() as Cluster;
		ordered.push(cluster);
		for (const to of after.get(cluster) as Set<Cluster>) {
			const left = (before.get(to) as number) - 1;
			before.set(to, left);
			if (left === 0) ready.push(to);
		}
	}
	if (ordered.length !== before.size) {
		const stuck = [...before]
			.filter(([c]) => !ordered.includes(c))
			.map(([c]) => c.instances[0].property.name);
		throw new Error(
			`Operations list these parameters in conflicting orders: ${[...new Set(stuck)].join(', ')}`,
		);
	}
	return ordered;
}

/** The Operation selector of a resource. */
export function operationSelector(resource: ResourceDefinition): INodeProperties {
	const selected = (resource.operations.find((o) => o.isDefault) ?? resource.operations[0]).option
		.value;
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource.value] } },
		options: resource.operations.map((o) => o.option),
		default: selected,
	};
}

/**
 * The node's properties: the Resource selector, every Operation selector, the operations'
 * parameters merged and ordered as described above, then `tail` (node-wide settings).
 */
export function assembleProperties(
	resourceSelector: INodeProperties,
	resources: ResourceDefinition[],
	tail: INodeProperties[] = [],
): INodeProperties[] {
	const functionIds = new Map<unknown, number>();
	const existing = new Set<string>();
	const lists: Instance[][] = [];
	let rank = 0;
	for (const resource of resources) {
		for (const operation of resource.operations) {
			const op = String(operation.option.value);
			existing.add(`${resource.value}/${op}`);
			lists.push(
				operation.properties.map((property) => ({
					property,
					resource: resource.value,
					operation: op,
					key: canonical(property, functionIds),
					rank: rank++,
				})),
			);
		}
	}
	const clusterOf = clusterInstances(lists.flat(), existing);
	const merged = orderClusters(lists, clusterOf).map((cluster) =>
		withShow(cluster.instances[0].property, [...cluster.resources], [...cluster.operations]),
	);
	return [resourceSelector, ...resources.map(operationSelector), ...merged, ...tail];
}

/** The options of the Resource selector. */
export function resourceOptions(resources: ResourceDefinition[]): INodePropertyOptions[] {
	return resources.map(({ name, value, description }) => ({
		name,
		value,
		...(description ? { description } : {}),
	}));
}
