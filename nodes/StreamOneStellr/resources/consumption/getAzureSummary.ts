import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/commonParameters';
import { additionalQuery, filtersCollection, textFilter } from '../../shared/parameters';

export const description: INodeProperties[] = [
	...returnAllAndLimit,
	filtersCollection([
		textFilter(
			'Customer Number',
			'customerNo',
			'Only the consumption of this customer',
			'e.g. 7100001',
		),
		textFilter(
			'Month',
			'month',
			'Only this month (YYYY-MM). A date or date-time is cut to its month.',
			'e.g. 2024-01',
		),
	]),
	additionalQuery,
];
