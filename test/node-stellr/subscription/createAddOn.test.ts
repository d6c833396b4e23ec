// Subscription > Create Add-On: buys an add-on for a subscription, sent once.
import {
	expectRefusedBeforeSending,
	expectUnknownOutcome,
	findSubscription,
	pick,
	runCompletedWrite,
	setup,
	type StellrCtx,
} from '../helpers';

let t: StellrCtx;
afterEach(async () => {
	await t?.stellr.close();
});

const ADD_ON = 'POST /api/v1/customers/{customerNo}/subscriptions/{subscriptionId}/addOn';
const primary = () =>
	findSubscription(
		t.stellr,
		(s) => s.productName === 'Microsoft 365 Business Premium' && s.status === 'ACTIVE',
	);
const copilotFor = (productId: string) =>
	[...t.stellr.store.products.values()].find(
		(p) => p.productName === 'Microsoft 365 Copilot' && p.primaryProductIds.includes(productId),
	)!.productId;

describe('Subscription > Create Add-On', () => {
	test('buys Microsoft 365 Copilot for a Business Premium subscription', async () => {
		t = await setup();
		const sub = primary();
		const body = { productId: copilotFor(sub.productId), quantity: 2 };
		const r = await runCompletedWrite(
			t,
			{
				resource: 'subscription',
				operation: 'createAddOn',
				...pick(sub),
				body: JSON.stringify(body),
			},
			ADD_ON,
			body,
		);
		expect(r.items[0].json).toMatchObject({
			operationType: 'ADD_ON',
			result: {
				productName: 'Microsoft 365 Copilot',
				quantity: 2,
				parentSubscriptionId: sub.subscriptionId,
			},
		});
	});

	test('a quantity of 0 in the body is refused before sending', async () => {
		t = await setup();
		const sub = primary();
		const r = await t.run({
			resource: 'subscription',
			operation: 'createAddOn',
			...pick(sub),
			body: JSON.stringify({ productId: copilotFor(sub.productId), quantity: 0 }),
		});
		expectRefusedBeforeSending(t, r, /^Body \(JSON\): quantity must be at least 1, got 0/);
	});

	test('outcome unknown after a lost answer: look for the add-on', async () => {
		t = await setup();
		const sub = primary();
		const body = JSON.stringify({ productId: copilotFor(sub.productId), quantity: 1 });
		await expectUnknownOutcome(
			t,
			{ resource: 'subscription', operation: 'createAddOn', ...pick(sub), body },
			ADD_ON,
			'add-on purchase',
			/parentSubscriptionId/,
		);
	});
});
