import type { INodeProperties } from 'n8n-workflow';

import { reportLocator } from './common';

/** Report > Get: the report definition with its specs (`specs.allColumns`: the columns). */
export const description: INodeProperties[] = [reportLocator];
