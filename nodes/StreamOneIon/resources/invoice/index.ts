import type { ResourceDefinition } from '../../../shared/description';
import { checkIds, pathId } from '../../transport/paths';
import { buildInvoiceQuery } from './filters';
import * as getAll from './getAll';
import * as getAllForCustomer from './getAllForCustomer';
import * as getDetailed from './getDetailed';
import { invoiceDetailed, invoiceList } from './invoiceRequest';

/*
 * Invoices come from Ion's v1 billing API (notes api-beyond-the-spec §3; the v3 API has none),
 * with the credential's API Key and API Secret. The URLs below are relative to `/api/v1` on the
 * credential's host; the request functions send them (transport/v1.ts).
 */
export const invoiceResource: ResourceDefinition = {
	name: 'Invoice',
	value: 'invoice',
	description:
		"Invoices from Ion's v1 billing API (needs the API Key and API Secret in the credential)",
	operations: [
		{
			option: {
				name: 'Get Detailed',
				value: 'getDetailed',
				action: 'Get a detailed invoice',
				description:
					'Retrieve one invoice with its details, optionally downloading its detailed files',
				routing: {
					request: { method: 'GET', url: '/invoices/{invoiceId}/detailed' },
					send: { preSend: [checkIds({ invoiceId: pathId('Invoice ID') })] },
					operations: { pagination: invoiceDetailed },
				},
			},
			properties: getDetailed.description,
		},
		{
			option: {
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many invoices',
				description: "List your account's invoices, filtered by billing period and status",
				routing: {
					request: { method: 'GET', url: '/invoices/myinvoices' },
					send: { preSend: [buildInvoiceQuery] },
					operations: { pagination: invoiceList },
				},
			},
			properties: getAll.description,
			isDefault: true,
		},
		{
			option: {
				name: 'Get Many for Customer',
				value: 'getAllForCustomer',
				action: 'Get many invoices of a customer',
				description: "List one customer's invoices",
				routing: {
					request: { method: 'GET', url: '/invoices' },
					send: { preSend: [getAllForCustomer.customerQuery, buildInvoiceQuery] },
					operations: { pagination: invoiceList },
				},
			},
			properties: getAllForCustomer.description,
		},
	],
};
