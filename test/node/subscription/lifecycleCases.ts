// Shared cases of the subscription lifecycle operations (Set Auto-Renew, Suspend, Reactivate, Cancel):
// each is an UPDATE order built from the subscription as Ion holds it, and is never resent.
import type { INodeParameters } from 'n8n-workflow';

import type { Subscription } from '../../../emulator/types';
import { dataRequests, rl, setup, type Ctx } from '../helpers';

export interface LifecycleCase {
	operation: string;
	/** Extra parameters of the operation (e.g. autoRenew). */
	parameters?: INodeParameters;
	/** The subscription to change, from the emulator's store. */
	pick: (subs: Subscription[]) => Subscription | undefined;
	/** The lifecycle attribute sent next to `operations: updateSubscription`. */
	attribute: { name: string; value: string };
	/** What Ion holds afterwards. */
	after: Partial<Subscription>;
	/** "suspension order" etc., as in the outcome-unknown message. */
	what: string;
}

export function describeLifecycle(c: LifecycleCase): { ctx: () => Ctx } {
	let t: Ctx;
	beforeAll(async () => {
		// more subscriptions than the demo tenant: every case needs a fresh one in the right state
		t = await setup({ seed: { customers: 12, subscriptions: 150, products: 20, orders: 6 } });
	});
	afterAll(async () => {
		await t.ion.close();
	});
	beforeEach(() => {
		t.ion.setFaults([]);
		t.ion.reset();
	});

	/** A fresh subscription for each test: the cases change what Ion holds. */
	const used = new Set<string>();
	const next = (): Subscription => {
		const subs = [...t.ion.store.subscriptions.values()].filter(
			(s) => !used.has(s.id) && !t.ion.store.products.get(s.ccpProductId)?.disabled,
		);
		const sub = c.pick(subs);
		if (!sub) throw new Error(`no subscription left for ${c.operation} in the seed`);
		used.add(sub.id);
		return sub;
	};
	const run = (sub: Subscription, extra: INodeParameters = {}) =>
		t.run({
			resource: 'subscription',
			operation: c.operation,
			customerId: rl(sub.customerId),
			subscriptionId: sub.id,
			...c.parameters,
			retrySettings: { baseDelayMs: 1 },
			...extra,
		});

	test('reads the subscription, then places one UPDATE order with its product, SKU, plan, current seats and the lifecycle attributes', async () => {
		const sub = next();
		const seats = Number(sub.subscriptionTotalLicenses);
		const ordersBefore = t.ion.store.orders.size;
		const r = await run(sub, {
			lifecycleOptions: { referenceId: 'offboard-42', displayName: 'Offboarding' },
		});
		expect(r.error).toBeUndefined();
		expect(t.ion.store.orders.size).toBe(ordersBefore + 1);
		expect(t.ion.store.subscriptions.get(sub.id)).toMatchObject({
			...c.after,
			subscriptionTotalLicenses: String(seats),
		});
		expect(r.items).toHaveLength(1);
		expect(r.items[0].pairedItem).toEqual({ item: 0 });
		expect(r.items[0].json).toMatchObject({
			status: 'COMPLETED',
			referenceId: 'offboard-42',
			displayName: 'Offboarding',
		});

		const calls = dataRequests(t.ion);
		const account = `/api/v3/accounts/${t.ion.accountId}`;
		expect(calls.map((x) => `${x.method} ${x.path} ${x.status}`)).toEqual([
			`GET ${account}/customers/${sub.customerId}/subscriptions/${sub.id} 200`,
			`POST ${account}/customers/${sub.customerId}/orders 200`,
		]);
		expect(calls[1].body).toEqual({
			referenceId: 'offboard-42',
			displayName: 'Offboarding',
			orderItems: [
				{
					action: 'UPDATE',
					resourceId: sub.subscriptionId,
					productId: sub.ccpProductId,
					skuId: sub.ccpSkuId,
					planId: sub.ccpPlanId,
					quantity: seats,
					attributes: [{ name: 'operations', value: 'updateSubscription' }, c.attribute],
				},
			],
		});
	});

	test.each([
		['a 503', { kind: '5xx' as const }, 'answered HTTP 503'],
		['a dropped connection', { kind: 'drop' as const }, 'did not answer'],
	])(
		'after %s the order is not resent: the outcome is unknown and the error says how to check',
		async (_name, fault, answer) => {
			const sub = next();
			const before = { ...(t.ion.store.subscriptions.get(sub.id) as Subscription) };
			t.ion.setFaults([{ ...fault, method: 'POST', path: '/orders' }]);
			const r = await run(sub);
			expect(r.error?.message).toContain(`The outcome of the ${c.what} is unknown: Ion ${answer}`);
			expect(r.error?.description).toMatch(/Order > Get Many for Customer and look for the order.s Reference ID/);
			expect(dataRequests(t.ion).map((x) => `${x.method} ${x.status}`)).toEqual([
				'GET 200',
				fault.kind === 'drop' ? 'POST 0' : 'POST 503',
			]);
			// the fault answered instead of Ion: nothing changed
			expect(t.ion.store.subscriptions.get(sub.id)).toMatchObject({
				subscriptionStatus: before.subscriptionStatus,
				autoRenew: before.autoRenew,
			});
		},
	);

	test('the subscription read is retried after a 503; only then is the order sent', async () => {
		const sub = next();
		t.ion.setFaults([{ kind: '5xx', method: 'GET', path: '/subscriptions/', count: 1 }]);
		const r = await run(sub);
		expect(r.error).toBeUndefined();
		expect(dataRequests(t.ion).map((x) => `${x.method} ${x.status}`)).toEqual([
			'GET 503',
			'GET 200',
			'POST 200',
		]);
	});

	test.each([
		[
			'a subscription ID that is not a number',
			{ subscriptionId: '={{ "abc" }}' },
			/Subscription must be a number/,
		],
		['- as the customer', { customerId: rl('-') }, /Customer must be a number, got -/],
	])('refuses %s before any request', async (_name, extra, message) => {
		const sub = next();
		const r = await run(sub, extra as INodeParameters);
		expect(r.error?.message).toMatch(message);
		expect(dataRequests(t.ion)).toHaveLength(0);
	});

	test('an unknown subscription fails on the read and no order is sent', async () => {
		const sub = next();
		const r = await run(sub, { subscriptionId: '987654321' });
		expect(r.error?.message).toMatch(/Ion did not find the resource/);
		expect(dataRequests(t.ion).map((x) => x.method)).toEqual(['GET']);
	});

	return { ctx: () => t };
}
