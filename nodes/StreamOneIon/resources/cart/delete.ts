import type { INodeProperties } from 'n8n-workflow';

import { customerLocator } from '../../shared/customerLocator';
import { cartIdParameter } from './common';

/** How to find out whether a delete whose outcome is unknown went through. */
export const DELETE_CART_UNKNOWN_OUTCOME_HINT =
	'Check with Cart > Get whether the cart still exists (Ion answers "not found" once it is deleted).';

/** Cart > Delete: clears and deletes a cart. Buys and cancels nothing. */
export const description: INodeProperties[] = [customerLocator, cartIdParameter];
