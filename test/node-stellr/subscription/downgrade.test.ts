// Subscription > Downgrade: to a lower product from Get Transition Products (shared with Upgrade).
import { describeTransition } from './transition';

describe('Subscription > Downgrade', () => {
	describeTransition('downgrade', 'Microsoft 365 Business Basic', 'DOWNGRADE');
});
