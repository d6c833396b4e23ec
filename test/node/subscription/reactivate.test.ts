// Subscription > Reactivate against the emulator through n8n-core.
import { describeLifecycle } from './lifecycleCases';

describe('Subscription > Reactivate', () => {
	describeLifecycle({
		operation: 'reactivate',
		pick: (subs) => subs.find((s) => s.subscriptionStatus === 'SUSPENDED'),
		attribute: { name: 'statusUpdate', value: 'active' },
		after: { subscriptionStatus: 'ACTIVE' },
		what: 'reactivation order',
	});
});
