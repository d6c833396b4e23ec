import type { ResourceDefinition } from '../../../shared/description';
import { listQuery } from '../../shared/query';
import { checkIds } from '../../transport/paths';
import { stellrList } from '../../transport/routing';
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
			option: {
				name: 'Get',
				value: 'getById',
				action: 'Get a product',
				description: 'Retrieve one catalogue product by product ID',
				routing: {
					request: { method: 'GET', url: '/api/v1/cloud/products/{productId}' },
					send: { preSend: [checkIds({ productId: 'Product ID' })] },
				},
			},
			properties: getById.description,
		},
		{
			option: {
				name: 'Get by SKU Number',
				value: 'getBySku',
				action: 'Get a product by SKU number',
				description: 'Retrieve one catalogue product by its TD SYNNEX SKU number',
				routing: {
					request: { method: 'GET', url: '/api/v1/cloud/products/skuNo/{skuNo}' },
					send: { preSend: [checkIds({ skuNo: 'SKU Number' })] },
				},
			},
			properties: getBySku.description,
		},
		{
			option: {
				name: 'Get Many for Vendor',
				value: 'getAllForVendor',
				action: 'Get many products of a vendor',
				description: "List a vendor's catalogue products, optionally by keyword and billing term",
				routing: {
					request: { method: 'GET', url: '/api/v2/vendors/{vendorId}/cloud/products' },
					send: { preSend: [checkIds({ vendorId: 'Vendor' }), listQuery] },
					operations: { pagination: stellrList() },
				},
			},
			properties: getAllForVendor.description,
			isDefault: true,
		},
		{
			option: {
				name: 'Get Many Google Transferable',
				value: 'getGoogleTransferable',
				action: 'Get many google transferable products',
				description:
					"List the Google subscriptions of a customer's domain that can be transferred in",
				routing: {
					request: { method: 'GET', url: '/api/v1/vendors/Google/cloud/products/transferable' },
					send: { preSend: [listQuery, getGoogleTransferable.customerInQuery] },
					operations: { pagination: stellrList() },
				},
			},
			properties: getGoogleTransferable.description,
		},
		{
			option: {
				name: 'Get Many Related',
				value: 'getRelated',
				action: 'Get many related products',
				description: 'List the products related to a product, such as its add-ons',
				routing: {
					request: { method: 'GET', url: '/api/v1/cloud/products/{primaryProductId}/related' },
					send: { preSend: [checkIds({ primaryProductId: 'Primary Product ID' }), listQuery] },
					operations: { pagination: stellrList() },
				},
			},
			properties: getRelated.description,
		},
	],
};
