import type { ResourceDefinition } from '../../../shared/description';
import { accountUrl, checkIds, pathId } from '../../transport/paths';
import { ionRequest, splitRecords, tokenList } from '../../transport/routing';
import { productStateOutput } from './common';
import * as disable from './disable';
import * as enable from './enable';
import * as get from './get';
import * as getAll from './getAll';
import * as getCategories from './getCategories';
import * as getCharges from './getCharges';
import * as getPricing from './getPricing';
import * as getVerticals from './getVerticals';

export const productResource: ResourceDefinition = {
	name: 'Product',
	value: 'product',
	operations: [
		{
			option: {
				name: 'Disable',
				value: 'disable',
				action: 'Disable a product',
				description:
					'Hide a product from your Ion catalogue so it cannot be ordered. Bills and cancels nothing; existing subscriptions stay.',
				routing: {
					request: { method: 'POST', url: accountUrl('/products/{productId}:disable') },
					send: { preSend: [checkIds({ productId: pathId('Product') })] },
					output: { postReceive: [productStateOutput(true)] },
					operations: {
						pagination: ionRequest({
							what: 'product disable request',
							unknownOutcomeHint: enable.toggleUnknownOutcomeHint('disabled'),
						}),
					},
				},
			},
			properties: disable.description,
		},
		{
			option: {
				name: 'Enable',
				value: 'enable',
				action: 'Enable a product',
				description:
					'Make a product visible and orderable in your Ion catalogue. Buys and bills nothing.',
				routing: {
					request: { method: 'POST', url: accountUrl('/products/{productId}:enable') },
					send: { preSend: [checkIds({ productId: pathId('Product') })] },
					output: { postReceive: [productStateOutput(false)] },
					operations: {
						pagination: ionRequest({
							what: 'product enable request',
							unknownOutcomeHint: enable.toggleUnknownOutcomeHint('enabled'),
						}),
					},
				},
			},
			properties: enable.description,
		},
		{
			option: {
				name: 'Get',
				value: 'get',
				action: 'Get a product',
				description: 'Retrieve one catalogue product with its SKUs, plans, add-ons and prices',
				routing: {
					request: { method: 'GET', url: accountUrl('/products/{productId}') },
					send: { preSend: [checkIds({ productId: pathId('Product') })] },
				},
			},
			properties: get.description,
		},
		{
			option: {
				name: 'Get Categories',
				value: 'getCategories',
				action: 'Get product categories',
				description: 'List the catalogue categories',
				routing: {
					request: { method: 'GET', url: accountUrl('/products/categories') },
					output: { postReceive: [splitRecords('categories')] },
				},
			},
			properties: getCategories.description,
		},
		{
			option: {
				name: 'Get Charges',
				value: 'getCharges',
				action: 'Get product charges',
				description: 'List the charge types used by catalogue products',
				routing: {
					request: { method: 'GET', url: accountUrl('/products/charges') },
					output: { postReceive: [splitRecords('charges')] },
				},
			},
			properties: getCharges.description,
		},
		{
			option: {
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many products',
				description:
					'List catalogue products, optionally filtered by name, SKU, add-on, provider or part number',
				routing: {
					request: { method: 'GET', url: accountUrl('/products') },
					operations: { pagination: tokenList('products') },
				},
			},
			properties: getAll.description,
			isDefault: true,
		},
		{
			option: {
				name: 'Get Pricing',
				value: 'getPricing',
				action: 'Get product pricing',
				description:
					'Price-book prices of products by provider product ID, optionally for one customer',
				routing: {
					request: { method: 'POST', url: accountUrl('/products:pricing') },
					send: { preSend: [getPricing.buildPricingBody] },
					output: { postReceive: [splitRecords('plans')] },
					// a read: safe to resend after a server error
					operations: { pagination: ionRequest({ idempotent: true, what: 'pricing request' }) },
				},
			},
			properties: getPricing.description,
		},
		{
			option: {
				name: 'Get Verticals',
				value: 'getVerticals',
				action: 'Get product verticals',
				description: 'List the catalogue verticals (industries / solution areas)',
				routing: {
					request: { method: 'GET', url: accountUrl('/products/verticals') },
					output: { postReceive: [splitRecords('verticals')] },
				},
			},
			properties: getVerticals.description,
		},
	],
};
