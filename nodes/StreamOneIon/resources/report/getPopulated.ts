import type { INodeProperties } from 'n8n-workflow';

import { reportLocator } from './common';

/** Report > Get Populated: the report with its column and filter specs filled in, without data. */
export const description: INodeProperties[] = [reportLocator];
