// The editor's side of the node in tests: n8n-core's real LoadOptionsContext (what n8n builds for a
// dropdown's loadOptions or a resource locator's search), with the harness credential store and real
// HTTP to the emulator. `path` is the parameter being loaded, as the editor sends it
// ("parameters.orderItems.item[0].skuId"): n8n-core resolves "&name" next to it.
import { LoadOptionsContext } from 'n8n-core';
import {
	Workflow,
	type ILoadOptionsFunctions,
	type INode,
	type INodeParameters,
	type IWorkflowExecuteAdditionalData,
	NodeHelpers,
} from 'n8n-workflow';

import { StreamOneIon } from '../../nodes/StreamOneIon/StreamOneIon.node';
import { TestCredentialsHelper, type CredentialStore } from '../harness';

const NODE_TYPE = 'CUSTOM.streamOneIon';

export const ionNode = new StreamOneIon();

export function editorContext(
	store: CredentialStore,
	parameters: INodeParameters,
	path = 'parameters.customerId',
): ILoadOptionsFunctions {
	const node: INode = {
		id: 'node-in-editor',
		name: 'Ion StreamOne',
		type: NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: { [store.type]: store.details },
	};
	const workflow = new Workflow({
		id: 'editor-workflow',
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: {
			getByName: () => ionNode,
			getByNameAndVersion: (_name: string, version?: number) =>
				NodeHelpers.getVersionedNodeType(ionNode, version),
			getKnownTypes: () => ({}),
		},
	});
	const additionalData = {
		credentialsHelper: new TestCredentialsHelper([store]),
		currentNodeParameters: parameters,
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678/',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
		formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
		variables: {},
		userId: 'editor-user',
	} as unknown as IWorkflowExecuteAdditionalData;
	return new LoadOptionsContext(
		workflow,
		workflow.getNode(node.name) as INode,
		additionalData,
		path,
	);
}
