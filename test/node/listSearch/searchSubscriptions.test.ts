// The Subscription picker (Update Seats, Subscription > Get): the subscriptions of the customer chosen
// in the Customer parameter, read in n8n-core's real LoadOptionsContext from the node's current
// parameters, labelled with product, seats and status.
import type { INodeParameters } from 'n8n-workflow';

import { searchSubscriptions } from '../../../nodes/StreamOneIon/listSearch/searchSubscriptions';
import { editorContext } from '../editorContext';
import { dataRequests, rl, setup, type Ctx } from '../helpers';

let t: Ctx;
afterEach(async () => {
	await t?.ion.close();
});

const context = (customerId: INodeParameters[string]) =>
	editorContext(
		t.store,
		{ resource: 'subscription', operation: 'updateSeats', customerId },
		'parameters.subscriptionId',
	);

describe('searchSubscriptions', () => {
	test("lists the chosen customer's subscriptions and no one else's", async () => {
		t = await setup();
		const [customerId, ids] = [...t.ion.store.subscriptionsByCustomer.entries()].find(
			([, s]) => s.length > 1,
		)!;
		const found = await searchSubscriptions.call(context(rl(customerId, 'list')));
		expect(found.results.map((r) => r.value).sort()).toEqual([...ids].sort());
		const sub = t.ion.store.subscriptions.get(ids[0])!;
		const seats = Number(sub.subscriptionTotalLicenses);
		const status =
			sub.subscriptionStatus.charAt(0) +
			sub.subscriptionStatus.slice(1).toLowerCase().replace(/_/g, ' ');
		expect(found.results.find((r) => r.value === sub.id)?.name).toBe(
			`${sub.subscriptionName} · ${seats} seat${seats === 1 ? '' : 's'} · ${status} · ${sub.id}`,
		);
		expect(dataRequests(t.ion)[0].query).toMatchObject({
			customerId,
			'pagination.limit': '100',
			'pagination.offset': '0',
		});
	});

	test('search text narrows the list to labels that contain it', async () => {
		t = await setup();
		const [customerId, ids] = [...t.ion.store.subscriptionsByCustomer.entries()].find(
			([, s]) => s.length > 1,
		)!;
		const name = t.ion.store.subscriptions.get(ids[0])!.subscriptionName;
		const found = await searchSubscriptions.call(context(rl(customerId)), name.toLowerCase());
		expect(found.results.length).toBeGreaterThan(0);
		expect(found.results.every((r) => r.name.includes(name))).toBe(true);
	});

	test('more than a page: the next offset is the page token', async () => {
		t = await setup({ maxPageSize: 2 });
		const [customerId, ids] = [...t.ion.store.subscriptionsByCustomer.entries()].find(
			([, s]) => s.length > 2,
		)!;
		const first = await searchSubscriptions.call(context(rl(customerId)));
		expect(first.results).toHaveLength(2);
		expect(first.paginationToken).toBe('2');
		const seen = first.results.map((r) => r.value);
		let token = first.paginationToken as string | undefined;
		while (token) {
			const next = await searchSubscriptions.call(context(rl(customerId)), undefined, token);
			seen.push(...next.results.map((r) => r.value));
			token = next.paginationToken as string | undefined;
		}
		expect(seen.sort()).toEqual([...ids].sort());
	});

	test('no customer chosen: says so, nothing sent', async () => {
		t = await setup();
		await expect(searchSubscriptions.call(context(rl('', 'list')))).rejects.toThrow(
			'Choose the Customer first',
		);
		await expect(searchSubscriptions.call(context(rl('={{ $json.c }}')))).rejects.toThrow(
			/comes from an expression/,
		);
		expect(dataRequests(t.ion)).toHaveLength(0);
	});
});
