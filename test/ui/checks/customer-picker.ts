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
	async run({ editor, ion, step, note }) {
		const customers = [...ion.store.customers.values()];
		// a company whose name is in no customer's contact name: Ion's contact filter cannot find it
		const target = customers.find(
			(c) =>
				c.customerOrganization &&
				!customers.some((o) =>
					o.customerName.toLowerCase().includes(c.customerOrganization.toLowerCase()),
				),
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
		// the emulator's filter.customerName matches contact names only (as the spec describes it), so
		// the company was found by the picker's own index of the customer list
		const pages = ion.log.filter(
			(e) => e.route.endsWith('/customers') && e.query.pageSize === '100',
		);
		note(
			`requests: ${ion.log.filter((e) => !e.path.startsWith('/oauth/')).length}, of which ${pages.length} page(s) of the customer list`,
		);
		await step(`pick "${company}"`, () =>
			editor.pickLocatorItem(found.find((label) => label.endsWith(`· ${id}`)) ?? company),
		);
		await step('the picked customer is shown', async () => undefined, { screenshot: true });
	},
};
