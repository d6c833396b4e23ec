import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/commonParameters';
import { customerLocator } from '../../shared/customerLocator';
import { cartIdParameter } from '../cart/common';

/** Cart Item > Get Many: Ion answers the whole list at once; Return All and Limit cut it. */
export const description: INodeProperties[] = [
	customerLocator,
	cartIdParameter,
	...returnAllAndLimit,
];
