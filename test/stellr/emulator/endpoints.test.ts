// The Stellr emulator's endpoints: the wrapper on every list and record, synchronous writes, paging, seed data.
import {
	NO_MCA_CUSTOMER_INDEX,
	startStellrEmulator,
	type StellrEmulator,
	type Subscription,
} from '../../../emulator/stellr';
import { api, type Loose } from '../helpers';
import { useStellr } from './setup';

describe('Stellr emulator', () => {
	const session = useStellr();
	const { get, post, customers, subPath, activeSub } = session;
	let stellr: StellrEmulator;
	beforeAll(() => {
		stellr = session.stellr;
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
			const renew = await api(stellr, session.token, 'PUT', subPath(ms, '/renew/setting'), {
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
