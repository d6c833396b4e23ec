// Shared by upgrade.test.ts and downgrade.test.ts (not a test file itself): the behaviour of a
// move to a product from Get Transition Products.
import {
	dataRequests,
	expectRefusedBeforeSending,
	expectUnknownOutcome,
	findSubscription,
	pick,
	runCompletedWrite,
	setup,
	type StellrCtx,
} from '../helpers';

const ONE = 'POST /api/v1/customers/{customerNo}/subscriptions/{subscriptionId}';

export function describeTransition(
	operation: 'upgrade' | 'downgrade',
	name: string,
	type: string,
): void {
	let t: StellrCtx;
	afterEach(async () => {
		await t?.stellr.close();
	});

	/** An active Microsoft 365 Business Standard: it can go up to Premium and down to Basic. */
	const standard = () =>
		findSubscription(
			t.stellr,
			(s) => s.productName === 'Microsoft 365 Business Standard' && s.status === 'ACTIVE',
		);

	function target(sub: ReturnType<typeof standard>): string {
		const product = [...t.stellr.store.products.values()].find(
			(p) =>
				p.productName === name &&
				p.billingTerm === sub.billingTerm &&
				p.billingFrequency === sub.billingFrequency,
		);
		return product!.productId;
	}

	test(`moves the subscription to ${name}`, async () => {
		t = await setup();
		const sub = standard();
		const targetProductId = target(sub);
		const r = await runCompletedWrite(
			t,
			{
				resource: 'subscription',
				operation,
				...pick(sub),
				body: JSON.stringify({ targetProductId }),
			},
			`${ONE}/${operation}`,
			{ targetProductId },
		);
		expect(r.items[0].json).toMatchObject({ operationType: type, result: { productName: name } });
		expect(sub.productId).toBe(targetProductId);
	});

	test('a target that is no transition: Stellr names the field', async () => {
		t = await setup();
		const r = await t.run({
			resource: 'subscription',
			operation,
			...pick(standard()),
			body: '{"targetProductId": "100042"}',
		});
		expect(r.error?.message).toMatch(
			/^StreamOne Stellr rejected the request as invalid: targetProductId: .* \(field: targetProductId\)/,
		);
		expect(dataRequests(t.stellr)).toHaveLength(1);
	});

	test('a body that is not JSON is refused before sending, naming the parameter', async () => {
		t = await setup();
		const r = await t.run({
			resource: 'subscription',
			operation,
			...pick(standard()),
			body: '{"targetProductId": ',
		});
		expectRefusedBeforeSending(t, r, /^Body \(JSON\) is not valid JSON/);
	});

	test('outcome unknown after a lost answer: check its productId', async () => {
		t = await setup();
		const sub = standard();
		const body = JSON.stringify({ targetProductId: target(sub) });
		await expectUnknownOutcome(
			t,
			{ resource: 'subscription', operation, ...pick(sub), body },
			`${ONE}/${operation}`,
			operation,
			/check its productId/,
		);
	});
}
