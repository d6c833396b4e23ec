import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/commonParameters';
import { columnsParameter, periodParameters, reportLocator } from './common';

/** Report > Get Data: the report's rows as items (reportRequest.ts builds the request). */
export const description: INodeProperties[] = [
	reportLocator,
	...periodParameters,
	columnsParameter,
	...returnAllAndLimit,
];
