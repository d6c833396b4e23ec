/* eslint-disable @n8n/community-nodes/no-restricted-imports */
// Test-only: runs a polling trigger the way n8n 2.41 does (n8n-core's PollContext, PollTriggerExecutor and
// WorkflowExecute); reaches n8n-core's own dependency-injection container through node:module.
import { createRequire } from 'node:module';

import {
	ExecutionLifecycleHooks,
	PollContext,
	PollTriggerExecutor,
	WorkflowExecute,
} from 'n8n-core';
import {
	Workflow,
	createRunExecutionData,
	type ExecutionError,
	type IDataObject,
	type INode,
	type INodeExecutionData,
	type INodeParameters,
	type INodeType,
	type IWorkflowBase,
	type WorkflowActivateMode,
} from 'n8n-workflow';

import {
	asLoaded,
	CredentialStore,
	makeAdditionalData,
	makeNodeTypes,
	TestCredentialsHelper,
} from './harness';

/*
 * n8n (regular mode) activates a workflow with a polling trigger like this: one Workflow object
 * whose static data lives as long as the activation; a PollContext per activation; at activation
 * the first poll runs at once (errors fail the activation), then one poll per Poll Times tick
 * (errors go to __emitError, which n8n saves as a failed execution). A poll that returns items
 * calls __emit, which saves the static data and starts an execution. A manual run ("Fetch Test
 * Event") executes the node through WorkflowExecute in mode 'manual' with a fresh PollContext.
 */

const NODE_TYPE_NAME = 'CUSTOM.streamOneIonTrigger';

/** n8n-core resolves its services from its own copy of @n8n/di. */
const { Container } = createRequire(require.resolve('n8n-core'))('@n8n/di') as {
	Container: { get<T>(type: new (...args: never[]) => T): T };
};

export interface PollOutcome {
	/** the items the poll emitted (output 0), or undefined when it returned null */
	items: INodeExecutionData[] | undefined;
	/** the error n8n received (scheduled poll) or that failed the activation */
	error: Error | undefined;
}

export interface ManualOutcome {
	items: INodeExecutionData[];
	error: ExecutionError | undefined;
}

export interface PollSessionOptions {
	parameters: INodeParameters;
	store: CredentialStore;
	/** default: the package's StreamOneIonTrigger */
	nodeType?: INodeType;
	/** the workflow's static data when it was activated (as saved in n8n's database) */
	staticData?: IDataObject;
}

async function loadTrigger(): Promise<INodeType> {
	const { StreamOneIonTrigger } = await import(
		'../../nodes/StreamOneIonTrigger/StreamOneIonTrigger.node'
	);
	return new StreamOneIonTrigger();
}

export class PollSession {
	/** executions n8n would have started: the items of each emit */
	readonly executions: INodeExecutionData[][] = [];
	/** errors of scheduled polls (n8n saves each as a failed execution) */
	readonly failures: Error[] = [];
	/** the workflow's static data as n8n last saved it (on every emit), as JSON */
	saved: string;

	private activated = false;
	private constructor(
		readonly workflow: Workflow,
		readonly node: INode,
		private readonly store: CredentialStore,
	) {
		this.saved = JSON.stringify(workflow.staticData);
	}

	static async create(options: PollSessionOptions): Promise<PollSession> {
		const nodeType = asLoaded(options.nodeType ?? (await loadTrigger()));
		const credentialName = nodeType.description.credentials?.[0]?.name ?? options.store.type;
		const node: INode = {
			id: 'trigger-under-test',
			name: 'Trigger Under Test',
			type: NODE_TYPE_NAME,
			typeVersion: 1,
			position: [0, 0],
			parameters: { ...options.parameters },
			credentials: { [credentialName]: options.store.details },
		};
		const workflow = new Workflow({
			id: 'poll-harness-workflow',
			name: 'Poll harness workflow',
			nodes: [node],
			connections: {},
			active: true,
			nodeTypes: makeNodeTypes({ [NODE_TYPE_NAME]: nodeType }),
			staticData: structuredClone(options.staticData ?? {}),
			settings: { executionOrder: 'v1' },
		});
		return new PollSession(workflow, workflow.getNode(node.name) as INode, options.store);
	}

	/** The node's static data now (n8n keeps it in memory between polls). */
	get state(): IDataObject {
		return this.workflow.getStaticData('node', this.node);
	}

	private additionalData(mode: 'trigger' | 'manual', hooks?: ExecutionLifecycleHooks) {
		const workflowData = {
			id: this.workflow.id,
			name: this.workflow.name,
			nodes: [this.node],
			connections: {},
		};
		return makeAdditionalData(
			new TestCredentialsHelper([this.store]),
			hooks ?? new ExecutionLifecycleHooks(mode, 'poll', workflowData as unknown as IWorkflowBase),
		);
	}

	/** One poll as n8n's PollTriggerExecutor runs it: at activation (the first) or on a tick. */
	private async run(
		activation: WorkflowActivateMode,
		testingTrigger: boolean,
	): Promise<PollOutcome> {
		let items: INodeExecutionData[] | undefined;
		let error: Error | undefined;
		const emit = (data: INodeExecutionData[][]) => {
			items = data[0] ?? [];
			this.executions.push(items);
			// TriggerExecutionContextFactory: `void saveStaticData(workflow)` on every emit
			this.saved = JSON.stringify(this.workflow.staticData);
		};
		const emitError = (e: Error) => {
			error = e;
			this.failures.push(e);
		};
		const context = new PollContext(
			this.workflow,
			this.node,
			this.additionalData('trigger'),
			'trigger',
			activation,
			emit,
			emitError,
		);
		const executor = Container.get(PollTriggerExecutor).create(
			this.workflow,
			this.node,
			context,
			() => true,
		);
		try {
			await executor(testingTrigger);
		} catch (e) {
			error = e as Error;
		}
		return { items, error };
	}

	/** Activation: n8n runs the first poll at once (an error fails the activation), then saves the static data. */
	async activate(): Promise<PollOutcome> {
		this.activated = true;
		const outcome = await this.run('activate', true);
		if (!outcome.error) this.saved = JSON.stringify(this.workflow.staticData);
		return outcome;
	}

	/** A scheduled poll (Poll Times). Activates first if that has not happened. */
	async tick(): Promise<PollOutcome> {
		if (!this.activated) await this.activate();
		return await this.run('update', false);
	}

	/** "Fetch Test Event": the node executed by WorkflowExecute in manual mode, same workflow and static data. */
	async manual(): Promise<ManualOutcome> {
		const workflowData = {
			id: this.workflow.id,
			name: this.workflow.name,
			nodes: [this.node],
			connections: {},
		};
		const hooks = new ExecutionLifecycleHooks(
			'manual',
			'poll-manual',
			workflowData as unknown as IWorkflowBase,
		);
		const runData = createRunExecutionData({
			executionData: {
				contextData: {},
				metadata: {},
				waitingExecution: {},
				waitingExecutionSource: null,
				nodeExecutionStack: [{ node: this.node, data: { main: [[{ json: {} }]] }, source: null }],
			},
		});
		const run = await new WorkflowExecute(
			this.additionalData('manual', hooks),
			'manual',
			runData,
		).processRunExecutionData(this.workflow);
		const task = run.data.resultData.runData[this.node.name]?.[0];
		return { items: task?.data?.main?.[0] ?? [], error: task?.error ?? run.data.resultData.error };
	}
}

export { NODE_TYPE_NAME as POLL_NODE_TYPE_NAME, CredentialStore };
