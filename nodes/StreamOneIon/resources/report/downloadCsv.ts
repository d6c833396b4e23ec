import type { INodeProperties } from 'n8n-workflow';

import { columnsParameter, periodParameters, reportLocator } from './common';

/** Report > Download CSV: the whole report as a CSV file in a binary property. */
export const description: INodeProperties[] = [
	reportLocator,
	...periodParameters,
	columnsParameter,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'File Name',
				name: 'fileName',
				type: 'string',
				default: '',
				placeholder: 'e.g. billing-2026-10.csv',
				description:
					'Name of the file. By default the report name and the period, for example "Monthly billing summary - last-month.csv".',
			},
			{
				displayName: 'Put Output File in Field',
				name: 'binaryPropertyName',
				type: 'string',
				default: 'data',
				description: 'The name of the binary field the CSV file is put in',
			},
		],
	},
];
