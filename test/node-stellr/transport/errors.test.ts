// What the Stellr node reports: a token Stellr keeps refusing, errors without secrets, and an
// answer in an unknown shape.
import { reportedErrors } from '../../harness';
import {
	SECRET_LIKE,
	dataRequests,
	fastRetry,
	rl,
	setup,
	visibleTexts,
	type StellrCtx,
} from '../helpers';

let t: StellrCtx;
afterEach(async () => {
	await t?.stellr.close();
});

describe('errors', () => {
	test('a token refused again after renewal: says to check Region and Environment; no secret anywhere', async () => {
		t = await setup();
		t.stellr.setTokenTtlSeconds(0); // every token is expired when issued: Stellr answers 401
		reportedErrors.length = 0;
		const r = await t.run({ resource: 'customer', operation: 'get', customerNo: rl('7100001') });
		expect(r.error?.message).toBe(
			'StreamOne Stellr refused the access token: check Region and Environment against the client credentials',
		);
		expect((r.error as { description?: string }).description).toMatch(
			/Sandbox and production have separate client credentials/,
		);
		expect(dataRequests(t.stellr).map((e) => e.status)).toEqual([401, 401]);
		for (const text of visibleTexts(r)) {
			expect(text).not.toContain(t.stellr.clientSecret);
			expect(text).not.toMatch(SECRET_LIKE);
		}
	});

	test('a revoked token is replaced once and the request resent: the run succeeds', async () => {
		t = await setup();
		await t.run({ resource: 'vendor', operation: 'getAll', limit: 1 });
		t.stellr.revokeAccessTokens();
		t.stellr.reset();
		const r = await t.run({ resource: 'vendor', operation: 'getAll', limit: 1 });
		expect(r.error).toBeUndefined();
		expect(dataRequests(t.stellr).map((e) => e.status)).toEqual([401, 200]);
		expect(t.stellr.stats().tokenCalls).toBe(1);
	});

	test('Stellr unreachable after the retries: the error says how often it tried', async () => {
		t = await setup();
		t.stellr.setFaults([{ kind: '5xx', status: 503, path: '/api/' }]);
		const r = await t.run({
			resource: 'vendor',
			operation: 'getAll',
			limit: 1,
			retrySettings: { ...fastRetry, maxAttempts: 3 },
		});
		expect(r.error?.message).toMatch(
			/^StreamOne Stellr had an internal problem and could not answer/,
		);
		expect((r.error as { description?: string }).description).toMatch(
			/Gave up after 3 attempts: HTTP 503 each time\./,
		);
		expect(dataRequests(t.stellr)).toHaveLength(3);
	});
});
