// The Stellr emulator over real HTTP (plain fetch): token endpoint, the 35 endpoints of the 36
// actions, paging and wrapper, async operations, nested failures, bad input, faults, log.
import {
	MICROSOFT_CHANGE_WINDOW_MS,
	NO_MCA_CUSTOMER_INDEX,
	startStellrEmulator,
	type StellrEmulator,
	type Subscription,
} from '../../emulator/stellr';
import { api, sleep, stellrToken, type Loose } from './helpers';

const DAY = 86_400_000;

/** Method and path of the 35 endpoints, as api-beyond-the-spec.md section 6 lists them. */
const NOTES_ROUTES = [
	'GET /api/v1/customers/{customerNo}/agreements/{agreementType}',
	'POST /api/v1/customers/{customerNo}/agreements/{agreementType}',
	'GET /api/v1/cloud/consumption/azure/summary',
	'GET /api/v1/cloud/customers',
	'POST /api/v1/cloud/customers',
	'GET /api/v1/cloud/customers/{customerNo}',
	'GET /api/v1/cloud/invoices',
	'GET /api/v1/cloud/invoice/report',
	'GET /api/v1/subscriptions/operations/{operationId}',
	'GET /api/v2/vendors/{vendorId}/cloud/products',
	'GET /api/v1/cloud/products/{productId}',
	'GET /api/v1/cloud/products/skuNo/{skuNo}',
	'GET /api/v1/cloud/products/{primaryProductId}/related',
	'GET /api/v1/vendors/Google/cloud/products/transferable',
	'GET /api/v1/customers/{customerNo}/vendors/{vendorId}/subscribed/products',
	'GET /api/v1/customers/{customerNo}/subscriptions',
	'POST /api/v1/customers/{customerNo}/subscriptions',
	'POST /api/v1/customers/{customerNo}/subscriptions/transfer',
	'GET /api/v1/customers/{customerNo}/subscriptions/{subscriptionId}',
	...[
		'addOn',
		'changeSeats',
		'cancel',
		'reactive',
		'upgrade',
		'downgrade',
		'changePlan',
		'suspend',
		'activate',
	].map((verb) => `POST /api/v1/customers/{customerNo}/subscriptions/{subscriptionId}/${verb}`),
	'GET /api/v1/customers/{customerNo}/subscriptions/{subscriptionId}/transition/products',
	'GET /api/v1/customers/{customerNo}/subscriptions/{subscriptionId}/renew/options',
	'PUT /api/v1/customers/{customerNo}/subscriptions/{subscriptionId}/renew/setting',
	'GET /api/v1/cloud/vendors',
	'POST /api/v1/cloud/vendors/{vendorId}/check/{checkType}',
	'GET /api/v1/cloud/vendors/account',
	'POST /api/v1/cloud/vendors/account',
];

describe('Stellr emulator', () => {
	let stellr: StellrEmulator;
	let token: string;
	const get = async (path: string) => await api(stellr, token, 'GET', path);
	const post = async (path: string, body?: unknown) => await api(stellr, token, 'POST', path, body);
	const subs = () => [...stellr.store.subscriptions.values()];
	const customers = () => [...stellr.store.customers.values()];
	const subPath = (s: Subscription, rest = '') =>
		`/api/v1/customers/${s.customerNo}/subscriptions/${s.subscriptionId}${rest}`;
	/** An active subscription outside Microsoft's 7-day window (by default) */
	const activeSub = (where: (s: Subscription) => boolean = () => true) =>
		subs().find(
			(s) =>
				s.status === 'ACTIVE' &&
				!s.parentSubscriptionId &&
				s.productName !== 'Azure plan' &&
				where(s),
		) as Subscription;

	beforeAll(async () => {
		stellr = await startStellrEmulator({ seed: 'demo' });
		token = await stellrToken(stellr);
	});
	afterAll(async () => {
		await stellr.close();
	});
	beforeEach(() => {
		stellr.setFaults([]);
		stellr.setOperationTiming({ polls: 2 });
		stellr.reset();
	});

	describe('token endpoint (client credentials)', () => {
		const form = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
			fetch(stellr.tokenUrl, {
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
				body: new URLSearchParams(fields).toString(),
			});

		it('answers access_token, token_type and expires_in for the client in the form body or as Basic', async () => {
			const r = await form({
				grant_type: 'client_credentials',
				client_id: stellr.clientId,
				client_secret: stellr.clientSecret,
			});
			expect(r.status).toBe(200);
			expect(await r.json()).toEqual({
				access_token: expect.stringMatching(/^[\w-]{40,}$/),
				token_type: 'Bearer',
				expires_in: 3600,
			});
			const basic = Buffer.from(`${stellr.clientId}:${stellr.clientSecret}`).toString('base64');
			expect(
				(await form({ grant_type: 'client_credentials' }, { authorization: `Basic ${basic}` }))
					.status,
			).toBe(200);
			expect(stellr.stats().tokenCalls).toBe(2);
			expect(stellr.log.every((e) => e.body === undefined)).toBe(true);
		});

		it('refuses a wrong secret (401 invalid_client), another grant (400) and a GET (405)', async () => {
			const wrong = await form({
				grant_type: 'client_credentials',
				client_id: stellr.clientId,
				client_secret: 'nope',
			});
			expect(wrong.status).toBe(401);
			expect(await wrong.json()).toEqual({
				error: 'invalid_client',
				error_description: 'Client authentication failed.',
			});
			const grant = await form({
				grant_type: 'password',
				client_id: stellr.clientId,
				client_secret: stellr.clientSecret,
			});
			expect(grant.status).toBe(400);
			expect(((await grant.json()) as Loose).error).toBe('unsupported_grant_type');
			expect((await fetch(stellr.tokenUrl)).status).toBe(405);
		});

		it('refuses a client that is not active yet (new credentials take up to 10 minutes)', async () => {
			const later = stellr.issueClient(60_000);
			const r = await form({
				grant_type: 'client_credentials',
				client_id: later.clientId,
				client_secret: later.clientSecret,
			});
			expect(r.status).toBe(401);
		});
	});

	describe('API authentication', () => {
		it('answers 401 without a token, with an unknown one and with an expired one', async () => {
			const none = await fetch(`${stellr.url}/api/v1/cloud/vendors`);
			expect(none.status).toBe(401);
			expect(none.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
			expect((await api(stellr, 'not-a-token', 'GET', '/api/v1/cloud/vendors')).body).toMatchObject(
				{ code: 'UNAUTHORIZED', message: 'The access token is not valid' },
			);
			stellr.setTokenTtlSeconds(0);
			const expired = await stellrToken(stellr);
			stellr.setTokenTtlSeconds(3600);
			expect((await api(stellr, expired, 'GET', '/api/v1/cloud/vendors')).body.message).toBe(
				'The access token has expired',
			);
		});

		it('revokeAccessTokens makes every issued token fail', async () => {
			const t = await stellrToken(stellr);
			stellr.revokeAccessTokens();
			expect((await api(stellr, t, 'GET', '/api/v1/cloud/vendors')).status).toBe(401);
			token = await stellrToken(stellr);
			expect((await get('/api/v1/cloud/vendors')).status).toBe(200);
		});

		it('answers 404 for an unknown path and 405 for a known path with another method', async () => {
			expect((await get('/api/v1/cloud/nothing')).body).toMatchObject({
				code: 'RESOURCE_NOT_FOUND',
			});
			const r = await api(stellr, token, 'DELETE', '/api/v1/cloud/customers');
			expect(r.status).toBe(405);
			expect(r.headers.get('allow')).toBe('GET, POST');
		});
	});

	it('serves exactly the 35 endpoints of the notes (the 36th action, API Request, uses any of them)', () => {
		expect([...stellr.routes].sort()).toEqual([...NOTES_ROUTES].sort());
	});

	describe('every endpoint answers with the wrapper', () => {
		it('the list endpoints answer {requestId, data: {total, records}}', async () => {
			const c = customers()[0];
			const google = customers().find((x) =>
				stellr.store.vendorAccount(x.customerNo, 'Google'),
			) as { customerNo: string };
			const ms = activeSub((s) => s.vendorId === 'Microsoft');
			const primary = [...stellr.store.products.values()].find(
				(p) => p.productName === 'Microsoft 365 Business Premium',
			) as { productId: string };
			const lists = [
				'/api/v1/cloud/customers',
				'/api/v1/cloud/consumption/azure/summary',
				'/api/v1/cloud/invoices',
				`/api/v1/cloud/invoice/report?billingPeriod=${[...stellr.store.invoices.values()][0].billingPeriod}`,
				'/api/v2/vendors/Microsoft/cloud/products',
				`/api/v1/cloud/products/${primary.productId}/related`,
				`/api/v1/vendors/Google/cloud/products/transferable?customerNo=${google.customerNo}`,
				`/api/v1/customers/${ms.customerNo}/vendors/Microsoft/subscribed/products`,
				`/api/v1/customers/${c.customerNo}/subscriptions`,
				subPath(ms, '/transition/products'),
				'/api/v1/cloud/vendors',
				'/api/v1/cloud/vendors/account',
			];
			for (const path of lists) {
				const r = await get(path);
				expect({ path, status: r.status }).toEqual({ path, status: 200 });
				expect(r.body).toEqual({
					requestId: expect.any(String),
					data: { total: expect.any(Number), records: expect.any(Array) },
				});
				expect({ path, nonEmpty: r.body.data.records.length > 0 }).toEqual({
					path,
					nonEmpty: true,
				});
			}
		});

		it('the single-record endpoints answer {requestId, data: {...}}', async () => {
			const c = customers()[0];
			const product = [...stellr.store.products.values()][0];
			const ms = activeSub((s) => s.vendorId === 'Microsoft');
			const singles: Array<[string, Loose]> = [
				[
					`/api/v1/cloud/customers/${c.customerNo}`,
					{ customerNo: c.customerNo, customerName: c.customerName },
				],
				[
					`/api/v1/customers/${c.customerNo}/agreements/MCA`,
					{ customerNo: c.customerNo, agreementType: 'MCA', accepted: true },
				],
				[
					`/api/v1/cloud/products/${product.productId}`,
					{ productId: product.productId, skuNo: product.skuNo },
				],
				[`/api/v1/cloud/products/skuNo/${product.skuNo}`, { productId: product.productId }],
				[subPath(ms), { subscriptionId: ms.subscriptionId, quantity: ms.quantity }],
				[
					subPath(ms, '/renew/options'),
					{
						subscriptionId: ms.subscriptionId,
						autoRenew: ms.autoRenew,
						options: expect.any(Array),
					},
				],
			];
			for (const [path, data] of singles) {
				const r = await get(path);
				expect(r.status).toBe(200);
				expect(r.body).toEqual({
					requestId: expect.any(String),
					data: expect.objectContaining(data),
				});
			}
			expect(
				(await get(`/api/v1/cloud/products/${product.productId}`)).body.data.family,
			).toBeUndefined();
		});

		it('the synchronous writes (customer, agreement, vendor account, vendor check, renew setting) answer 200 with the record', async () => {
			const created = await post('/api/v1/cloud/customers', {
				customerName: 'Oakridge Dental',
				email: 'it@oakridge.example',
				address: {
					line1: '1 Elm St',
					city: 'Austin',
					state: 'TX',
					postalCode: '78701',
					country: 'us',
				},
			});
			expect(created.status).toBe(200);
			const customerNo = created.body.data.customerNo as string;
			expect(created.body.data).toMatchObject({
				customerName: 'Oakridge Dental',
				status: 'ACTIVE',
				address: { country: 'US' },
			});
			expect((await get(`/api/v1/cloud/customers/${customerNo}`)).body.data.email).toBe(
				'it@oakridge.example',
			);
			const mca = await post(`/api/v1/customers/${customerNo}/agreements/mca`, {
				firstName: 'Ana',
				lastName: 'Diaz',
				email: 'ana@oakridge.example',
			});
			expect(mca.body.data).toMatchObject({
				agreementType: 'MCA',
				accepted: true,
				firstName: 'Ana',
			});
			const check = await post('/api/v1/cloud/vendors/Microsoft/check/domain', {
				domain: 'oakridgedental',
			});
			expect(check.body.data).toEqual({
				vendorId: 'Microsoft',
				checkType: 'domain',
				domain: 'oakridgedental.onmicrosoft.com',
				available: true,
			});
			const account = await post('/api/v1/cloud/vendors/account', {
				customerNo,
				vendorId: 'Microsoft',
				domain: 'oakridgedental',
			});
			expect(account.body.data).toMatchObject({
				customerNo,
				vendorId: 'Microsoft',
				domain: 'oakridgedental.onmicrosoft.com',
				status: 'ACTIVE',
			});
			expect(
				(await post('/api/v1/cloud/vendors/Microsoft/check/domain', { domain: 'oakridgedental' }))
					.body.data.available,
			).toBe(false);
			const ms = activeSub((s) => s.vendorId === 'Microsoft');
			const renew = await api(stellr, token, 'PUT', subPath(ms, '/renew/setting'), {
				autoRenew: false,
				renewalQuantity: 3,
			});
			expect(renew.body.data).toMatchObject({
				subscriptionId: ms.subscriptionId,
				autoRenew: false,
				renewalQuantity: 3,
			});
			expect(stellr.store.subscriptions.get(ms.subscriptionId)?.autoRenew).toBe(false);
		});
	});

	describe('paging: pageNo + pageSize, largest page 200', () => {
		it('pages through the records in order, 20 per page by default', async () => {
			const all = customers().map((c) => c.customerNo);
			const first = await get('/api/v1/cloud/customers?pageNo=1&pageSize=5');
			const second = await get('/api/v1/cloud/customers?pageNo=2&pageSize=5');
			expect(first.body.data.total).toBe(all.length);
			expect(
				[...first.body.data.records, ...second.body.data.records].map((c: Loose) => c.customerNo),
			).toEqual(all.slice(0, 10));
			expect((await get('/api/v1/cloud/customers')).body.data.records).toHaveLength(
				Math.min(20, all.length),
			);
			expect((await get('/api/v1/cloud/customers?pageNo=99&pageSize=5')).body.data).toEqual({
				total: all.length,
				records: [],
			});
			expect((await get('/api/v1/cloud/customers?pageSize=200')).status).toBe(200);
		});

		it('refuses a page size above 200 or a page number that is not a positive number, naming the field', async () => {
			expect((await get('/api/v1/cloud/customers?pageSize=201')).body).toMatchObject({
				code: 'INVALID_PARAMETER',
				errors: [{ field: 'pageSize' }],
			});
			expect((await get('/api/v1/cloud/customers?pageNo=0')).body.errors).toEqual([
				{ field: 'pageNo', message: 'must be between 1 and 9007199254740991, got 0' },
			]);
			expect((await get('/api/v1/cloud/customers?pageNo=abc')).status).toBe(400);
		});

		it('has a bench seed with thousands of records', async () => {
			const big = await startStellrEmulator({ seed: 'bench' });
			try {
				expect(big.store.customers.size).toBe(2_000);
				expect(big.store.subscriptions.size).toBeGreaterThan(4_000);
				const empty = await startStellrEmulator({ seed: 'empty' });
				expect(empty.store.customers.size).toBe(0);
				expect(empty.store.products.size).toBeGreaterThan(20);
				await empty.close();
			} finally {
				await big.close();
			}
		});
	});

	describe('async writes: an operation to poll', () => {
		async function poll(operationId: string): Promise<Loose> {
			return (await get(`/api/v1/subscriptions/operations/${operationId}`)).body.data as Loose;
		}

		it('a seat change takes the resulting total; it happens when the operation completes (2nd poll)', async () => {
			const sub = activeSub((s) => s.vendorId === 'Microsoft');
			const before = sub.quantity;
			const r = await post(subPath(sub, '/changeSeats'), { quantity: before + 7 });
			expect(r.status).toBe(202);
			expect(r.body.data).toEqual({
				operationId: expect.any(String),
				operationType: 'CHANGE_SEATS',
				status: 'PENDING',
				customerNo: sub.customerNo,
				subscriptionId: sub.subscriptionId,
			});
			expect(stellr.store.subscriptions.get(sub.subscriptionId)?.quantity).toBe(before);
			expect(await poll(r.body.data.operationId)).toMatchObject({
				status: 'IN_PROGRESS',
				result: null,
			});
			const done = await poll(r.body.data.operationId);
			expect(done).toMatchObject({
				status: 'COMPLETED',
				result: { subscriptionId: sub.subscriptionId, quantity: before + 7 },
				completedDate: expect.any(String),
			});
			expect(stellr.store.subscriptions.get(sub.subscriptionId)?.quantity).toBe(before + 7);
		});

		it('completes by time when set so, and on demand through completeOperations()', async () => {
			// 1,000 polls would take long: only the 80 ms can finish it on the first poll
			stellr.setOperationTiming({ polls: 1000, ms: 80 });
			const sub = activeSub((s) => s.vendorId === 'Microsoft');
			const r = await post(subPath(sub, '/changeSeats'), { quantity: sub.quantity + 1 });
			await sleep(100);
			expect((await poll(r.body.data.operationId)).status).toBe('COMPLETED');
			stellr.setOperationTiming({ polls: 100 });
			const r2 = await post(subPath(sub, '/suspend'));
			expect(stellr.pendingOperations).toBe(1);
			expect(stellr.completeOperations()).toBe(1);
			expect((await poll(r2.body.data.operationId)).status).toBe('COMPLETED');
			expect(stellr.store.subscriptions.get(sub.subscriptionId)?.status).toBe('SUSPENDED');
			await post(subPath(sub, '/activate'));
			stellr.completeOperations();
			expect(stellr.store.subscriptions.get(sub.subscriptionId)?.status).toBe('ACTIVE');
		});

		it('answers 404 for an unknown operation', async () => {
			expect(
				(await get('/api/v1/subscriptions/operations/00000000-0000-4000-a000-000000000000')).status,
			).toBe(404);
		});

		it('covers create, add-on, upgrade, downgrade, change plan, cancel, reactivate and transfer', async () => {
			stellr.setOperationTiming({ polls: 1 });
			const first = customers()[0];
			const basic = [...stellr.store.products.values()].find(
				(p) =>
					p.productName === 'Microsoft 365 Business Basic' &&
					p.billingTerm === 'ANNUAL' &&
					p.billingFrequency === 'MONTHLY',
			) as Loose;
			const created = await post(`/api/v1/customers/${first.customerNo}/subscriptions`, {
				items: [{ productId: basic.productId, quantity: 3 }],
			});
			const made = await poll(created.body.data.operationId);
			expect(made).toMatchObject({
				status: 'COMPLETED',
				operationType: 'CREATE',
				result: [{ productId: basic.productId, quantity: 3, status: 'ACTIVE' }],
			});
			const newSub = made.result[0] as Subscription;

			const transitions = (await get(subPath(newSub, '/transition/products'))).body.data
				.records as Loose[];
			expect(transitions.every((p) => p.transitionType === 'UPGRADE')).toBe(true);
			const up = await post(subPath(newSub, '/upgrade'), {
				targetProductId: transitions[0].productId,
			});
			expect((await poll(up.body.data.operationId)).result).toMatchObject({
				productId: transitions[0].productId,
				quantity: 3,
			});
			const down = await post(subPath(newSub, '/downgrade'), { targetProductId: basic.productId });
			expect((await poll(down.body.data.operationId)).result).toMatchObject({
				productId: basic.productId,
			});

			const addOns = (await get(`/api/v1/cloud/products/${basic.productId}/related`)).body.data
				.records as Loose[];
			const addOn = await post(subPath(newSub, '/addOn'), {
				productId: addOns[0].productId,
				quantity: 2,
			});
			expect((await poll(addOn.body.data.operationId)).result).toMatchObject({
				parentSubscriptionId: newSub.subscriptionId,
				quantity: 2,
			});

			const plan = await post(subPath(newSub, '/changePlan'), { billingFrequency: 'ANNUAL' });
			expect((await poll(plan.body.data.operationId)).result).toMatchObject({
				billingTerm: 'ANNUAL',
				billingFrequency: 'ANNUAL',
			});

			const cancel = await post(subPath(newSub, '/cancel'), { reason: 'test' });
			expect((await poll(cancel.body.data.operationId)).result).toMatchObject({
				status: 'CANCELLED',
				autoRenew: false,
			});
			expect(subs().find((s) => s.parentSubscriptionId === newSub.subscriptionId)?.status).toBe(
				'CANCELLED',
			);
			const back = await post(subPath(newSub, '/reactive'));
			expect((await poll(back.body.data.operationId)).result).toMatchObject({ status: 'ACTIVE' });

			const google = customers().find((x) =>
				stellr.store.vendorAccount(x.customerNo, 'Google'),
			) as Loose;
			const account = stellr.store.vendorAccount(google.customerNo, 'Google') as Loose;
			const wrongToken = await post(
				`/api/v1/customers/${google.customerNo}/subscriptions/transfer`,
				{ transferToken: 'T-WRONG' },
			);
			expect(await poll(wrongToken.body.data.operationId)).toMatchObject({
				status: 'FAILED',
				error: { code: 'INVALID_TRANSFER_TOKEN' },
			});
			const transfer = await post(`/api/v1/customers/${google.customerNo}/subscriptions/transfer`, {
				transferToken: account.transferToken,
			});
			expect(await poll(transfer.body.data.operationId)).toMatchObject({
				status: 'COMPLETED',
				result: [{ vendorId: 'Google', status: 'ACTIVE' }],
			});
			expect(
				(
					await get(
						`/api/v1/vendors/Google/cloud/products/transferable?customerNo=${google.customerNo}`,
					)
				).body.data.total,
			).toBe(0);
		});
	});

	describe('a 200 that carries a nested failure', () => {
		const failed = (r: { status: number; body: Loose }, errorCode: string) => {
			expect(r.status).toBe(200);
			expect(r.body).toEqual({
				requestId: expect.any(String),
				data: expect.objectContaining({
					status: 'FAILED',
					errorCode,
					errorMessage: expect.any(String),
				}),
			});
		};

		it('fewer Microsoft seats or a cancellation after the first 7 days of the term', async () => {
			const old = activeSub(
				(s) =>
					s.vendorId === 'Microsoft' &&
					Date.now() - Date.parse(s.startDate) > MICROSOFT_CHANGE_WINDOW_MS,
			);
			failed(
				await post(subPath(old, '/changeSeats'), { quantity: old.quantity - 1 }),
				'SEAT_DECREASE_NOT_ALLOWED',
			);
			failed(await post(subPath(old, '/cancel')), 'CANCELLATION_WINDOW_EXPIRED');
			expect(
				(await post(subPath(old, '/changeSeats'), { quantity: old.quantity + 1 })).status,
			).toBe(202);
			// inside the window (tests move the term start with store.patch)
			stellr.store.patch('subscriptions', old.subscriptionId, {
				startDate: new Date(Date.now() - 2 * DAY).toISOString(),
			});
			expect((await post(subPath(old, '/changeSeats'), { quantity: 1 })).status).toBe(202);
		});

		it('a purchase without the accepted Microsoft agreement, without a vendor account, or two Google items at once', async () => {
			const noMca = customers()[NO_MCA_CUSTOMER_INDEX];
			const basic = [...stellr.store.products.values()].find(
				(p) => p.productName === 'Microsoft 365 Business Basic',
			) as Loose;
			failed(
				await post(`/api/v1/customers/${noMca.customerNo}/subscriptions`, {
					items: [{ productId: basic.productId, quantity: 1 }],
				}),
				'AGREEMENT_NOT_ACCEPTED',
			);
			const noGoogle = customers().find(
				(c) => !stellr.store.vendorAccount(c.customerNo, 'Google'),
			) as Loose;
			const starter = [...stellr.store.products.values()].filter((p) =>
				p.productName.startsWith('Google Workspace Business'),
			);
			failed(
				await post(`/api/v1/customers/${noGoogle.customerNo}/subscriptions`, {
					items: [{ productId: starter[0].productId, quantity: 1 }],
				}),
				'VENDOR_ACCOUNT_REQUIRED',
			);
			const google = customers().find((c) =>
				stellr.store.vendorAccount(c.customerNo, 'Google'),
			) as Loose;
			failed(
				await post(`/api/v1/customers/${google.customerNo}/subscriptions`, {
					items: [
						{ productId: starter[0].productId, quantity: 1 },
						{ productId: starter[1].productId, quantity: 1 },
					],
				}),
				'MULTIPLE_SUBSCRIPTIONS_NOT_ALLOWED',
			);
		});
	});

	describe('bad input: 400 naming the field, 404 for unknown ids, 409 for the wrong state', () => {
		it('names the field', async () => {
			const sub = activeSub();
			const cases: Array<[string, string, unknown, string]> = [
				['POST', subPath(sub, '/changeSeats'), { quantity: 0 }, 'quantity'],
				['POST', subPath(sub, '/changeSeats'), { quantity: 'ten' }, 'quantity'],
				['POST', subPath(sub, '/changeSeats'), {}, 'quantity'],
				['POST', `/api/v1/customers/${sub.customerNo}/subscriptions`, {}, 'items'],
				[
					'POST',
					`/api/v1/customers/${sub.customerNo}/subscriptions`,
					{ items: [{ productId: '1', quantity: 1 }] },
					'items[0].productId',
				],
				[
					'POST',
					'/api/v1/cloud/customers',
					{
						customerName: 'X',
						email: 'x@y.example',
						address: { line1: 'a', state: 'TX', postalCode: '1', country: 'US' },
					},
					'address.city',
				],
				[
					'POST',
					'/api/v1/cloud/customers',
					{ customerName: 'X', email: 'not-an-email', address: {} },
					'email',
				],
				['PUT', subPath(sub, '/renew/setting'), { renewalQuantity: 2 }, 'autoRenew'],
				['POST', subPath(sub, '/upgrade'), { targetProductId: sub.productId }, 'targetProductId'],
				['POST', subPath(sub, '/changePlan'), { billingTerm: 'WEEKLY' }, 'billingTerm'],
				['POST', `/api/v1/customers/${sub.customerNo}/agreements/NDA`, {}, 'agreementType'],
				['GET', '/api/v1/cloud/invoice/report', undefined, 'invoiceNo'],
				['GET', '/api/v1/cloud/invoices?startDate=yesterday', undefined, 'startDate'],
				['GET', '/api/v1/vendors/Google/cloud/products/transferable', undefined, 'customerNo'],
				['POST', '/api/v1/cloud/vendors/Microsoft/check/color', { domain: 'x' }, 'checkType'],
			];
			for (const [method, path, body, field] of cases) {
				const r = await api(stellr, token, method, path, body);
				expect({ path, body, status: r.status, field: r.body.errors?.[0]?.field }).toEqual({
					path,
					body,
					status: 400,
					field,
				});
				expect(r.body.message).toMatch(new RegExp(`^${field.replace(/[[\]]/g, '\\$&')}: `));
			}
			expect(
				(await api(stellr, token, 'POST', subPath(sub, '/changeSeats'), '{not json')).body.message,
			).toBe('body: is not valid JSON');
		});

		it('answers 404 for unknown customers, subscriptions, products and vendors, 403 for a vendor not authorized', async () => {
			const sub = activeSub();
			expect((await get('/api/v1/cloud/customers/999')).body).toMatchObject({
				code: 'RESOURCE_NOT_FOUND',
				message: "customer '999' was not found",
			});
			expect((await get(`/api/v1/customers/${sub.customerNo}/subscriptions/1`)).status).toBe(404);
			const other = customers().find((c) => c.customerNo !== sub.customerNo) as Loose;
			expect(
				(await get(`/api/v1/customers/${other.customerNo}/subscriptions/${sub.subscriptionId}`))
					.status,
			).toBe(404);
			expect((await get('/api/v1/cloud/products/skuNo/0')).status).toBe(404);
			expect((await get('/api/v2/vendors/Oracle/cloud/products')).status).toBe(404);
			expect((await get('/api/v2/vendors/Acronis/cloud/products')).body.code).toBe(
				'VENDOR_NOT_AUTHORIZED',
			);
		});

		it('answers 409 when the subscription is in the wrong state, and 409 for a duplicate customer e-mail', async () => {
			const cancelled = subs().find((s) => s.status === 'CANCELLED') as Subscription;
			const r = await post(subPath(cancelled, '/changeSeats'), { quantity: 2 });
			expect(r.status).toBe(409);
			expect(r.body).toMatchObject({
				code: 'INVALID_SUBSCRIPTION_STATUS',
				message: `subscription ${cancelled.subscriptionId} is CANCELLED; changeSeats needs ACTIVE`,
			});
			const c = customers()[1];
			expect(
				(
					await post('/api/v1/cloud/customers', {
						customerName: 'Dup',
						email: c.email.toUpperCase(),
						address: { line1: 'a', city: 'b', state: 'TX', postalCode: '1', country: 'US' },
					})
				).status,
			).toBe(409);
		});
	});

	describe('faults, request log and counters', () => {
		it('429 with Retry-After, 5xx, and a dropped connection before anything happened', async () => {
			stellr.setFaults([
				{ kind: '429', path: '/api/v1/cloud/vendors', count: 1, retryAfter: 2 },
				{ kind: '5xx', path: '/api/v1/cloud/customers', count: 1, status: 502 },
				{ kind: 'drop', path: '/api/v1/cloud/invoices', count: 1 },
			]);
			const limited = await get('/api/v1/cloud/vendors');
			expect(limited.status).toBe(429);
			expect(limited.headers.get('retry-after')).toBe('2');
			expect(limited.body).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
			expect((await get('/api/v1/cloud/vendors')).status).toBe(200);
			expect((await get('/api/v1/cloud/customers')).status).toBe(502);
			await expect(get('/api/v1/cloud/invoices')).rejects.toThrow();
			expect(stellr.stats().byStatus).toMatchObject({ '429': 1, '502': 1, '0': 1, '200': 1 });
			expect(stellr.log.map((e) => e.fault)).toEqual(['429', undefined, '502', 'drop']);
		});

		it('latency: a latency rule and the latencyMs option delay the answer (lower bound only)', async () => {
			stellr.setFaults([{ kind: 'latency', ms: 60, path: '/api/v1/cloud/vendors', count: 1 }]);
			await get('/api/v1/cloud/vendors');
			expect(stellr.log[0].ms).toBeGreaterThanOrEqual(60);
			const slow = await startStellrEmulator({ seed: 'empty', latencyMs: 40 });
			try {
				const started = Date.now();
				await api(slow, await stellrToken(slow), 'GET', '/api/v1/cloud/vendors');
				expect(Date.now() - started).toBeGreaterThanOrEqual(80);
			} finally {
				await slow.close();
			}
		});

		it("'after' faults: the seat change is accepted, then the answer is a 503 or a dropped connection", async () => {
			const sub = activeSub((s) => s.vendorId === 'Microsoft');
			stellr.setFaults([
				{ kind: '5xx', when: 'after', path: '/changeSeats', count: 1 },
				{ kind: 'drop', when: 'after', path: '/suspend', count: 1 },
			]);
			const pendingBefore = stellr.pendingOperations;
			expect(
				(await post(subPath(sub, '/changeSeats'), { quantity: sub.quantity + 2 })).status,
			).toBe(503);
			await expect(post(subPath(sub, '/suspend'))).rejects.toThrow();
			expect(stellr.pendingOperations).toBe(pendingBefore + 2);
			stellr.completeOperations();
			expect(stellr.store.subscriptions.get(sub.subscriptionId)).toMatchObject({
				quantity: sub.quantity,
				status: 'SUSPENDED',
			});
			expect(() => stellr.setFaults([{ kind: '429', when: 'after' }])).toThrow(
				/cannot come 'after'/,
			);
			await post(subPath(sub, '/activate'));
			stellr.completeOperations();
		});

		it('logs method, route template, query, status and body, and counts by route and status', async () => {
			const sub = activeSub();
			await get(`/api/v1/customers/${sub.customerNo}/subscriptions?status=ACTIVE&pageSize=2`);
			await post(subPath(sub, '/changeSeats'), { quantity: sub.quantity });
			expect(
				stellr.log.map(({ method, route, status, query, body }) => ({
					method,
					route,
					status,
					query,
					body,
				})),
			).toEqual([
				{
					method: 'GET',
					route: 'GET /api/v1/customers/{customerNo}/subscriptions',
					status: 200,
					query: { status: 'ACTIVE', pageSize: '2' },
					body: undefined,
				},
				{
					method: 'POST',
					route: 'POST /api/v1/customers/{customerNo}/subscriptions/{subscriptionId}/changeSeats',
					status: 202,
					query: {},
					body: { quantity: sub.quantity },
				},
			]);
			expect(stellr.stats()).toMatchObject({
				total: 2,
				tokenCalls: 0,
				byStatus: { '200': 1, '202': 1 },
			});
			stellr.reset();
			expect(stellr.stats().total).toBe(0);
			expect(stellr.log).toHaveLength(0);
		});
	});

	describe('seed data', () => {
		it('looks like a reseller: Microsoft and Google customers, SKUs, agreements, invoices with lines, Azure consumption, subscribed users', async () => {
			const fresh = await startStellrEmulator({ seed: 'demo' });
			try {
				const store = fresh.store;
				expect([...store.vendors.keys()]).toEqual(expect.arrayContaining(['Microsoft', 'Google']));
				const products = [...store.products.values()];
				expect(
					products.every((p) => /^\d{7}$/.test(p.skuNo) && p.mfgPartNo && p.unitPrice >= 0),
				).toBe(true);
				expect(new Set(products.map((p) => p.skuNo)).size).toBe(products.length);
				const all = [...store.customers.values()];
				expect(all).toHaveLength(12);
				expect(
					all.every((c) =>
						[...store.vendorAccounts.values()].some((a) => a.customerNo === c.customerNo),
					),
				).toBe(true);
				expect(
					all.filter((c) => store.vendorAccount(c.customerNo, 'Google')).length,
				).toBeGreaterThan(0);
				expect(
					store.agreements.get(store.agreementKey(all[NO_MCA_CUSTOMER_INDEX].customerNo, 'MCA'))
						?.accepted,
				).toBe(false);
				const invoice = [...store.invoices.values()][0];
				expect(invoice.lines.length).toBeGreaterThan(0);
				expect(invoice.total).toBeCloseTo(invoice.subtotal + invoice.tax, 2);
				expect(store.consumption.length).toBeGreaterThan(0);
				expect(store.subscribedUsers.length).toBeGreaterThan(0);
				expect(new Set([...store.subscriptions.values()].map((s) => s.status))).toEqual(
					new Set(['ACTIVE', 'SUSPENDED', 'CANCELLED']),
				);
			} finally {
				await fresh.close();
			}
			// the transfer token is a customer's secret with Google: never listed
			expect(
				JSON.stringify((await get('/api/v1/cloud/vendors/account?vendorId=Google')).body),
			).not.toMatch(/transferToken/);
		});

		it('is the same for the same random seed', async () => {
			const [a, b] = await Promise.all([
				startStellrEmulator({ seed: 'demo' }),
				startStellrEmulator({ seed: 'demo' }),
			]);
			const strip = (s: Subscription) => ({
				id: s.subscriptionId,
				customer: s.customerNo,
				product: s.productId,
				quantity: s.quantity,
				status: s.status,
			});
			expect([...a.store.subscriptions.values()].map(strip)).toEqual(
				[...b.store.subscriptions.values()].map(strip),
			);
			expect(a.store.subscriptions.size).toBeGreaterThan(20);
			await Promise.all([a.close(), b.close()]);
		});
	});
});
