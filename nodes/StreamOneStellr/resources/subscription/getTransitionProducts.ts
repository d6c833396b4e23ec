import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/commonParameters';
import { additionalQuery } from '../../shared/parameters';
import { subscriptionParameters } from './common';

export const description: INodeProperties[] = [
	...subscriptionParameters,
	...returnAllAndLimit,
	additionalQuery,
];
