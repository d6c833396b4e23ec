import type { ResourceDefinition } from '../../../shared/description';
import { listOperation, readOperation } from '../../shared/operations';
import * as getAllForVendor from './getAllForVendor';
import * as getById from './getById';
import * as getBySku from './getBySku';
import * as getGoogleTransferable from './getGoogleTransferable';
import * as getRelated from './getRelated';

export const productResource: ResourceDefinition = {
	name: 'Product',
	value: 'product',
	operations: [
		{
			// value getById, not get: see the pickers in shared/locators.ts
			option: readOperation({
				name: 'Get',
				value: 'getById',
				action: 'Get a product',
				description: 'Retrieve one catalogue product by product ID',
				url: '/api/v1/cloud/products/{productId}',
				ids: { productId: 'Product ID' },
			}),
			properties: getById.description,
		},
		{
			option: readOperation({
				name: 'Get by SKU Number',
				value: 'getBySku',
				action: 'Get a product by SKU number',
				description: 'Retrieve one catalogue product by its TD SYNNEX SKU number',
				url: '/api/v1/cloud/products/skuNo/{skuNo}',
				ids: { skuNo: 'SKU Number' },
			}),
			properties: getBySku.description,
		},
		{
			option: listOperation({
				name: 'Get Many for Vendor',
				value: 'getAllForVendor',
				action: 'Get many products of a vendor',
				description: "List a vendor's catalogue products, optionally by keyword and billing term",
				url: '/api/v2/vendors/{vendorId}/cloud/products',
				ids: { vendorId: 'Vendor' },
			}),
			properties: getAllForVendor.description,
			isDefault: true,
		},
		{
			option: listOperation({
				name: 'Get Many Google Transferable',
				value: 'getGoogleTransferable',
				action: 'Get many google transferable products',
				description:
					"List the Google subscriptions of a customer's domain that can be transferred in",
				url: '/api/v1/vendors/Google/cloud/products/transferable',
				preSend: [getGoogleTransferable.customerInQuery],
			}),
			properties: getGoogleTransferable.description,
		},
		{
			option: listOperation({
				name: 'Get Many Related',
				value: 'getRelated',
				action: 'Get many related products',
				description: 'List the products related to a product, such as its add-ons',
				url: '/api/v1/cloud/products/{primaryProductId}/related',
				ids: { primaryProductId: 'Primary Product ID' },
			}),
			properties: getRelated.description,
		},
	],
};
