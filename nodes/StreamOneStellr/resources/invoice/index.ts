import type { ResourceDefinition } from '../../../shared/description';
import { listOperation } from '../../shared/operations';
import { dateQuery } from '../../shared/query';
import * as getAll from './getAll';
import * as getReport from './getReport';

export const invoiceResource: ResourceDefinition = {
	name: 'Invoice',
	value: 'invoice',
	operations: [
		{
			option: listOperation({
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many invoices',
				description: 'List invoices, optionally by customer, status and date',
				url: '/api/v1/cloud/invoices',
				preSend: [
					dateQuery('startDate', 'Start Date', 'day'),
					dateQuery('endDate', 'End Date', 'day'),
				],
			}),
			properties: getAll.description,
			isDefault: true,
		},
		{
			option: listOperation({
				name: 'Get Report',
				value: 'getReport',
				action: 'Get an invoice report',
				description: 'The lines of one invoice, or of every invoice of a billing period',
				url: '/api/v1/cloud/invoice/report',
				preSend: [
					dateQuery('billingPeriod', 'Billing Period', 'month'),
					getReport.requireInvoiceOrPeriod,
				],
			}),
			properties: getReport.description,
		},
	],
};
