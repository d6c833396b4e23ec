// Subscription > Transfer: Google subscriptions with the customer's transfer token; a FAILED operation is an error.
import {
	expectUnknownOutcome,
	rl,
	runCompletedWrite,
	setup,
	waitFast,
	type StellrCtx,
} from '../helpers';

let t: StellrCtx;
afterEach(async () => {
	await t?.stellr.close();
});

const TRANSFER = 'POST /api/v1/customers/{customerNo}/subscriptions/transfer';
const googleAccount = () =>
	[...t.stellr.store.vendorAccounts.values()].find((a) => a.vendorId === 'Google' && a.customerNo)!;
const transfer = (customerNo: string, transferToken: string) => ({
	resource: 'subscription',
	operation: 'transfer',
	customerNo: rl(customerNo),
	body: JSON.stringify({ vendorId: 'Google', transferToken }),
});

describe('Subscription > Transfer', () => {
	test('transfers the transferable Google subscriptions with the right token', async () => {
		t = await setup();
		const account = googleAccount();
		const moving = t.stellr.store.transferable.filter((x) => x.customerNo === account.customerNo);
		expect(moving.length).toBeGreaterThan(0);
		const r = await runCompletedWrite(
			t,
			transfer(account.customerNo!, account.transferToken!),
			TRANSFER,
			{
				vendorId: 'Google',
				transferToken: account.transferToken,
			},
		);
		expect((r.items[0].json.result as unknown[]).length).toBe(moving.length);
	});

	test('a wrong token: the operation FAILED, reported as an error with its code', async () => {
		t = await setup();
		const r = await t.run({ ...transfer(googleAccount().customerNo!, 'T-WRONG'), ...waitFast });
		expect(r.error?.message).toMatch(
			/^StreamOne Stellr could not complete the subscription transfer: INVALID_TRANSFER_TOKEN: Google refused the transfer token/,
		);
		expect((r.error as { description?: string }).description).toMatch(
			/ended with status FAILED: the change was not made/,
		);
	});

	test('outcome unknown after a lost answer', async () => {
		t = await setup();
		const account = googleAccount();
		await expectUnknownOutcome(
			t,
			transfer(account.customerNo!, account.transferToken!),
			TRANSFER,
			'subscription transfer',
			/transferred subscriptions/,
		);
	});
});
