import type { INodeProperties } from 'n8n-workflow';

import { subscriptionParameters } from './common';

export const description: INodeProperties[] = [...subscriptionParameters];
