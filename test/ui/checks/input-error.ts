// A mistake in the input is refused before anything is sent, and the user is told which field.
// Two ways in: a value typed By ID, which the editor checks against the mode's pattern before it
// runs anything, and the same value arriving through an expression (as from a previous node),
// which the node itself checks. n8n's editor shows an error under "Error details > From <node>"
// with an "Error code" when it carries an httpCode, raw messages, context.data or extra (what an
// answer from a service has); the node's input errors carry none of those (NodeInputError in
// nodes/shared/nodeErrors.ts), so they are shown as input errors.
import { expectThat, type CheckContext, type UiCheck } from '../check';
import type { OutputPanel } from '../editor';
import { NODE_TYPE, CREDENTIAL_TYPE } from '../../../scripts/n8n-env';
import { UI_CREDENTIAL_ID, UI_CREDENTIAL_NAME } from '../services';

const NODE_NAME = 'Get a customer';

/** Customer > Get with the Customer ID given by an expression that yields "abc". */
async function runWithExpressionId({ editor, step }: CheckContext): Promise<OutputPanel> {
	await step('open a workflow whose Customer ID is {{ "abc" }}', () =>
		editor.newWorkflow('UI check: Customer ID from an expression', [
			{
				id: 'ion-get-customer',
				name: NODE_NAME,
				type: NODE_TYPE,
				typeVersion: 1,
				position: [260, 0],
				parameters: {
					resource: 'customer',
					operation: 'get',
					customerId: { __rl: true, mode: 'id', value: '={{ "abc" }}' },
				},
				credentials: { [CREDENTIAL_TYPE]: { id: UI_CREDENTIAL_ID, name: UI_CREDENTIAL_NAME } },
			},
		]),
	);
	await step('open the node', () => editor.openNode(NODE_NAME), { screenshot: true });
	return step('execute the step', () => editor.executeStep(), { screenshot: true });
}

function noRequestReachedIon({ ion }: CheckContext): void {
	const sent = ion.log.filter((e) => !e.path.startsWith('/oauth/'));
	expectThat(
		sent.length === 0,
		`requests reached Ion: ${sent.map((e) => `${e.method} ${e.path}`).join(', ')}`,
	);
}

export const inputErrorTypedCheck: UiCheck = {
	name: 'input-error-typed',
	title: 'a non-numeric Customer ID typed By ID is flagged in the editor and nothing runs',
	async run(ctx) {
		const { editor, step, note } = ctx;
		await step('add the node (Customer > Get)', () => editor.addIonNode('Get a customer'));
		await step('switch Customer to By ID', () => editor.locatorMode('customerId', 'By ID'));
		await step('type "abc" as the Customer ID', () => editor.locatorValue('customerId', 'abc'), {
			screenshot: true,
		});
		const output = await step('execute the step', () => editor.executeStep(), { screenshot: true });
		note(`shown as: ${output.kind}, "${output.errorMessage?.replace(/\s+/g, ' ')}"`);
		expectThat(output.kind === 'refused', `the step was not refused: ${output.text.slice(0, 300)}`);
		expectThat(
			/customer id/i.test(output.errorMessage ?? ''),
			`the message does not name the Customer ID: ${output.errorMessage}`,
		);
		noRequestReachedIon(ctx);
	},
};

export const inputErrorCheck: UiCheck = {
	name: 'input-error',
	title:
		'a non-numeric Customer ID from an expression is refused by the node before any request, naming the field',
	async run(ctx) {
		const output = await runWithExpressionId(ctx);
		expectThat(output.kind === 'error', `the step did not fail: ${output.text.slice(0, 300)}`);
		ctx.note(`title: "${output.errorMessage}"`);
		ctx.note(`panel: "${output.text.replace(/\s+/g, ' ').slice(0, 300)}"`);
		expectThat(
			/customer/i.test(output.errorMessage ?? ''),
			`the error does not name the Customer field: ${output.errorMessage}`,
		);
		expectThat(
			output.errorMessage?.includes('abc'),
			`the error does not quote the value "abc": ${output.errorMessage}`,
		);
		noRequestReachedIon(ctx);
	},
};

export const inputErrorKindCheck: UiCheck = {
	name: 'input-error-kind',
	title: 'an input error is shown as an input error, not as an answer from Ion',
	async run(ctx) {
		const output = await runWithExpressionId(ctx);
		expectThat(output.kind === 'error', 'the step did not fail');
		const summaries = ctx.editor.byTestId('output-panel').locator('details > summary');
		await ctx.step(
			'expand the error details',
			async () => {
				for (const summary of await summaries.all()) await summary.click();
			},
			{ screenshot: true },
		);
		const text = (await ctx.editor.byTestId('output-panel').innerText()).replace(/\s+/g, ' ');
		const sections = (await summaries.allInnerTexts()).map((t) => t.trim());
		ctx.note(`error detail sections: ${sections.join(', ') || 'none'}`);
		const claims = [
			...sections.filter((s) => /^From\b/.test(s)),
			...(text.includes('Error code') ? ['Error code'] : []),
		];
		ctx.note(`the panel says: ${claims.join(', ') || 'nothing that points at Ion'}`);
		expectThat(
			claims.length === 0,
			`the input error is presented as Ion's answer (${claims.join(', ')})`,
		);
		expectThat(
			/customer/i.test(output.errorMessage ?? ''),
			`the error does not name the Customer: ${output.errorMessage}`,
		);
	},
};
