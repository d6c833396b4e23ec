import type { INodeProperties } from 'n8n-workflow';

import { customerLocator } from '../../shared/customerLocator';
import { subscriptionIdParameter } from './common';
import { lifecycleOptions, prepareLifecycleOrder } from './lifecycle';

/** Subscription > Reactivate: an UPDATE order with the status "active" (lifecycle.ts). */
export const prepareReactivate = prepareLifecycleOrder(() => ({ kind: 'status', to: 'active' }));

export const description: INodeProperties[] = [
	customerLocator,
	subscriptionIdParameter,
	lifecycleOptions,
];
