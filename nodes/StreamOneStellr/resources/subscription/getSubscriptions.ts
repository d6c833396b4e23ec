import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/commonParameters';
import { customerLocator } from '../../shared/locators';
import {
	additionalQuery,
	choiceFilter,
	filtersCollection,
	textFilter,
} from '../../shared/parameters';

/** Subscription statuses (G11); any other can be sent under Additional Query Parameters. */
export const STATUS_OPTIONS = [
	{ name: 'Active', value: 'ACTIVE' },
	{ name: 'Cancelled', value: 'CANCELLED' },
	{ name: 'Expired', value: 'EXPIRED' },
	{ name: 'Pending', value: 'PENDING' },
	{ name: 'Suspended', value: 'SUSPENDED' },
];

export const description: INodeProperties[] = [
	customerLocator,
	...returnAllAndLimit,
	filtersCollection([
		choiceFilter(
			'Status',
			'status',
			'Only subscriptions with this status',
			STATUS_OPTIONS,
			'ACTIVE',
		),
		textFilter('Vendor ID', 'vendorId', 'Only subscriptions of this vendor', 'e.g. Microsoft'),
	]),
	additionalQuery,
];
