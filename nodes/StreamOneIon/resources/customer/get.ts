import type { INodeProperties } from 'n8n-workflow';

import { customerLocator } from '../../shared/customerLocator';

/** Customer > Get: one customer by ID (the output gets a leading `customerId`, see common.ts). */
export const description: INodeProperties[] = [customerLocator];
