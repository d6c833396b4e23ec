// The Stellr emulator's subscription writes: operations to poll, 200s carrying a failure, bad input.
import {
	MICROSOFT_CHANGE_WINDOW_MS,
	NO_MCA_CUSTOMER_INDEX,
	type StellrEmulator,
	type Subscription,
} from '../../../emulator/stellr';
import { api, sleep, type Loose } from '../helpers';
import { useStellr } from './setup';

const DAY = 86_400_000;

describe('Stellr emulator', () => {
	const session = useStellr();
	const { get, post, subs, customers, subPath, activeSub } = session;
	let stellr: StellrEmulator;
	beforeAll(() => {
		stellr = session.stellr;
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
				const r = await api(stellr, session.token, method, path, body);
				expect({ path, body, status: r.status, field: r.body.errors?.[0]?.field }).toEqual({
					path,
					body,
					status: 400,
					field,
				});
				expect(r.body.message).toMatch(new RegExp(`^${field.replace(/[[\]]/g, '\\$&')}: `));
			}
			expect(
				(await api(stellr, session.token, 'POST', subPath(sub, '/changeSeats'), '{not json')).body
					.message,
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
});
