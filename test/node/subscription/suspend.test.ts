// Subscription > Suspend against the emulator through n8n-core.
import { dataRequests, rl } from '../helpers';
import { describeLifecycle } from './lifecycleCases';

describe('Subscription > Suspend', () => {
	const { ctx } = describeLifecycle({
		operation: 'suspend',
		pick: (subs) => subs.find((s) => s.subscriptionStatus === 'ACTIVE'),
		attribute: { name: 'statusUpdate', value: 'suspended' },
		after: { subscriptionStatus: 'SUSPENDED' },
		what: 'suspension order',
	});

	test('Ion refuses to suspend a subscription that is not active; the refusal is reported, not retried', async () => {
		const t = ctx();
		const sub = [...t.ion.store.subscriptions.values()].find(
			(s) => s.subscriptionStatus === 'PENDING',
		);
		if (!sub) throw new Error('no PENDING subscription in the seed');
		const r = await t.run({
			resource: 'subscription',
			operation: 'suspend',
			customerId: rl(sub.customerId),
			subscriptionId: sub.id,
		});
		expect(r.error?.message).toMatch(/Ion rejected the request as invalid/);
		expect(r.error?.description).toMatch(
			/COMM-VL-009: .* is PENDING; 'statusUpdate: suspended' needs it to be ACTIVE/,
		);
		expect(dataRequests(t.ion).map((x) => `${x.method} ${x.status}`)).toEqual([
			'GET 200',
			'POST 400',
		]);
	});
});
