import type { INodeProperties } from 'n8n-workflow';

import { description as downloadCsv } from './downloadCsv';

/**
 * Report > Download CSV (Streaming): the same file as Download CSV, from Ion's streaming endpoint
 * (Stream Report Data Csv), meant for large reports. Same parameters as Download CSV.
 */
export const description: INodeProperties[] = downloadCsv;
