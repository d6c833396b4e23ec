// Agreement > Get: whether a customer accepted a vendor agreement.
import { NO_MCA_CUSTOMER_INDEX } from '../../../emulator/stellr';
import { calls, expectRefusedBeforeSending, rl, setup, type StellrCtx } from '../helpers';

let t: StellrCtx;
afterEach(async () => {
	await t?.stellr.close();
});

const customer = (index: number) => [...t.stellr.store.customers.keys()][index];

describe('Agreement > Get', () => {
	test('outputs the agreement of a customer who accepted it, and of one who did not', async () => {
		t = await setup();
		const r = await t.run(
			{
				resource: 'agreement',
				operation: 'get',
				customerNo: rl('={{ $json.c }}'),
				agreementType: 'MCA',
			},
			{ items: [{ json: { c: customer(0) } }, { json: { c: customer(NO_MCA_CUSTOMER_INDEX) } }] },
		);
		expect(r.error).toBeUndefined();
		expect(
			r.items.map((i) => [i.json.customerNo, i.json.agreementType, i.json.accepted, i.pairedItem]),
		).toEqual([
			[customer(0), 'MCA', true, { item: 0 }],
			[customer(NO_MCA_CUSTOMER_INDEX), 'MCA', false, { item: 1 }],
		]);
		expect(calls(t.stellr)).toEqual([
			`GET /api/v1/customers/${customer(0)}/agreements/MCA 200`,
			`GET /api/v1/customers/${customer(NO_MCA_CUSTOMER_INDEX)}/agreements/MCA 200`,
		]);
	});

	test('an agreement type from an expression goes into the path; Stellr names a wrong one', async () => {
		t = await setup();
		const r = await t.run({
			resource: 'agreement',
			operation: 'get',
			customerNo: rl(customer(0)),
			agreementType: '={{ "EULA" }}',
		});
		expect(r.error?.message).toMatch(
			/^StreamOne Stellr rejected the request as invalid: agreementType: must be one of .* \(field: agreementType\)/,
		);
	});

	test('an agreement type with a slash is refused before sending', async () => {
		t = await setup();
		const r = await t.run({
			resource: 'agreement',
			operation: 'get',
			customerNo: rl(customer(0)),
			agreementType: '={{ "MCA/../x" }}',
		});
		expectRefusedBeforeSending(t, r, /^Agreement Type contains characters that are not allowed/);
	});
});
