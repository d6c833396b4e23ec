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
			'Keyword',
			'keyword',
			'Part of the customer name or e-mail',
			'e.g. Contoso or it@contoso.com',
		),
		choiceFilter(
			'Status',
			'status',
			'Only customers with this status',
			[
				{ name: 'Active', value: 'ACTIVE' },
				{ name: 'Inactive', value: 'INACTIVE' },
			],
			'ACTIVE',
		),
	]),
	additionalQuery,
];
