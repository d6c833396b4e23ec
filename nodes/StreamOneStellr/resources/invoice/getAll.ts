import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/commonParameters';
import {
	additionalQuery,
	choiceFilter,
	filtersCollection,
	textFilter,
} from '../../shared/parameters';

export const description: INodeProperties[] = [
	...returnAllAndLimit,
	filtersCollection([
		textFilter(
			'Customer Number',
			'customerNo',
			'Only the invoices of this customer',
			'e.g. 7100001',
		),
		textFilter(
			'End Date',
			'endDate',
			'Only invoices dated on or before this day (YYYY-MM-DD)',
			'e.g. 2024-01-31',
		),
		textFilter(
			'Start Date',
			'startDate',
			'Only invoices dated on or after this day (YYYY-MM-DD)',
			'e.g. 2024-01-01',
		),
		choiceFilter(
			'Status',
			'status',
			'Only invoices with this status',
			[
				{ name: 'Open', value: 'OPEN' },
				{ name: 'Overdue', value: 'OVERDUE' },
				{ name: 'Paid', value: 'PAID' },
			],
			'OPEN',
		),
	]),
	additionalQuery,
];
