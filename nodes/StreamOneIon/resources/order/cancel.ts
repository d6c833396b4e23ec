import type { INodeProperties } from 'n8n-workflow';

import { customerLocator } from '../../shared/customerLocator';
import { orderIdParameter } from './common';

/** How to check whether a cancellation whose outcome is unknown went through. */
export const CANCEL_UNKNOWN_OUTCOME_HINT =
	'Check with Order > Get whether the order status is now CANCELED before cancelling again.';

/** Order > Cancel: only while the order is New or On Hold; sent once, never retried. */
export const description: INodeProperties[] = [customerLocator, orderIdParameter];
