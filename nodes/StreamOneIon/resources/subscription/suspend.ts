import type { INodeProperties } from 'n8n-workflow';

import { customerLocator } from '../../shared/customerLocator';
import { subscriptionIdParameter } from './common';
import { lifecycleOptions, prepareLifecycleOrder } from './lifecycle';
import { updateOrderNotice } from './updateOrder';

/** Subscription > Suspend: an UPDATE order with the status "suspended" (lifecycle.ts). */
export const prepareSuspend = prepareLifecycleOrder(() => ({ kind: 'status', to: 'suspended' }));

export const description: INodeProperties[] = [
	updateOrderNotice,
	customerLocator,
	subscriptionIdParameter,
	lifecycleOptions,
];
