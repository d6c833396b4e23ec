// API Request > Make Request: any method and path under /api/ on the credential's host.
import {
	calls,
	dataRequests,
	expectRefusedBeforeSending,
	fastRetry,
	setup,
	type StellrCtx,
} from '../helpers';

let t: StellrCtx;
afterEach(async () => {
	await t?.stellr.close();
});

const request = (extra: Record<string, unknown>) => ({
	resource: 'apiRequest',
	operation: 'makeRequest',
	method: 'GET',
	...extra,
});

describe('API Request > Make Request', () => {
	test('a GET with query parameters: the answer as Stellr sent it, one item', async () => {
		t = await setup();
		const r = await t.run(
			request({
				path: '/api/v1/cloud/customers',
				queryParameters: {
					parameter: [
						{ name: 'keyword', value: 'contoso' },
						{ name: 'pageSize', value: '2' },
					],
				},
			}),
		);
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(1);
		expect(r.items[0].json).toMatchObject({
			requestId: expect.any(String),
			data: { total: expect.any(Number), records: expect.any(Array) },
		});
		expect(dataRequests(t.stellr)[0].query).toEqual({ keyword: 'contoso', pageSize: '2' });
	});

	test('Return All Pages: every page by pageNo, one item per record', async () => {
		t = await setup({ seed: { customers: 450 } });
		const r = await t.run(request({ path: 'api/v1/cloud/customers', returnAllPages: true }));
		expect(r.items.map((i) => i.json.customerNo)).toEqual([...t.stellr.store.customers.keys()]);
		expect(dataRequests(t.stellr).map((e) => `${e.query.pageNo}/${e.query.pageSize}`)).toEqual([
			'1/200',
			'2/200',
			'3/200',
		]);
	});

	test('Return All Pages on an answer that is no list: output as it is', async () => {
		t = await setup();
		const r = await t.run(
			request({ path: '/api/v1/cloud/customers/7100001', returnAllPages: true }),
		);
		expect(r.items).toHaveLength(1);
		expect(r.items[0].json).toMatchObject({ data: { customerNo: '7100001' } });
		expect(calls(t.stellr)).toHaveLength(1);
	});

	test('a POST with a JSON body is sent once; a 200 with a failure inside is an error', async () => {
		t = await setup();
		const sub = [...t.stellr.store.subscriptions.values()].find(
			(s) => s.subscriptionId === '41000003',
		)!;
		const r = await t.run(
			request({
				method: 'POST',
				path: `/api/v1/customers/${sub.customerNo}/subscriptions/${sub.subscriptionId}/changeSeats`,
				sendBody: true,
				jsonBody: JSON.stringify({ quantity: sub.quantity - 1 }),
				retrySettings: fastRetry,
			}),
		);
		expect(r.error?.message).toMatch(
			/^StreamOne Stellr refused the request: Microsoft allows fewer seats/,
		);
		expect(dataRequests(t.stellr)[0].body).toEqual({ quantity: sub.quantity - 1 });
	});

	test('a POST that hits a 503 is not resent; a GET is', async () => {
		t = await setup();
		t.stellr.setFaults([{ kind: '5xx', count: 1, path: '/api/' }]);
		const post = await t.run(
			request({
				method: 'POST',
				path: '/api/v1/cloud/vendors/Microsoft/check/domain',
				sendBody: true,
				jsonBody: '{"domain":"x"}',
				retrySettings: fastRetry,
			}),
		);
		expect(post.error?.message).toMatch(/^The outcome of the request is unknown/);
		t.stellr.setFaults([{ kind: '5xx', count: 1, path: '/api/' }]);
		t.stellr.reset();
		const get = await t.run(request({ path: '/api/v1/cloud/vendors', retrySettings: fastRetry }));
		expect(get.error).toBeUndefined();
		expect(dataRequests(t.stellr).map((e) => e.status)).toEqual([503, 200]);
	});

	test.each([
		['https://evil.example/api/v1/x', /full URLs and other hosts/],
		['/oauth2/v1/token', /must start with \/api\//],
		['/api/v1/../../oauth2/v1/token', /"\." and "\.\." segments/],
		['/api/v1/cloud/customers?keyword=x', /Query Parameters/],
		['/api/v1/customers/{customerNo}/subscriptions', /placeholders/],
	])('path %p is refused before sending', async (path, why) => {
		t = await setup();
		const r = await t.run(request({ path }));
		expectRefusedBeforeSending(t, r, /^Path is not allowed/);
		expect(r.error?.message).toMatch(why);
	});
});
