// Subscription > Set Auto-Renew against the emulator through n8n-core.
import { dataRequests, rl } from '../helpers';
import { describeLifecycle } from './lifecycleCases';

describe('Subscription > Set Auto-Renew: off', () => {
	describeLifecycle({
		operation: 'setAutoRenew',
		parameters: { autoRenew: false },
		pick: (subs) => subs.find((s) => s.subscriptionStatus === 'ACTIVE' && s.autoRenew),
		attribute: { name: 'renewalSetting', value: 'auto-off' },
		after: {
			autoRenew: false,
			subscriptionRenewStatus: 'AUTO_RENEW_OFF',
			subscriptionStatus: 'ACTIVE',
		},
		what: 'auto-renew order',
	});
});

describe('Subscription > Set Auto-Renew: on', () => {
	const { ctx } = describeLifecycle({
		operation: 'setAutoRenew',
		parameters: { autoRenew: true },
		pick: (subs) => subs.find((s) => s.subscriptionStatus === 'ACTIVE' && !s.autoRenew),
		attribute: { name: 'renewalSetting', value: 'auto-on' },
		after: { autoRenew: true, subscriptionRenewStatus: 'AUTO_RENEW_ON' },
		what: 'auto-renew order',
	});

	test('several input items: one order each, paired with its item, each with its own setting', async () => {
		const t = ctx();
		const [a, b] = [...t.ion.store.subscriptions.values()]
			.filter((s) => s.subscriptionStatus === 'ACTIVE')
			.slice(-2);
		const r = await t.run(
			{
				resource: 'subscription',
				operation: 'setAutoRenew',
				customerId: rl('={{ $json.customerId }}'),
				subscriptionId: '={{ $json.id }}',
				autoRenew: '={{ $json.renew }}',
			},
			{
				items: [
					{ json: { customerId: a.customerId, id: a.id, renew: true } },
					{ json: { customerId: b.customerId, id: b.id, renew: false } },
				],
			},
		);
		expect(r.error).toBeUndefined();
		expect(r.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(t.ion.store.subscriptions.get(a.id)?.autoRenew).toBe(true);
		expect(t.ion.store.subscriptions.get(b.id)?.autoRenew).toBe(false);
		expect(dataRequests(t.ion).filter((x) => x.method === 'POST')).toHaveLength(2);
	});
});
