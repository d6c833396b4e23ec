// n8n adds "Custom API Call" to the Resource and every Operation list of a node whose credential
// has `authenticate` (packages/cli load-nodes-and-credentials.ts, injectCustomApiCallOptions); it
// points users to the HTTP Request node. The node has its own generic request (API Request), so
// users see two entries that sound alike (issue 10). Findings and options: the ui branch's report.
import { expectThat, type UiCheck } from '../check';

const GENERIC = ['API Request', 'Custom API Call'];

export const customApiCallCheck: UiCheck = {
	name: 'custom-api-call',
	title: 'the Resource list has one generic request entry',
	pending:
		'n8n injects "Custom API Call" next to the node\'s API Request; removing it needs a change to the node description (version: [1] with defaultVersion: 1, measured on the ui branch), which is the lead\'s call',
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
