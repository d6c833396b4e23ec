import type { INodeProperties } from 'n8n-workflow';

import { customerLocator } from '../../shared/customerLocator';
import { orderIdParameter } from './common';

/** Order > Get: one order with its items and status; the customer may be "-" (any customer). */
export const description: INodeProperties[] = [customerLocator, orderIdParameter];
