import type { ResourceDefinition } from '../../../shared/description';
import { accountUrl, checkIds, numericId } from '../../transport/paths';
import { ionRequest, splitRecords } from '../../transport/routing';
import * as del from './delete';
import * as downloadCsv from './downloadCsv';
import * as downloadCsvStream from './downloadCsvStream';
import * as get from './get';
import * as getAll from './getAll';
import * as getData from './getData';
import * as getDetails from './getDetails';
import * as getPopulated from './getPopulated';
import * as refreshProviderCache from './refreshProviderCache';
import {
	postReportBack,
	prepareReportRequest,
	readRequest,
	reportCsvFile,
	reportRows,
} from './reportRequest';
import * as save from './save';

const REPORT = '/reports/{reportId}';
const reportIdCheck = checkIds({ reportId: numericId('Report') });

export const reportResource: ResourceDefinition = {
	name: 'Report',
	value: 'report',
	operations: [
		{
			option: {
				name: 'Delete',
				value: 'delete',
				action: 'Delete a report',
				description: 'Delete a saved report',
				routing: {
					request: { method: 'DELETE', url: accountUrl(REPORT) },
					send: { preSend: [reportIdCheck] },
					output: { postReceive: [del.deletedReport] },
					operations: {
						pagination: ionRequest({
							idempotent: false,
							what: 'report deletion',
							unknownOutcomeHint: del.DELETE_UNKNOWN_OUTCOME_HINT,
						}),
					},
				},
			},
			properties: del.description,
		},
		{
			option: {
				name: 'Download CSV',
				value: 'downloadCsv',
				action: 'Download a report as CSV',
				description:
					'Get the report for a period as a CSV file (binary), ready for Spreadsheet File, e-mail or storage nodes',
				routing: {
					request: { method: 'POST', url: accountUrl(`${REPORT}/reportDataCsv`) },
					send: { preSend: [reportIdCheck, prepareReportRequest('csv')] },
					operations: { pagination: reportCsvFile },
				},
			},
			properties: downloadCsv.description,
		},
		{
			option: {
				name: 'Download CSV (Streaming)',
				value: 'downloadCsvStream',
				action: 'Download a large report as CSV',
				description:
					"The same CSV file as Download CSV, from Ion's streaming endpoint, meant for large reports",
				routing: {
					request: { method: 'POST', url: accountUrl(`${REPORT}/reportDataCsvStream`) },
					send: { preSend: [reportIdCheck, prepareReportRequest('csv')] },
					operations: { pagination: reportCsvFile },
				},
			},
			properties: downloadCsvStream.description,
		},
		{
			option: {
				name: 'Get',
				value: 'get',
				action: 'Get a report',
				description: 'Retrieve a report definition with its columns',
				routing: {
					request: {
						method: 'GET',
						url: accountUrl(REPORT),
						qs: { includeMetadata: true },
					},
					send: { preSend: [reportIdCheck] },
				},
			},
			properties: get.description,
		},
		{
			option: {
				name: 'Get Data',
				value: 'getData',
				action: 'Get the data of a report',
				description: 'Run a report for a period and output one item per row',
				routing: {
					request: { method: 'POST', url: accountUrl(`${REPORT}/data`) },
					send: { preSend: [reportIdCheck, prepareReportRequest('rows')] },
					operations: { pagination: reportRows },
				},
			},
			properties: getData.description,
		},
		{
			option: {
				name: 'Get Details',
				value: 'getDetails',
				action: 'Get the price and cost details of a report',
				description: "Retrieve the report's full details: its price and cost calculation steps",
				routing: {
					request: { method: 'POST', url: accountUrl(`${REPORT}/details`) },
					send: { preSend: [reportIdCheck, postReportBack] },
					operations: { pagination: readRequest },
				},
			},
			properties: getDetails.description,
		},
		{
			option: {
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many reports',
				description: 'List the saved reports of your account, optionally of one module',
				routing: {
					request: { method: 'GET', url: accountUrl('/reports') },
					output: { postReceive: [splitRecords('reports')] },
				},
			},
			properties: getAll.description,
			isDefault: true,
		},
		{
			option: {
				name: 'Get Populated',
				value: 'getPopulated',
				action: 'Get a report with its specs filled in',
				description:
					'Retrieve the report with its column and filter specs filled in, without its data',
				routing: {
					request: { method: 'POST', url: accountUrl(`${REPORT}/report`) },
					send: { preSend: [reportIdCheck, postReportBack] },
					operations: { pagination: readRequest },
				},
			},
			properties: getPopulated.description,
		},
		{
			option: {
				name: 'Refresh Provider Cache',
				value: 'refreshProviderCache',
				action: 'Refresh the cached report data of a provider',
				description: "Ask Ion to refresh a provider's cached data for a report",
				routing: {
					request: {
						method: 'GET',
						url: accountUrl('/providers/{providerId}/refreshCacheEnhanced'),
					},
					send: {
						preSend: [
							checkIds({ providerId: numericId('Provider ID') }),
							refreshProviderCache.buildRefreshQuery,
						],
					},
				},
			},
			properties: refreshProviderCache.description,
		},
		{
			option: {
				name: 'Save',
				value: 'save',
				action: 'Save a report',
				description: 'Create a report, or update the settings of a saved one',
				routing: {
					request: { method: 'POST', url: accountUrl(REPORT) },
					send: { preSend: [save.buildSaveBody] },
					operations: {
						pagination: ionRequest({
							idempotent: false,
							what: 'report save',
							unknownOutcomeHint: save.SAVE_UNKNOWN_OUTCOME_HINT,
						}),
					},
				},
			},
			properties: save.description,
		},
	],
};
