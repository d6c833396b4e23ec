// The customer picker (resource locator "From list") lists Ion's customers, and its search finds a
// customer by the contact name (Ion's filter.customerName). Picking one and executing Get returns it.
import { expectThat, type UiCheck } from '../check';

export const customerPickerCheck: UiCheck = {
	name: 'customer-picker',
	title: 'the customer picker lists customers, finds one by contact name, and Get returns it',
	async run({ editor, ion, step, note }) {
		const customers = [...ion.store.customers.values()];
		const target = customers[customers.length - 1];
		const id = target.name.split('/').pop() ?? '';
		await step('add the node (Customer > Get)', () => editor.addIonNode('Get a customer'), {
			screenshot: true,
		});
		const all = await step('open the Customer list', () => editor.searchLocatorList('customerId'), {
			screenshot: true,
		});
		note(
			`the list shows ${all.length} customers (the tenant has ${customers.length}), e.g. "${all[0] ?? ''}"`,
		);
		expectThat(
			all.length > 0,
			`the Customer list is empty: ${(await editor.locatorListError()) ?? 'no error shown'}`,
		);
		expectThat(
			all.every((label) => /· \d+$/.test(label)),
			`every entry should end with "· <customer id>": ${all.slice(0, 3).join(' | ')}`,
		);

		const contact = target.customerName;
		const found = await step(
			`search the list for the contact "${contact}"`,
			() => editor.searchLocatorList('customerId', contact),
			{
				screenshot: true,
			},
		);
		note(`"${contact}" lists: ${found.join(' | ')}`);
		const entry = found.find((label) => label.endsWith(`· ${id}`));
		expectThat(entry, `searching "${contact}" does not list customer ${id}: ${found.join(' | ')}`);

		await step(`pick "${entry}"`, () => editor.pickLocatorItem(entry));
		const output = await step('execute the step', () => editor.executeStep(), { screenshot: true });
		expectThat(
			output.kind === 'data',
			`Get failed: ${output.errorMessage ?? output.text.slice(0, 300)}`,
		);
		const first = (output.items ?? [])[0] as { customerId?: string } | undefined;
		expectThat(
			first?.customerId === id,
			`Get returned customer ${first?.customerId}, expected ${id}`,
		);
	},
};

export const customerByCompanyCheck: UiCheck = {
	name: 'customer-by-company',
	title: 'the customer picker finds a customer by company name',
	pending:
		"the picker sends the text to Ion's contact-name filter (filter.customerName); finding by company name is built on another branch. The emulator's filter also matches the organisation, so the check also requires that the company name was not sent to that filter",
	async run({ editor, ion, step, note }) {
		const target = [...ion.store.customers.values()].find(
			(c) => c.customerOrganization && !c.customerName.includes(c.customerOrganization),
		);
		expectThat(
			target,
			'the demo tenant has no customer whose company differs from its contact name',
		);
		const id = target.name.split('/').pop() ?? '';
		const company = target.customerOrganization;
		await step('add the node (Customer > Get)', () => editor.addIonNode('Get a customer'));
		const found = await step(
			`search the list for the company "${company}"`,
			() => editor.searchLocatorList('customerId', company),
			{
				screenshot: true,
			},
		);
		note(`"${company}" lists: ${found.join(' | ') || 'nothing'}`);
		expectThat(
			found.some((label) => label.endsWith(`· ${id}`)),
			`searching "${company}" does not list customer ${id}`,
		);
		const sentAsContact = ion.log.filter((e) => e.query['filter.customerName'] === company);
		expectThat(
			sentAsContact.length === 0,
			`found only because the emulator's contact-name filter also matches the company: the node sent filter.customerName=${company}, which Ion matches against the contact name`,
		);
	},
};
