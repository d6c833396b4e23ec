import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/commonParameters';
import { additionalQuery, filtersCollection, textFilter } from '../../shared/parameters';

export const description: INodeProperties[] = [
	...returnAllAndLimit,
	filtersCollection([
		textFilter(
			'Customer Number',
			'customerNo',
			'Only the vendor accounts of this customer',
			'e.g. 7100001',
		),
		textFilter('Vendor ID', 'vendorId', 'Only the accounts with this vendor', 'e.g. Microsoft'),
	]),
	additionalQuery,
];
