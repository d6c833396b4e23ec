// Subscription > Update Seats places a real, billed UPDATE order. Issue 10: Quantity must start
// empty and be required, and the Subscription must be picked from the chosen customer's list.
import { expectThat, type UiCheck } from '../check';

export const seatsQuantityCheck: UiCheck = {
	name: 'seats-quantity',
	title: 'Update Seats starts with an empty Quantity and refuses to run without one',
	pending:
		'Update Seats with no default Quantity is built on another branch; today Quantity starts at 1',
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
		const [customerId] = [...ion.store.customers.keys()];
		await step('switch Customer to By ID', () => editor.locatorMode('customerId', 'By ID'));
		await step(`type customer ${customerId}`, () => editor.locatorValue('customerId', customerId));
		const output = await step('execute the step', () => editor.executeStep(), { screenshot: true });
		expectThat(output.kind === 'error', 'the step ran without a Quantity');
		expectThat(
			/quantity/i.test(output.errorMessage ?? ''),
			`the error does not name Quantity: ${output.errorMessage}`,
		);
		const orders = ion.log.filter((e) => e.method === 'POST' && e.path.includes('/orders'));
		expectThat(orders.length === 0, `${orders.length} order request(s) reached Ion`);
	},
};

export const subscriptionPickerCheck: UiCheck = {
	name: 'subscription-picker',
	title: "the Subscription list shows the chosen customer's subscriptions",
	pending:
		'the Subscription resource locator is built on another branch; today Subscription ID is free text',
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
		const foreign = others.filter((id) => listed.some((label) => label.includes(id)));
		expectThat(
			foreign.length === 0,
			`the list shows other customers' subscriptions: ${foreign.join(', ')}`,
		);
	},
};
