import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/commonParameters';
import { includeLinesParameter, invoiceFilters, invoiceSort } from './filters';

/** Invoice > Get Many: the account's invoices (`GET /api/v1/invoices/myinvoices`). */
export const description: INodeProperties[] = [
	...returnAllAndLimit,
	invoiceFilters,
	includeLinesParameter,
	invoiceSort,
];
