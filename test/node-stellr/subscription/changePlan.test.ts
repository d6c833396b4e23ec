// Subscription > Change Plan: another commitment term or billing frequency of the same product.
import {
	dataRequests,
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

const CHANGE_PLAN = 'POST /api/v1/customers/{customerNo}/subscriptions/{subscriptionId}/changePlan';
const annual = () =>
	findSubscription(
		t.stellr,
		(s) =>
			s.vendorId === 'Microsoft' &&
			s.billingTerm === 'ANNUAL' &&
			s.status === 'ACTIVE' &&
			s.productName.startsWith('Microsoft 365 Business'),
	);
const body = { billingTerm: 'MONTHLY', billingFrequency: 'MONTHLY' };

describe('Subscription > Change Plan', () => {
	test('moves an annual subscription to monthly billing and term', async () => {
		t = await setup();
		const sub = annual();
		const r = await runCompletedWrite(
			t,
			{
				resource: 'subscription',
				operation: 'changePlan',
				...pick(sub),
				body: JSON.stringify(body),
			},
			CHANGE_PLAN,
			body,
		);
		expect(r.items[0].json).toMatchObject({ operationType: 'CHANGE_PLAN', result: body });
		expect(sub.billingTerm).toBe('MONTHLY');
	});

	test('the default body is the shape the node expects (annual term, monthly billing)', async () => {
		t = await setup();
		const sub = annual(); // already ANNUAL/MONTHLY: Stellr says the plan must differ
		const r = await t.run({ resource: 'subscription', operation: 'changePlan', ...pick(sub) });
		expect(dataRequests(t.stellr, CHANGE_PLAN)[0].body).toEqual({
			billingTerm: 'ANNUAL',
			billingFrequency: 'MONTHLY',
		});
		expect(r.error?.message).toMatch(/\(field: billingTerm\)$/);
	});

	test('outcome unknown after a lost answer', async () => {
		t = await setup();
		await expectUnknownOutcome(
			t,
			{
				resource: 'subscription',
				operation: 'changePlan',
				...pick(annual()),
				body: JSON.stringify(body),
			},
			CHANGE_PLAN,
			'plan change',
			/check its billingTerm and billingFrequency/,
		);
	});
});
