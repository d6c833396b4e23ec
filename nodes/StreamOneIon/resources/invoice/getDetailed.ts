import type { INodeProperties } from 'n8n-workflow';

/** Invoice > Get Detailed: `GET /api/v1/invoices/{invoiceId}/detailed`, optionally its files. */
export const description: INodeProperties[] = [
	{
		displayName: 'Invoice ID',
		name: 'invoiceId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 41017',
		description: 'The invoice ID, as Invoice > Get Many outputs it',
	},
	{
		displayName: 'Download Files',
		name: 'downloadFiles',
		type: 'boolean',
		default: false,
		description:
			'Whether to download the detailed invoice files Ion links to (detailedInvoiceFilesUrls) into binary fields',
	},
	{
		displayName: 'Put Files in Fields Starting With',
		name: 'binaryPropertyPrefix',
		type: 'string',
		default: 'file',
		displayOptions: { show: { downloadFiles: [true] } },
		description:
			'The files go to binary fields named with this prefix and a number: file_0, file_1, and so on',
	},
];
