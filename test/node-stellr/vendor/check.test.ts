// Vendor > Check Account Data: a POST that only reads, so it is resent like a GET.
import { dataRequests, fastRetry, rl, setup, type StellrCtx } from '../helpers';

let t: StellrCtx;
afterEach(async () => {
	await t?.stellr.close();
});

const CHECK = 'POST /api/v1/cloud/vendors/{vendorId}/check/{checkType}';

describe('Vendor > Check Account Data', () => {
	test('domain availability: a taken and a free Microsoft domain', async () => {
		t = await setup();
		const r = await t.run(
			{
				resource: 'vendor',
				operation: 'check',
				vendorId: rl('Microsoft'),
				checkType: 'domain',
				body: '={{ JSON.stringify({ domain: $json.d }) }}',
			},
			{ items: [{ json: { d: 'northwind' } }, { json: { d: 'brand-new-tenant' } }] },
		);
		expect(r.items.map((i) => [i.json.domain, i.json.available])).toEqual([
			['northwind.onmicrosoft.com', false],
			['brand-new-tenant.onmicrosoft.com', true],
		]);
		expect(dataRequests(t.stellr, CHECK).map((e) => [e.path, e.body])).toEqual([
			['/api/v1/cloud/vendors/Microsoft/check/domain', { domain: 'northwind' }],
			['/api/v1/cloud/vendors/Microsoft/check/domain', { domain: 'brand-new-tenant' }],
		]);
	});

	test('a 503 is resent: the check changes nothing', async () => {
		t = await setup();
		t.stellr.setFaults([{ kind: '5xx', count: 1, path: '/check/' }]);
		const r = await t.run({
			resource: 'vendor',
			operation: 'check',
			vendorId: rl('Microsoft'),
			checkType: 'tenant',
			body: '{"domain": "contoso"}',
			retrySettings: fastRetry,
		});
		expect(r.items[0].json).toMatchObject({ exists: true, checkType: 'tenant' });
		expect(dataRequests(t.stellr, CHECK).map((e) => e.status)).toEqual([503, 200]);
	});
});
