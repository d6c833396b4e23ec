import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

// Skeleton: resources and operations are built in issue 4.
export class StreamOneIon implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'TD SYNNEX StreamOne Ion',
		name: 'streamOneIon',
		icon: { light: 'file:streamOneIon.svg', dark: 'file:streamOneIon.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Automate TD SYNNEX StreamOne Ion: customers, orders, products, provisioning templates and subscriptions',
		defaults: { name: 'StreamOne Ion' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'streamOneIonApi', required: true }],
		requestDefaults: {
			baseURL: '={{$credentials.baseUrl}}',
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
		},
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [{ name: 'Customer', value: 'customer' }],
				default: 'customer',
			},
		],
	};
}
