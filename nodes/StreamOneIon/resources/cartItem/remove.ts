import type { INodeProperties } from 'n8n-workflow';

import { customerLocator } from '../../shared/customerLocator';
import { cartIdParameter } from '../cart/common';
import { cartItemIdParameter } from './common';

/** How to find out whether a remove whose outcome is unknown went through. */
export const REMOVE_ITEM_UNKNOWN_OUTCOME_HINT =
	'Check with Cart Item > Get Many whether the item is still in the cart before removing it again.';

/** Cart Item > Remove: takes an item out of the cart. */
export const description: INodeProperties[] = [
	customerLocator,
	cartIdParameter,
	cartItemIdParameter,
];
