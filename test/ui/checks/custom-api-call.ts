// n8n adds "Custom API Call" to the Resource and every Operation list of a node whose credential
// has `authenticate` (packages/cli load-nodes-and-credentials.ts, injectCustomApiCallOptions), unless
// the node's defaultVersion differs from its version; it points users to the HTTP Request node, which
// resends an order POST after a 503. The node declares version [1] with defaultVersion 1, so its own
// API Request is the one generic entry (issue 10). This check fails if the entry comes back.
import { expectThat, type UiCheck } from '../check';

const GENERIC = ['API Request', 'Custom API Call'];

export const customApiCallCheck: UiCheck = {
	name: 'custom-api-call',
	title: 'the Resource list has one generic request entry',
	async run({ editor, step, note }) {
		await step('add the node (Customer > Get)', () => editor.addIonNode('Get a customer'));
		const resources = await step('read the Resource list', () => editor.optionsOf('resource'));
		const operations = await step('read the Operation list', () => editor.optionsOf('operation'));
		note(`Resource: ${resources.join(', ')}`);
		note(`Operation (Customer): ${operations.join(', ')}`);
		if (resources.includes('Custom API Call')) {
			await step(
				'choose Resource > Custom API Call',
				() => editor.selectOption('resource', 'Custom API Call'),
				{
					screenshot: true,
				},
			);
			const shown = (await editor.byTestId('node-parameters').innerText()).replace(/\s+/g, ' ');
			note(`what n8n shows for it: "${shown.slice(0, 200)}"`);
		}
		const generic = resources.filter((r) => GENERIC.includes(r));
		expectThat(
			generic.length === 1,
			`the Resource list has ${generic.length} generic request entries: ${generic.join(', ')}`,
		);
		expectThat(
			!operations.includes('Custom API Call'),
			'the Customer operations include "Custom API Call"',
		);
	},
};
