import type { ResourceDefinition } from '../../../shared/description';
import { dateQuery, listQuery } from '../../shared/query';
import { stellrList } from '../../transport/routing';
import * as getAll from './getAll';
import * as getReport from './getReport';

export const invoiceResource: ResourceDefinition = {
	name: 'Invoice',
	value: 'invoice',
	operations: [
		{
			option: {
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many invoices',
				description: 'List invoices, optionally by customer, status and date',
				routing: {
					request: { method: 'GET', url: '/api/v1/cloud/invoices' },
					send: {
						preSend: [
							listQuery,
							dateQuery('startDate', 'Start Date', 'day'),
							dateQuery('endDate', 'End Date', 'day'),
						],
					},
					operations: { pagination: stellrList() },
				},
			},
			properties: getAll.description,
			isDefault: true,
		},
		{
			option: {
				name: 'Get Report',
				value: 'getReport',
				action: 'Get an invoice report',
				description: 'The lines of one invoice, or of every invoice of a billing period',
				routing: {
					request: { method: 'GET', url: '/api/v1/cloud/invoice/report' },
					send: {
						preSend: [
							listQuery,
							dateQuery('billingPeriod', 'Billing Period', 'month'),
							getReport.requireInvoiceOrPeriod,
						],
					},
					operations: { pagination: stellrList() },
				},
			},
			properties: getReport.description,
		},
	],
};
