import type { INodeProperties } from 'n8n-workflow';

import { ACCOUNT_PATH, paramSegment } from '../../shared/descriptions';
import { ionRequest, splitRecords, tokenPagination } from '../../shared/transport';
import { checkPathId } from '../../shared/validation';
import { productCatalogListsDescription } from './catalogLists';
import { productGetDescription } from './get';
import { productGetAllDescription } from './getAll';
import { buildPricingBody, productGetPricingDescription } from './getPricing';

const ACCOUNT = `=${ACCOUNT_PATH}`;

/** The Operation selector (the node lists every resource's selector before the shared ID parameters). */
export const productOperation: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['product'] } },
	options: [
		{
			name: 'Get',
			value: 'get',
			action: 'Get a product',
			description: 'Retrieve one catalogue product with its SKUs, plans, add-ons and prices',
			routing: {
				request: { method: 'GET', url: `${ACCOUNT}/products/${paramSegment('productId')}` },
				send: { preSend: [checkPathId('productId', 'Product')] },
			},
		},
		{
			name: 'Get Categories',
			value: 'getCategories',
			action: 'Get product categories',
			description: 'List the catalogue categories',
			routing: {
				request: { method: 'GET', url: `${ACCOUNT}/products/categories` },
				output: { postReceive: [splitRecords('categories')] },
			},
		},
		{
			name: 'Get Charges',
			value: 'getCharges',
			action: 'Get product charges',
			description: 'List the charge types used by catalogue products',
			routing: {
				request: { method: 'GET', url: `${ACCOUNT}/products/charges` },
				output: { postReceive: [splitRecords('charges')] },
			},
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many products',
			description: 'List catalogue products, optionally filtered by name, SKU, add-on, provider or part number',
			routing: {
				request: { method: 'GET', url: `${ACCOUNT}/products` },
				operations: { pagination: tokenPagination('products') },
			},
		},
		{
			name: 'Get Pricing',
			value: 'getPricing',
			action: 'Get product pricing',
			description: 'Price-book prices of products by provider product ID, optionally for one customer',
			routing: {
				request: { method: 'POST', url: `${ACCOUNT}/products:pricing` },
				send: { preSend: [buildPricingBody] },
				output: { postReceive: [splitRecords('plans')] },
				// a read: safe to resend after a server error
				operations: { pagination: ionRequest({ idempotent: true, what: 'pricing request' }) },
			},
		},
		{
			name: 'Get Verticals',
			value: 'getVerticals',
			action: 'Get product verticals',
			description: 'List the catalogue verticals (industries / solution areas)',
			routing: {
				request: { method: 'GET', url: `${ACCOUNT}/products/verticals` },
				output: { postReceive: [splitRecords('verticals')] },
			},
		},
	],
	default: 'getAll',
};

/** The parameters of the operations. */
export const productDescription: INodeProperties[] = [
	...productGetAllDescription,
	...productGetDescription,
	...productCatalogListsDescription,
	...productGetPricingDescription,
];
