// Subscription > Update Renewal Setting: a PUT of absolute values, resent like a read after a 5xx.
import { dataRequests, fastRetry, findSubscription, pick, setup, type StellrCtx } from '../helpers';

let t: StellrCtx;
afterEach(async () => {
	await t?.stellr.close();
});

const SETTING = 'PUT /api/v1/customers/{customerNo}/subscriptions/{subscriptionId}/renew/setting';
const active = () =>
	findSubscription(
		t.stellr,
		(s) => s.status === 'ACTIVE' && s.autoRenew && s.vendorId === 'Microsoft',
	);

describe('Subscription > Update Renewal Setting', () => {
	test('turns auto-renew off with a renewal quantity from Additional Body Fields', async () => {
		t = await setup();
		const sub = active();
		const r = await t.run({
			resource: 'subscription',
			operation: 'updateRenewalSetting',
			...pick(sub),
			autoRenew: false,
			additionalBody: '{"renewalQuantity": 5}',
		});
		expect(r.error).toBeUndefined();
		expect(dataRequests(t.stellr, SETTING)[0].body).toEqual({
			renewalQuantity: 5,
			autoRenew: false,
		});
		expect(r.items[0].json).toMatchObject({
			subscriptionId: sub.subscriptionId,
			autoRenew: false,
			renewalQuantity: 5,
		});
		expect(sub.autoRenew).toBe(false);
	});

	test('a 503 is resent (a PUT replaces the setting): two requests, one result', async () => {
		t = await setup();
		const sub = active();
		t.stellr.setFaults([{ kind: '5xx', count: 1, path: '/renew/setting' }]);
		const r = await t.run({
			resource: 'subscription',
			operation: 'updateRenewalSetting',
			...pick(sub),
			autoRenew: false,
			retrySettings: fastRetry,
		});
		expect(r.error).toBeUndefined();
		expect(dataRequests(t.stellr, SETTING).map((e) => e.status)).toEqual([503, 200]);
		expect(sub.autoRenew).toBe(false);
	});

	test('a renewal quantity of 0 in Additional Body Fields is not checked by the node (it is no purchase); Stellr names the field', async () => {
		t = await setup();
		const r = await t.run({
			resource: 'subscription',
			operation: 'updateRenewalSetting',
			...pick(active()),
			autoRenew: true,
			additionalBody: '{"renewalQuantity": 0}',
		});
		expect(r.error?.message).toMatch(/\(field: renewalQuantity\)$/);
	});
});
