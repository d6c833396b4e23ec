// Subscription > Cancel against the emulator through n8n-core.
import { describeLifecycle } from './lifecycleCases';

describe('Subscription > Cancel', () => {
	describeLifecycle({
		operation: 'cancel',
		pick: (subs) => subs.find((s) => s.subscriptionStatus === 'ACTIVE'),
		attribute: { name: 'statusUpdate', value: 'deleted' },
		after: {
			subscriptionStatus: 'CANCELLED',
			autoRenew: false,
			subscriptionRenewStatus: 'AUTO_RENEW_OFF',
		},
		what: 'cancellation order',
	});
});
