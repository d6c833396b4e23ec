// Test-only: runs nodes inside n8n-core's real execution engine; not part of the published package.
import {
	DirectoryLoader,
	ErrorReporter,
	ExecuteContext,
	ExecutionLifecycleHooks,
	RoutingNode,
	WorkflowExecute,
} from 'n8n-core';
import {
	ICredentialsHelper,
	NodeHelpers,
	UnexpectedError,
	Workflow,
	createRunExecutionData,
	isExpression,
	setSafeRegexEngine,
	type ExecutionError,
	type ICredentialDataDecryptedObject,
	type ICredentialTestRequest,
	type ICredentialType,
	type ICredentials,
	type ICredentialsDecrypted,
	type IExecuteData,
	type IHttpRequestHelper,
	type IHttpRequestOptions,
	type INode,
	type INodeCredentialsDetails,
	type INodeExecutionData,
	type INodeParameters,
	type INodeProperties,
	type INodeType,
	type INodeTypes,
	type IRequestOptionsSimplified,
	type IRun,
	type IVersionedNodeType,
	type IWorkflowBase,
	type IWorkflowExecuteAdditionalData,
	type WorkflowExecuteMode,
} from 'n8n-workflow';

import { StreamOneIonApi } from '../../credentials/StreamOneIonApi.credentials';

// ---------------------------------------------------------------------------------------------
// n8n's ErrorReporter logs node errors (message + stack) to the console. Keep them instead, so
// test output stays quiet and tests can assert that no secret reaches n8n's logs.
// ---------------------------------------------------------------------------------------------

/** Every error n8n reported while running nodes: message and stack of the error and its causes. */
export const reportedErrors: string[] = [];

ErrorReporter.prototype.error = function error(e: unknown): void {
	const seen = new Set<unknown>();
	let current = e as { message?: unknown; stack?: unknown; cause?: unknown } | undefined;
	while (current && typeof current === 'object' && !seen.has(current)) {
		seen.add(current);
		reportedErrors.push(`${String(current.message)}\n${String(current.stack ?? '')}`);
		current = current.cause as typeof current;
	}
};

// ---------------------------------------------------------------------------------------------
// n8n-workflow runs the regexes of node descriptions (resource-locator modes, displayOptions,
// extractValue) in node:vm with a 250 ms wall-clock timeout. On a starved 2-core machine (npm test
// beside npm run bench, two Jest workers, a major GC) a trivial `^\d+$` hit it: "Regular expression
// execution timed out" from checkReadyForExecution. That is a time bound, not behaviour, and the
// patterns are our own: use plain RegExp, as n8n-workflow itself does where node:vm is missing.
// (Real n8n keeps the timeout; test/e2e runs there.)
// ---------------------------------------------------------------------------------------------

setSafeRegexEngine({
	exec: (pattern, input, flags) => new RegExp(pattern, flags).exec(input),
	test: (pattern, input, flags) => new RegExp(pattern, flags).test(input),
	replace: (pattern, input, flags, replacement) =>
		input.replace(new RegExp(pattern, flags), replacement),
	matchAll: (pattern, input, flags) =>
		Array.from(
			input.matchAll(new RegExp(pattern, flags?.includes('g') ? flags : `${flags ?? ''}g`)),
		),
	split: (pattern, input, flags) => input.split(new RegExp(pattern, flags)),
});

// ---------------------------------------------------------------------------------------------
// Credential store: what n8n's database holds for one saved credential
// ---------------------------------------------------------------------------------------------

let storeCounter = 0;

export class CredentialStore {
	/** The credential fields as persisted (what `export:credentials --decrypted` would show). */
	data: ICredentialDataDecryptedObject;

	/** How many times n8n persisted the credential (updateCredentials calls). */
	updates = 0;

	/** How many times the engine read (decrypted) the credential. */
	reads = 0;

	/** A snapshot of the data after every update, oldest first. */
	history: ICredentialDataDecryptedObject[] = [];

	readonly id: string;

	readonly name: string;

	readonly type: string;

	constructor(
		data: ICredentialDataDecryptedObject,
		options: { type?: string; name?: string } = {},
	) {
		storeCounter += 1;
		this.id = String(storeCounter);
		this.type = options.type ?? 'streamOneIonApi';
		this.name = options.name ?? `Test credential ${this.id}`;
		this.data = structuredClone(data);
	}

	get details(): INodeCredentialsDetails {
		return { id: this.id, name: this.name };
	}
}

// ---------------------------------------------------------------------------------------------
// Credentials helper: a copy of the CLI's CredentialsHelper semantics (n8n 2.41)
// ---------------------------------------------------------------------------------------------

const credentialTypes: Record<string, ICredentialType> = {};

export function registerCredentialType(type: ICredentialType): void {
	credentialTypes[type.name] = type;
}
registerCredentialType(new StreamOneIonApi());

function getCredentialType(name: string): ICredentialType {
	const type = credentialTypes[name];
	if (!type) throw new Error(`Unknown credential type "${name}"`);
	return type;
}

class StoredCredentials implements Pick<ICredentials, 'id' | 'name' | 'type'> {
	constructor(
		readonly id: string,
		readonly name: string,
		readonly type: string,
		private readonly store: CredentialStore,
	) {}

	async getData(): Promise<ICredentialDataDecryptedObject> {
		return structuredClone(this.store.data);
	}
}

export class TestCredentialsHelper extends ICredentialsHelper {
	constructor(private readonly stores: CredentialStore[]) {
		super();
	}

	private findStore(details: INodeCredentialsDetails | undefined | null): CredentialStore {
		const store = this.stores.find((s) => s.id === details?.id) ?? this.stores[0];
		if (!store) throw new Error('No credential store');
		return store;
	}

	getParentTypes(): string[] {
		return [];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	getCredentialsProperties(type: string): INodeProperties[] {
		return getCredentialType(type).properties;
	}

	/** CLI: `resolveValue` — resolve an expression with `$credentials` in scope. */
	private resolveValue(
		value: string,
		additionalKeys: { $credentials: ICredentialDataDecryptedObject },
		workflow: Workflow,
		node: INode,
	): string {
		if (!isExpression(value)) return value;
		const resolved = workflow.expression.getSimpleParameterValue(
			node,
			value,
			'internal',
			additionalKeys,
			undefined,
			'',
		);
		if (!resolved) return '';
		return (resolved as string | number | boolean).toString();
	}

	/**
	 * CLI: `authenticate`. A function authenticator is called as a method of the credential type
	 * with the credentials and the request options, and its result is used as is; a generic one
	 * needs the workflow and node to resolve its expressions with `$credentials`.
	 */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		incomingRequestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow?: Workflow,
		node?: INode,
	): Promise<IHttpRequestOptions> {
		const requestOptions = incomingRequestOptions as IHttpRequestOptions;
		const credentialType = getCredentialType(typeName);
		if (credentialType.authenticate) {
			if (typeof credentialType.authenticate === 'function') {
				return await credentialType.authenticate(credentials, requestOptions);
			}
			if (typeof credentialType.authenticate === 'object') {
				if (!workflow || !node) {
					throw new UnexpectedError(
						'Workflow and node are required for declarative credential authentication',
					);
				}
				const { authenticate } = credentialType;
				if (requestOptions.headers === undefined) requestOptions.headers = {};
				if (authenticate.type === 'generic') {
					for (const [outerKey, outerValue] of Object.entries(authenticate.properties)) {
						for (const [key, value] of Object.entries(outerValue as Record<string, string>)) {
							const keyResolved = this.resolveValue(
								key,
								{ $credentials: credentials },
								workflow,
								node,
							);
							const valueResolved = this.resolveValue(
								value,
								{ $credentials: credentials },
								workflow,
								node,
							);
							const target = requestOptions as unknown as Record<string, Record<string, unknown>>;
							if (!target[outerKey]) target[outerKey] = {};
							target[outerKey][keyResolved] = valueResolved;
						}
					}
				}
			}
		}
		return requestOptions;
	}

	/** CLI: `preAuthentication` — run it when the expirable field is '' / after a 401 / in a test. */
	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const credentialType = getCredentialType(typeName);
		const expirableProperty = credentialType.properties.find(
			(property) => property.type === 'hidden' && property?.typeOptions?.expirable === true,
		);
		if (expirableProperty?.name === undefined) return undefined;
		const isTestingCredentials =
			node?.parameters?.temp === '' && node?.type === 'n8n-nodes-base.noOp';
		if (typeof credentialType.preAuthentication !== 'function') return undefined;
		if (credentials[expirableProperty.name] === '' || credentialsExpired || isTestingCredentials) {
			const output = await credentialType.preAuthentication.call(helpers, credentials);
			if (output[expirableProperty.name] === undefined) return undefined;
			const nodeCredentials = node.credentials?.[credentialType.name];
			if (nodeCredentials) {
				// Re-read what is stored, merge every returned key over it, but never overwrite a
				// stored expression (except the expirable field), then persist. n8n reads and writes
				// with awaited database queries and no lock, so concurrent saves interleave: every
				// read of a burst can come before its writes. One yield each way does the same here.
				const store = this.findStore(nodeCredentials);
				await Promise.resolve();
				const stored = structuredClone(store.data);
				for (const [key, value] of Object.entries(output)) {
					if (key !== expirableProperty.name && isExpression(stored[key])) continue;
					stored[key] = value as ICredentialDataDecryptedObject[string];
				}
				await this.updateCredentials(nodeCredentials, credentialType.name, stored);
			}
			return Object.assign(credentials, output) as ICredentialDataDecryptedObject;
		}
		return undefined;
	}

	async runPreAuthentication(): Promise<ICredentialDataDecryptedObject | undefined> {
		return undefined;
	}

	async getCredentials(
		nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentials> {
		const store = this.findStore(nodeCredentials);
		return new StoredCredentials(store.id, store.name, type, store) as unknown as ICredentials;
	}

	/** CLI: `getDecrypted` → `applyDefaultsAndOverwrites` (declared keys only, defaults, expressions). */
	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		nodeCredentials: INodeCredentialsDetails,
		type: string,
		_mode: WorkflowExecuteMode,
		_executeData?: IExecuteData,
		raw?: boolean,
	): Promise<ICredentialDataDecryptedObject> {
		const store = this.findStore(nodeCredentials);
		store.reads += 1;
		const data = structuredClone(store.data);
		if (raw) return data;
		return applyDefaults(type, data);
	}

	async updateCredentials(
		nodeCredentials: INodeCredentialsDetails,
		_type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		const store = this.findStore(nodeCredentials);
		await Promise.resolve(); // the write query
		store.data = structuredClone(data);
		store.updates += 1;
		store.history.push(structuredClone(data));
	}

	async updateCredentialsOauthTokenData(): Promise<void> {
		throw new Error('OAuth token data is not supported by the test harness');
	}
}

/** Declared keys only, with defaults, and expressions resolved (like `applyDefaultsAndOverwrites`). */
export function applyDefaults(
	type: string,
	data: ICredentialDataDecryptedObject,
): ICredentialDataDecryptedObject {
	const credentialType = getCredentialType(type);
	const withDefaults = NodeHelpers.getNodeParameters(
		credentialType.properties,
		data as INodeParameters,
		true,
		false,
		null,
		null,
	) as ICredentialDataDecryptedObject;
	const hasExpression = Object.values(withDefaults).some((value) => isExpression(value));
	if (!hasExpression) return withDefaults;
	// Like the CLI: credential expressions are resolved against a mock node, never the real one.
	const exprNode: INode = {
		id: 'credentials',
		name: 'Credentials',
		type: 'n8n-nodes-base.noOp',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const mockType = {
		description: {
			displayName: 'Mock',
			name: exprNode.type,
			group: ['transform'],
			version: 1,
			description: '',
			defaults: {},
			inputs: ['main'],
			outputs: ['main'],
			properties: [],
		},
	} as unknown as INodeType;
	const workflow = new Workflow({
		nodes: [exprNode],
		connections: {},
		active: false,
		nodeTypes: makeNodeTypes({ [exprNode.type]: mockType }),
	});
	return workflow.expression.getComplexParameterValue(
		exprNode,
		withDefaults as INodeParameters,
		'internal',
		{},
		undefined,
		undefined,
		withDefaults,
	) as ICredentialDataDecryptedObject;
}

// ---------------------------------------------------------------------------------------------
// Node types and execution
// ---------------------------------------------------------------------------------------------

export function makeNodeTypes(types: Record<string, INodeType | IVersionedNodeType>): INodeTypes {
	return {
		getByName: (name: string) => types[name],
		getByNameAndVersion: (name: string, version?: number) =>
			NodeHelpers.getVersionedNodeType(types[name], version),
		getKnownTypes: () => ({}),
	} as INodeTypes;
}

/**
 * A node as n8n loads it (DirectoryLoader.applySpecialNodeParameters): a declarative node gets
 * `requestOptions` (batching, proxy, timeout, SSL), a polling node "Poll Times". A versioned node
 * type (n8n's HTTP Request node) is used as is: n8n applies these per version, and the versioned
 * nodes the harness runs are programmatic and do not poll.
 */
export function asLoaded(nodeClass: INodeType): INodeType;
export function asLoaded(nodeClass: INodeType | IVersionedNodeType): INodeType | IVersionedNodeType;
export function asLoaded(
	nodeClass: INodeType | IVersionedNodeType,
): INodeType | IVersionedNodeType {
	if ('nodeVersions' in nodeClass) return nodeClass;
	const copy = Object.create(Object.getPrototypeOf(nodeClass) as object) as INodeType;
	Object.assign(copy, nodeClass);
	// Shallow: descriptions hold functions (routing hooks, pagination). Only `properties` changes.
	copy.description = {
		...nodeClass.description,
		properties: [...nodeClass.description.properties],
	};
	// n8n's own method; it uses no instance state
	(
		DirectoryLoader.prototype as unknown as {
			applySpecialNodeParameters(nodeType: INodeType): void;
		}
	).applySpecialNodeParameters.call(undefined, copy);
	return copy;
}

export function makeAdditionalData(
	credentialsHelper: ICredentialsHelper,
	hooks: ExecutionLifecycleHooks,
): IWorkflowExecuteAdditionalData {
	return {
		credentialsHelper,
		hooks,
		executeWorkflow: async () => {
			throw new Error('Sub-workflows are not supported by the test harness');
		},
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678/',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
		formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
		variables: {},
		logAiEvent: () => {},
		userId: 'harness-user',
		currentNodeExecutionIndex: 0,
	} as unknown as IWorkflowExecuteAdditionalData;
}

export interface RunNodeOptions {
	/** Node parameters (resource, operation, ...). */
	parameters: INodeParameters;
	/** Input items; default one empty item. */
	items?: INodeExecutionData[];
	/** The saved credential, read and written like n8n's DB. */
	store: CredentialStore;
	/** Node setting "On Error: Continue" (continueRegularOutput). */
	continueOnFail?: boolean;
	/** Node setting "Retry On Fail"; `true` = n8n's defaults (3 tries, 1000 ms). */
	retryOnFail?: boolean | { maxTries?: number; waitBetweenTries?: number };
	/** The node's "Options" collection injected by n8n (batching, proxy, timeout, allowUnauthorizedCerts). */
	requestOptions?: INodeParameters;
	/** Node class to run; default StreamOneIon. A versioned type runs its default version unless `typeVersion` says otherwise. */
	nodeType?: INodeType | IVersionedNodeType;
	/**
	 * The node's type name in the workflow; default `CUSTOM.streamOneIon`. n8n-core gives
	 * `n8n-nodes-base.httpRequest` access to any credential type (the HTTP Request node's
	 * predefined credential type), so that node must run under its own name.
	 */
	nodeTypeName?: string;
	typeVersion?: number;
	/** Execution mode; default 'manual'. */
	mode?: WorkflowExecuteMode;
}

export interface RunNodeResult {
	/** Output 0 of the node (json, pairedItem, error). */
	items: INodeExecutionData[];
	/** All outputs of the node. */
	outputs: INodeExecutionData[][];
	/** The node's error when the run failed, else undefined. */
	error: ExecutionError | undefined;
	/** The complete run as n8n returns it. */
	run: IRun;
}

const NODE_TYPE_NAME = 'CUSTOM.streamOneIon';

/** Loaded on first use, so tests that run a fixture node do not depend on the real node. */
async function loadStreamOneIon(): Promise<INodeType> {
	const { StreamOneIon } = await import('../../nodes/StreamOneIon/StreamOneIon.node');
	return new StreamOneIon();
}
let executionCounter = 0;

export async function runNode(options: RunNodeOptions): Promise<RunNodeResult> {
	const { store } = options;
	const nodeType = asLoaded(options.nodeType ?? (await loadStreamOneIon()));
	const typeName = options.nodeTypeName ?? NODE_TYPE_NAME;
	const versioned = 'nodeVersions' in nodeType ? nodeType : undefined;
	const description = versioned
		? versioned.getNodeType(options.typeVersion).description
		: (nodeType as INodeType).description;
	const typeVersion =
		options.typeVersion ??
		versioned?.currentVersion ??
		(Array.isArray(description.version) ? Math.max(...description.version) : description.version);
	// A node with a predefined credential type (HTTP Request) names it in `nodeCredentialType`, as the editor saves it.
	const predefined = options.parameters.nodeCredentialType;
	const credentialName =
		typeof predefined === 'string'
			? predefined
			: (description.credentials?.[0]?.name ?? store.type);

	const parameters: INodeParameters = { ...options.parameters };
	if (options.requestOptions) parameters.requestOptions = options.requestOptions;

	const node: INode = {
		id: 'node-under-test',
		name: 'Node Under Test',
		type: typeName,
		typeVersion,
		position: [0, 0],
		parameters,
		credentials: { [credentialName]: store.details },
	};
	if (options.continueOnFail) node.onError = 'continueRegularOutput';
	if (options.retryOnFail) {
		node.retryOnFail = true;
		if (typeof options.retryOnFail === 'object') {
			if (options.retryOnFail.maxTries !== undefined) node.maxTries = options.retryOnFail.maxTries;
			if (options.retryOnFail.waitBetweenTries !== undefined)
				node.waitBetweenTries = options.retryOnFail.waitBetweenTries;
		}
	}

	const nodeTypes = makeNodeTypes({ [typeName]: nodeType });
	const workflowData: IWorkflowBase = {
		id: 'harness-workflow',
		name: 'Harness workflow',
		active: false,
		isArchived: false,
		nodes: [node],
		connections: {},
		createdAt: new Date(),
		updatedAt: new Date(),
		settings: { executionOrder: 'v1' },
	} as unknown as IWorkflowBase;
	const workflow = new Workflow({
		id: workflowData.id,
		name: workflowData.name,
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes,
		settings: { executionOrder: 'v1' },
	});

	executionCounter += 1;
	const mode = options.mode ?? 'manual';
	const hooks = new ExecutionLifecycleHooks(mode, `harness-${executionCounter}`, workflowData);
	const additionalData = makeAdditionalData(new TestCredentialsHelper([store]), hooks);
	const items = options.items ?? [{ json: {} }];
	const runExecutionData = createRunExecutionData({
		executionData: {
			contextData: {},
			metadata: {},
			waitingExecution: {},
			waitingExecutionSource: null,
			nodeExecutionStack: [
				{ node: workflow.getNode(node.name) as INode, data: { main: [items] }, source: null },
			],
		},
	});
	const run = await new WorkflowExecute(
		additionalData,
		mode,
		runExecutionData,
	).processRunExecutionData(workflow);
	const taskData = run.data.resultData.runData[node.name]?.[0];
	const outputs = (taskData?.data?.main ?? []).map((output) => output ?? []);
	return {
		items: outputs[0] ?? [],
		outputs,
		error: taskData?.error ?? run.data.resultData.error,
		run,
	};
}

/** Runs `n` executions at once against the same store (several executions in one n8n process). */
export async function runConcurrent(n: number, options: RunNodeOptions): Promise<RunNodeResult[]> {
	return await Promise.all(Array.from({ length: n }, async () => await runNode(options)));
}

// ---------------------------------------------------------------------------------------------
// Credential test: a copy of the CLI's CredentialsTester for credentials with `test.request`
// ---------------------------------------------------------------------------------------------

export interface CredentialTestResult {
	status: 'OK' | 'Error';
	message: string;
}

export async function testCredential(
	store: CredentialStore,
	credentialType: ICredentialType = getCredentialType(store.type),
): Promise<CredentialTestResult> {
	const test = credentialType.test as ICredentialTestRequest | undefined;
	if (!test?.request)
		return { status: 'Error', message: 'The credential type has no test request' };

	// The CLI tests with the data as saved, after `applyDefaultsAndOverwrites`.
	const credentialsDecrypted: ICredentialsDecrypted = {
		id: store.id,
		name: store.name,
		type: credentialType.name,
		data: applyDefaults(credentialType.name, structuredClone(store.data)),
	};

	const noOpName = 'n8n-nodes-base.noOp';
	const nodeTypeCopy: INodeType = {
		description: {
			displayName: 'No Operation, do nothing',
			name: noOpName,
			group: ['transform'],
			version: 1,
			description: 'No Operation',
			defaults: { name: 'No Operation, do nothing' },
			inputs: ['main'],
			outputs: ['main'],
			credentials: [{ name: credentialType.name, required: true }],
			properties: [
				{
					displayName: 'Temp',
					name: 'temp',
					type: 'string',
					routing: { request: test.request },
					default: '',
				},
			],
		},
	} as INodeType;

	const node: INode = {
		id: 'temp',
		parameters: {},
		name: 'Temp-Node',
		type: noOpName,
		typeVersion: 1,
		position: [0, 0],
		credentials: { [credentialType.name]: { id: store.id, name: store.name } },
	};
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: makeNodeTypes({ [noOpName]: nodeTypeCopy }),
	});
	const workflowNode = workflow.getNode(node.name) as INode;
	const workflowData = {
		id: 'credential-test',
		name: 'Credential test',
		nodes: [workflowNode],
		connections: {},
		active: false,
	} as unknown as IWorkflowBase;
	const hooks = new ExecutionLifecycleHooks('internal', 'credential-test', workflowData);
	const additionalData = makeAdditionalData(new TestCredentialsHelper([store]), hooks);
	const mode = 'internal';
	const inputData = { main: [[{ json: {} }]] };
	const executeData: IExecuteData = { data: {}, source: null, node: workflowNode };
	const executeFunctions = new ExecuteContext(
		workflow,
		workflowNode,
		additionalData,
		mode,
		createRunExecutionData(),
		0,
		inputData.main[0],
		inputData,
		executeData,
		[],
	);

	let response: INodeExecutionData[][] | undefined;
	try {
		response = await new RoutingNode(
			executeFunctions,
			nodeTypeCopy,
			credentialsDecrypted,
		).runNode();
	} catch (caught) {
		const error = caught as Error & {
			cause?: { response?: { status: number; statusText?: string }; code?: string };
		};
		if (error.cause?.response) {
			const statusCode = error.cause.response.status;
			const statusMessage = error.cause.response.statusText;
			for (const rule of test.rules ?? []) {
				if (rule.type === 'responseCode' && rule.properties.value === statusCode) {
					return { status: 'Error', message: rule.properties.message };
				}
			}
			if (statusCode < 199 || statusCode > 299) {
				return {
					status: 'Error',
					message: statusMessage || `Received HTTP status code: ${statusCode}`,
				};
			}
			return { status: 'Error', message: error.message };
		} else if (error.cause?.code) {
			return { status: 'Error', message: error.cause.code };
		}
		return { status: 'Error', message: String(error.message) };
	}

	for (const rule of test.rules ?? []) {
		if (rule.type === 'responseSuccessBody' && Array.isArray(response)) {
			const json = response[0]?.[0]?.json as Record<string, unknown> | undefined;
			const value = rule.properties.key
				.split('.')
				.reduce<unknown>((acc, key) => (acc as Record<string, unknown> | undefined)?.[key], json);
			if (value === rule.properties.value) {
				return { status: 'Error', message: rule.properties.message };
			}
		}
	}
	return { status: 'OK', message: 'Connection successful!' };
}
