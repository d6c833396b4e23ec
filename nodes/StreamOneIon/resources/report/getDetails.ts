import type { INodeProperties } from 'n8n-workflow';

import { reportLocator } from './common';

/** Report > Get Details: the report's price and cost details (the spec's GetReportDetailsResponse). */
export const description: INodeProperties[] = [reportLocator];
