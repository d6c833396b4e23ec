// Subscription > Update Seats places a real, billed UPDATE order. Issue 10: Quantity starts empty and
// is required, and the Subscription is picked from the chosen customer's list. n8n 2.41 flags an
// empty required parameter only for text, options, dates and pickers, not numbers
// (NodeHelpers.getParameterIssues), so with Customer and Subscription filled in the step runs and the
// node refuses it, naming Quantity, before anything is sent.
import { expectThat, type UiCheck } from '../check';

export const seatsQuantityCheck: UiCheck = {
	name: 'seats-quantity',
	title: 'Update Seats starts with an empty Quantity and refuses to run without one',
	async run({ editor, ion, step, note }) {
		await step(
			'add the node (Subscription > Update Seats)',
			() => editor.addIonNode('Update the seats of a subscription'),
			{
				screenshot: true,
			},
		);
		const quantity = await step('read Quantity', () => editor.valueOf('quantity'));
		note(`Quantity starts as "${quantity}"`);
		expectThat(quantity === '', `Quantity starts as "${quantity}", not empty`);
		const [customerId, subscriptionIds] =
			[...ion.store.subscriptionsByCustomer.entries()].find(([, s]) => s.length > 0) ?? [];
		expectThat(
			customerId && subscriptionIds,
			'the demo tenant has no customer with a subscription',
		);
		await step('switch Customer to By ID', () => editor.locatorMode('customerId', 'By ID'));
		await step(`type customer ${customerId}`, () => editor.locatorValue('customerId', customerId));
		await step('switch Subscription to By ID', () => editor.locatorMode('subscriptionId', 'By ID'));
		await step(`type subscription ${subscriptionIds[0]}`, () =>
			editor.locatorValue('subscriptionId', subscriptionIds[0]),
		);
		const output = await step('execute the step', () => editor.executeStep(), { screenshot: true });
		note(`shown as: ${output.kind}, "${output.errorMessage?.replace(/\s+/g, ' ')}"`);
		expectThat(output.kind === 'error', `the step was not refused: ${output.text.slice(0, 200)}`);
		expectThat(
			/^Quantity is required/.test(output.errorMessage ?? ''),
			`the error does not name Quantity: ${output.errorMessage}`,
		);
		const sent = ion.log.filter((e) => !e.path.startsWith('/oauth/'));
		expectThat(
			sent.length === 0,
			`requests reached Ion: ${sent.map((e) => `${e.method} ${e.path}`).join(', ')}`,
		);
		const orders = ion.log.filter((e) => e.method === 'POST' && e.path.includes('/orders'));
		expectThat(orders.length === 0, `${orders.length} order request(s) reached Ion`);
	},
};

export const subscriptionPickerCheck: UiCheck = {
	name: 'subscription-picker',
	title: "the Subscription list shows the chosen customer's subscriptions",
	async run({ editor, ion, step, note }) {
		const [customerId, subscriptionIds] =
			[...ion.store.subscriptionsByCustomer.entries()].find(([, s]) => s.length > 1) ?? [];
		expectThat(
			customerId && subscriptionIds,
			'the demo tenant has no customer with two subscriptions',
		);
		await step('add the node (Subscription > Update Seats)', () =>
			editor.addIonNode('Update the seats of a subscription'),
		);
		await step('switch Customer to By ID', () => editor.locatorMode('customerId', 'By ID'));
		await step(`type customer ${customerId}`, () => editor.locatorValue('customerId', customerId));
		expectThat(
			await editor.resourceLocator('subscriptionId').isVisible(),
			'Subscription is not a resource locator (no list to pick from)',
		);
		const listed = await step(
			'open the Subscription list',
			() => editor.searchLocatorList('subscriptionId'),
			{ screenshot: true },
		);
		note(`the list shows: ${listed.join(' | ')}`);
		const missing = subscriptionIds.filter((id) => !listed.some((label) => label.includes(id)));
		expectThat(
			missing.length === 0,
			`the list lacks subscriptions ${missing.join(', ')} of customer ${customerId}`,
		);
		const others = [...ion.store.subscriptions.keys()].filter(
			(id) => !subscriptionIds.includes(id),
		);
		const foreign = others.filter((id) => listed.some((label) => label.endsWith(`· ${id}`)));
		expectThat(
			foreign.length === 0,
			`the list shows other customers' subscriptions: ${foreign.join(', ')}`,
		);
		const first = ion.store.subscriptions.get(subscriptionIds[0]);
		const entry = listed.find((label) => label.endsWith(`· ${subscriptionIds[0]}`)) ?? '';
		expectThat(
			first && entry.startsWith(first.subscriptionName) && /\d+ seats? · /.test(entry),
			`the entry does not show product name, seats and status: "${entry}"`,
		);
		await step(`pick "${entry}"`, () => editor.pickLocatorItem(entry));
		await step('type the new total in Quantity', () =>
			editor.fill('quantity', String(Number(first?.subscriptionTotalLicenses ?? 1) + 1)),
		);
		// the seat panel as the README shows it (docs/update-seats-panel.png)
		await step('the Update Seats panel, filled in', async () => undefined, { screenshot: true });
	},
};
