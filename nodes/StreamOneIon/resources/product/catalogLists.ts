import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import { showFor } from './common';

/** Get Verticals / Get Categories / Get Charges have no parameters but Return All + Limit. */
export const productCatalogListsDescription: INodeProperties[] = [
	...returnAllAndLimit(showFor('getVerticals')),
	...returnAllAndLimit(showFor('getCategories')),
	...returnAllAndLimit(showFor('getCharges')),
];
