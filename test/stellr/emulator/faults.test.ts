// The Stellr emulator's faults (before and after the change), request log and counters.
import { startStellrEmulator, type StellrEmulator } from '../../../emulator/stellr';
import { api, stellrToken } from '../helpers';
import { useStellr } from './setup';

describe('Stellr emulator', () => {
	const session = useStellr();
	const { get, post, subPath, activeSub } = session;
	let stellr: StellrEmulator;
	beforeAll(() => {
		stellr = session.stellr;
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
});
