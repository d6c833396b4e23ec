// Report > Save, Report > Delete and Report > Refresh Provider Cache against the emulator through n8n-core.
import { dataRequests, rl, setup, type Ctx } from '../helpers';

let t: Ctx;
beforeAll(async () => {
	t = await setup();
});
afterAll(async () => {
	await t.ion.close();
});
beforeEach(() => {
	t.ion.setFaults([]);
	t.ion.reset();
});

const reports = (suffix = '') => `/api/v3/accounts/${t.ion.accountId}/reports${suffix}`;

describe('Report > Save', () => {
	test('without a Report ID it creates a report (POST /reports/0) and returns its new ID', async () => {
		const r = await t.run({
			resource: 'report',
			operation: 'save',
			reportDefinition: JSON.stringify({
				reportTemplateId: 'tmpl-7002',
				specs: { allColumns: [] },
			}),
			reportFields: {
				displayName: 'Billing by customer',
				category: 'BILLING_REPORTS',
				rowsLimit: 500,
			},
		});
		expect(r.error).toBeUndefined();
		const newId = String(r.items[0].json.reportId);
		expect(newId).toMatch(/^\d+$/);
		const call = dataRequests(t.ion)[0];
		expect(call).toMatchObject({ method: 'POST', path: reports('/0') });
		expect(call.body).toEqual({
			reportTemplateId: 'tmpl-7002',
			displayName: 'Billing by customer',
			category: 'BILLING_REPORTS',
			specs: { allColumns: [], rowsLimit: '500' },
		});
		expect(t.ion.store.reports.get(newId)?.displayName).toBe('Billing by customer');
	});

	test('with a Report ID it updates that report', async () => {
		const r = await t.run({
			resource: 'report',
			operation: 'save',
			saveReportId: '7003',
			reportFields: { displayName: 'Seats' },
		});
		expect(r.error).toBeUndefined();
		expect(r.items[0].json.reportId).toBe('7003');
		expect(dataRequests(t.ion)[0]).toMatchObject({
			method: 'POST',
			path: reports('/7003'),
			body: { reportId: '7003', displayName: 'Seats' },
		});
		expect(t.ion.store.reports.get('7003')?.displayName).toBe('Seats');
	});

	test.each([
		['a new report without a name', {}, /Display Name is required to create a report/],
		[
			'a definition that is not JSON',
			{ reportDefinition: '{ "displayName": ', reportFields: { displayName: 'x' } },
			/Report Definition \(JSON\) is not valid JSON/,
		],
		['a Report ID that is not a number', { saveReportId: '7003a' }, /Report ID must be a number/],
	])('refuses %s before any request', async (_name, extra, message) => {
		const r = await t.run({ resource: 'report', operation: 'save', ...extra });
		expect(r.error?.message).toMatch(message);
		expect(dataRequests(t.ion)).toHaveLength(0);
	});

	test('a 5xx is not resent: the outcome is unknown and the error says how to check', async () => {
		t.ion.setFaults([{ kind: '5xx', method: 'POST', path: '/reports/' }]);
		const r = await t.run({
			resource: 'report',
			operation: 'save',
			reportFields: { displayName: 'Twice?' },
		});
		expect(r.error?.message).toMatch(/outcome of the report save is unknown/);
		expect(r.error?.description).toMatch(/Report > Get Many/);
		expect(dataRequests(t.ion)).toHaveLength(1);
	});
});

describe('Report > Delete', () => {
	test('deletes the report and says which one', async () => {
		const created = await t.run({
			resource: 'report',
			operation: 'save',
			reportFields: { displayName: 'Temp' },
		});
		const id = String(created.items[0].json.reportId);
		t.ion.reset();
		const r = await t.run({ resource: 'report', operation: 'delete', reportId: rl(id) });
		expect(r.error).toBeUndefined();
		expect(r.items).toEqual([{ json: { reportId: id, deleted: true }, pairedItem: { item: 0 } }]);
		expect(dataRequests(t.ion)[0]).toMatchObject({
			method: 'DELETE',
			path: reports(`/${id}`),
			status: 200,
		});
		expect(t.ion.store.reports.has(id)).toBe(false);
	});

	test('an unknown report is reported as not found', async () => {
		const r = await t.run({ resource: 'report', operation: 'delete', reportId: rl('123456') });
		expect(r.error?.message).toMatch(/Ion did not find the resource/);
	});
});

describe('Report > Refresh Provider Cache', () => {
	test('GET .../providers/{providerId}/refreshCacheEnhanced with the report and the billing period in the query', async () => {
		const r = await t.run({
			resource: 'report',
			operation: 'refreshProviderCache',
			providerId: ' 12 ',
			reportId: rl('7002'),
			options: {
				billingPeriodStart: '2026-10-01T00:00:00',
				billingPeriodEnd: '2026-10-31T23:59:59+02:00',
			},
		});
		expect(r.error).toBeUndefined();
		expect(r.items[0].json).toEqual({ reportIds: ['7002'] });
		expect(dataRequests(t.ion)[0]).toMatchObject({
			method: 'GET',
			path: `/api/v3/accounts/${t.ion.accountId}/providers/12/refreshCacheEnhanced`,
			query: {
				reportId: '7002',
				billingPeriodStart: '2026-10-01T00:00:00.000Z',
				billingPeriodEnd: '2026-10-31T21:59:59.000Z',
			},
		});
	});

	test('a provider ID that is not a number is refused before any request', async () => {
		const r = await t.run({
			resource: 'report',
			operation: 'refreshProviderCache',
			providerId: 'microsoft',
			reportId: rl('7002'),
		});
		expect(r.error?.message).toMatch(/Provider ID must be a number/);
		expect(dataRequests(t.ion)).toHaveLength(0);
	});
});
