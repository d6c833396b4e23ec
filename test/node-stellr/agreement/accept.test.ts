// Agreement > Accept: the acceptance as a JSON body; a POST, never resent after a 5xx.
import { NO_MCA_CUSTOMER_INDEX } from '../../../emulator/stellr';
import {
	dataRequests,
	expectRefusedBeforeSending,
	fastRetry,
	rl,
	setup,
	type StellrCtx,
} from '../helpers';

let t: StellrCtx;
afterEach(async () => {
	await t?.stellr.close();
});

const ACCEPT = 'POST /api/v1/customers/{customerNo}/agreements/{agreementType}';
const body = {
	firstName: 'Ada',
	lastName: 'Lovelace',
	email: 'ada@litware.com',
	phoneNumber: '',
	dateAgreed: '2024-05-01T10:00:00Z',
};
const accept = (customerNo: string, json = JSON.stringify(body)) => ({
	resource: 'agreement',
	operation: 'accept',
	customerNo: rl(customerNo),
	agreementType: 'MCA',
	body: json,
	retrySettings: fastRetry,
});

describe('Agreement > Accept', () => {
	test("records the customer's acceptance; the body is sent as typed", async () => {
		t = await setup();
		const customerNo = [...t.stellr.store.customers.keys()][NO_MCA_CUSTOMER_INDEX];
		const r = await t.run(accept(customerNo));
		expect(r.error).toBeUndefined();
		expect(dataRequests(t.stellr, ACCEPT)[0].body).toEqual(body);
		expect(r.items[0].json).toMatchObject({
			customerNo,
			agreementType: 'MCA',
			accepted: true,
			firstName: 'Ada',
		});
		expect(t.stellr.store.agreements.get(`${customerNo}|MCA`)?.accepted).toBe(true);
	});

	test('the default body shows the expected fields; Stellr names the first missing one', async () => {
		t = await setup();
		const r = await t.run({ ...accept('7100006'), body: undefined });
		expect(dataRequests(t.stellr, ACCEPT)[0].body).toEqual({
			firstName: '',
			lastName: '',
			email: '',
			phoneNumber: '',
			dateAgreed: '',
		});
		expect(r.error?.message).toMatch(/\(field: firstName\)$/);
	});

	test('invalid JSON is refused before sending, naming Body (JSON)', async () => {
		t = await setup();
		const r = await t.run(accept('7100006', "{firstName: 'Ada'}"));
		expectRefusedBeforeSending(t, r, /^Body \(JSON\) is not valid JSON/);
	});

	test('a 503 is not resent: the outcome is unknown and the error says to check with Agreement > Get', async () => {
		t = await setup();
		t.stellr.setFaults([{ kind: '5xx', when: 'after', path: '/agreements/' }]);
		const r = await t.run(accept('7100006'));
		expect(r.error?.message).toMatch(/^The outcome of the agreement acceptance is unknown/);
		expect((r.error as { description?: string }).description).toMatch(/Agreement > Get/);
		expect(dataRequests(t.stellr, ACCEPT)).toHaveLength(1);
	});
});
