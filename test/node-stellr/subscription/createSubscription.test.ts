// Subscription > Create: buys subscriptions; Stellr's refusals inside a 200; sent once.
import { NO_MCA_CUSTOMER_INDEX } from '../../../emulator/stellr';
import {
	dataRequests,
	expectRefusedBeforeSending,
	expectUnknownOutcome,
	rl,
	runCompletedWrite,
	setup,
	type StellrCtx,
} from '../helpers';

let t: StellrCtx;
afterEach(async () => {
	await t?.stellr.close();
});

const CREATE = 'POST /api/v1/customers/{customerNo}/subscriptions';
const customer = (index: number) => [...t.stellr.store.customers.keys()][index];
const product = (name: string, term = 'MONTHLY') =>
	[...t.stellr.store.products.values()].find(
		(p) => p.productName === name && p.billingTerm === term,
	)!.productId;
const create = (customerNo: string, body: unknown) => ({
	resource: 'subscription',
	operation: 'createSubscription',
	customerNo: rl(customerNo),
	body: JSON.stringify(body),
});

describe('Subscription > Create', () => {
	test('buys a subscription; the output is the completed operation with the new subscriptions', async () => {
		t = await setup();
		const body = {
			items: [{ productId: product('Exchange Online (Plan 1)'), quantity: 3, poNumber: 'PO-42' }],
		};
		const before = t.stellr.store.subscriptions.size;
		const r = await runCompletedWrite(t, create(customer(0), body), CREATE, body);
		expect(r.items[0].json).toMatchObject({
			operationType: 'CREATE',
			result: [
				{
					productName: 'Exchange Online (Plan 1)',
					quantity: 3,
					poNumber: 'PO-42',
					status: 'ACTIVE',
				},
			],
		});
		expect(t.stellr.store.subscriptions.size).toBe(before + 1);
	});

	test('a customer without the Microsoft Customer Agreement: Stellr refuses inside a 200; nothing bought', async () => {
		t = await setup();
		const before = t.stellr.store.subscriptions.size;
		const r = await t.run(
			create(customer(NO_MCA_CUSTOMER_INDEX), {
				items: [{ productId: product('Exchange Online (Plan 1)'), quantity: 1 }],
			}),
		);
		expect(r.error?.message).toMatch(
			/^StreamOne Stellr refused the subscription purchase: customer \d+ has not accepted the MCA agreement/,
		);
		expect((r.error as { description?: string }).description).toMatch(/Nothing was changed/);
		expect(dataRequests(t.stellr)).toHaveLength(1);
		expect(t.stellr.store.subscriptions.size).toBe(before);
	});

	test('two Google items in one purchase: Stellr refuses inside a 200', async () => {
		t = await setup();
		const google = [...t.stellr.store.vendorAccounts.values()].find(
			(a) => a.vendorId === 'Google' && a.customerNo,
		)!.customerNo!;
		const id = product('Google Workspace Business Standard');
		const r = await t.run(
			create(google, {
				items: [
					{ productId: id, quantity: 1 },
					{ productId: id, quantity: 2 },
				],
			}),
		);
		expect(r.error?.message).toMatch(
			/refused the subscription purchase: Google subscriptions are created one at a time/,
		);
		expect(dataRequests(t.stellr)).toHaveLength(1);
	});

	test.each([
		[
			{ items: [{ productId: '100016', quantity: 0 }] },
			/^Body \(JSON\): items\[0\]\.quantity must be at least 1, got 0/,
		],
		[
			{ items: [{ productId: '100016', quantity: '2.5' }] },
			/^Body \(JSON\): items\[0\]\.quantity must be a whole number/,
		],
		[[1, 2], /^Body \(JSON\) must be a JSON object/],
	])('bad body %j is refused before sending', async (body, message) => {
		t = await setup();
		const r = await t.run(create(customer(0), body));
		expectRefusedBeforeSending(t, r, message);
	});

	test('an empty customer is refused before sending, naming the field', async () => {
		t = await setup();
		const r = await t.run({ ...create('x', { items: [] }), customerNo: rl('  ') });
		expectRefusedBeforeSending(t, r, /^Customer is required/);
	});

	test('outcome unknown after a lost answer: look for the product and PO number', async () => {
		t = await setup();
		const body = { items: [{ productId: product('Exchange Online (Plan 1)'), quantity: 1 }] };
		await expectUnknownOutcome(
			t,
			create(customer(0), body),
			CREATE,
			'subscription purchase',
			/Subscription > Get Many for the customer .* PO number/,
		);
	});
});
