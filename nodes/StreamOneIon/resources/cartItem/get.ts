import type { INodeProperties } from 'n8n-workflow';

import { customerLocator } from '../../shared/customerLocator';
import { cartIdParameter } from '../cart/common';
import { cartItemIdParameter } from './common';

/** Cart Item > Get: one item with its plan, quantity and prices. */
export const description: INodeProperties[] = [
	customerLocator,
	cartIdParameter,
	cartItemIdParameter,
];
