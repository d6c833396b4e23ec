import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/commonParameters';

/** Ion answers the whole list at once; Return All and Limit cut it (transport/routing.ts splitRecords). */
export const description: INodeProperties[] = [...returnAllAndLimit];
