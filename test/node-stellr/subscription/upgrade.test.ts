// Subscription > Upgrade: to a higher product from Get Transition Products (shared with Downgrade).
import { describeTransition } from './transition';

describe('Subscription > Upgrade', () => {
	describeTransition('upgrade', 'Microsoft 365 Business Premium', 'UPGRADE');
});
