// The lifecycle attributes of an UPDATE order (nodes/StreamOneIon/resources/subscription/lifecycle.ts).
import {
	lifecycleAttributes,
	lifecycleWhat,
	type LifecycleChange,
} from '../../../nodes/StreamOneIon/resources/subscription/lifecycle';

const operation = { name: 'operations', value: 'updateSubscription' };

describe('lifecycleAttributes', () => {
	test.each<[string, LifecycleChange, { name: string; value: string }, string]>([
		[
			'auto-renew on',
			{ kind: 'autoRenew', on: true },
			{ name: 'renewalSetting', value: 'auto-on' },
			'Auto-renew change',
		],
		[
			'auto-renew off',
			{ kind: 'autoRenew', on: false },
			{ name: 'renewalSetting', value: 'auto-off' },
			'Auto-renew change',
		],
		[
			'suspend',
			{ kind: 'status', to: 'suspended' },
			{ name: 'statusUpdate', value: 'suspended' },
			'Suspension',
		],
		[
			'reactivate',
			{ kind: 'status', to: 'active' },
			{ name: 'statusUpdate', value: 'active' },
			'Reactivation',
		],
		[
			'cancel',
			{ kind: 'status', to: 'cancelled' },
			{ name: 'statusUpdate', value: 'deleted' },
			'Cancellation',
		],
	])('%s: "operations" first, then the change', (_name, change, attribute, what) => {
		expect(lifecycleAttributes(change)).toEqual([operation, attribute]);
		expect(lifecycleWhat(change)).toBe(what);
	});
});
