import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/commonParameters';
import { customerLocator, vendorLocator } from '../../shared/locators';
import { additionalQuery, filtersCollection, textFilter } from '../../shared/parameters';

export const description: INodeProperties[] = [
	customerLocator,
	vendorLocator,
	...returnAllAndLimit,
	filtersCollection([
		textFilter('Product ID', 'productId', 'Only the users of this product'),
		textFilter('Subscription ID', 'subscriptionId', 'Only the users of this subscription'),
	]),
	additionalQuery,
];
