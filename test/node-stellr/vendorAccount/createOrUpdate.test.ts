// Vendor Account > Create or Update: a POST that can create a tenant, never resent after a 5xx.
import { dataRequests, fastRetry, setup, type StellrCtx } from '../helpers';

let t: StellrCtx;
afterEach(async () => {
	await t?.stellr.close();
});

const ACCOUNT = 'POST /api/v1/cloud/vendors/account';
const write = (body: unknown) => ({
	resource: 'vendorAccount',
	operation: 'createOrUpdate',
	body: JSON.stringify(body),
	retrySettings: fastRetry,
});

describe('Vendor Account > Create or Update', () => {
	test('creates a Google account for a customer without one', async () => {
		t = await setup();
		const customerNo = [...t.stellr.store.customers.keys()][0];
		const body = { customerNo, vendorId: 'Google', domain: 'northwind-new.com' };
		const r = await t.run(write(body));
		expect(r.error).toBeUndefined();
		expect(dataRequests(t.stellr, ACCOUNT)[0].body).toEqual(body);
		expect(r.items[0].json).toMatchObject({
			customerNo,
			vendorId: 'Google',
			domain: 'northwind-new.com',
			status: 'ACTIVE',
		});
	});

	test('a domain of another account: 409 naming the field', async () => {
		t = await setup();
		const r = await t.run(
			write({ customerNo: '7100001', vendorId: 'Microsoft', domain: 'contoso' }),
		);
		expect(r.error?.message).toMatch(
			/already belongs to another Microsoft account \(field: domain\)$/,
		);
	});

	test('a 502 is not resent: outcome unknown, check with Vendor Account > Get Many', async () => {
		t = await setup();
		t.stellr.setFaults([{ kind: '5xx', status: 502, path: '/vendors/account', method: 'POST' }]);
		const r = await t.run(
			write({ customerNo: '7100001', vendorId: 'Google', domain: 'northwind-new.com' }),
		);
		expect(r.error?.message).toMatch(
			/^The outcome of the vendor account change is unknown: StreamOne Stellr answered HTTP 502/,
		);
		expect((r.error as { description?: string }).description).toMatch(/Vendor Account > Get Many/);
		expect(dataRequests(t.stellr, ACCOUNT)).toHaveLength(1);
	});
});
