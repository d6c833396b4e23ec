import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/commonParameters';
import { vendorLocator } from '../../shared/locators';
import {
	additionalQuery,
	choiceFilter,
	filtersCollection,
	textFilter,
} from '../../shared/parameters';

export const description: INodeProperties[] = [
	vendorLocator,
	...returnAllAndLimit,
	filtersCollection([
		choiceFilter(
			'Billing Term',
			'billingTerm',
			'Only products with this commitment term',
			[
				{ name: 'Annual', value: 'ANNUAL' },
				{ name: 'Monthly', value: 'MONTHLY' },
				{ name: 'Triennial', value: 'TRIENNIAL' },
			],
			'ANNUAL',
		),
		textFilter(
			'Keyword',
			'keyword',
			'Part of the product name, a SKU number or a manufacturer part number',
			'e.g. Business Premium',
		),
	]),
	additionalQuery,
];
