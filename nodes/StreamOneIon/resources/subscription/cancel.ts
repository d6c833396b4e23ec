import type { INodeProperties } from 'n8n-workflow';

import { customerLocator } from '../../shared/customerLocator';
import { subscriptionIdParameter } from './common';
import { lifecycleOptions, prepareLifecycleOrder } from './lifecycle';
import { updateOrderNotice } from './updateOrder';

/** Subscription > Cancel: an UPDATE order with the status "deleted" (lifecycle.ts). */
export const prepareCancel = prepareLifecycleOrder(() => ({ kind: 'status', to: 'cancelled' }));

export const description: INodeProperties[] = [
	updateOrderNotice,
	customerLocator,
	subscriptionIdParameter,
	lifecycleOptions,
];
