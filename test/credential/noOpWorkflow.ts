// Test-only: a workflow with one no-op node, to evaluate n8n expressions (and authenticate through
// the CLI's CredentialsHelper) the way n8n does, without running anything.
import { Workflow, type INode, type INodeType, type INodeTypes } from 'n8n-workflow';

export function noOpWorkflow(): { workflow: Workflow; node: INode } {
	const node: INode = {
		id: 'n',
		name: 'N',
		type: 'test.noOp',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const noOp = {
		description: {
			displayName: 'No-op',
			name: node.type,
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
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: {
			getByName: () => noOp,
			getByNameAndVersion: () => noOp,
			getKnownTypes: () => ({}),
		} as unknown as INodeTypes,
	});
	return { workflow, node };
}
