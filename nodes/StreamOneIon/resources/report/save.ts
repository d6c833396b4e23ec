import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { fail, scopeOf } from '../../../shared/nodeErrors';
import { preSendStep } from '../../../shared/requestFrame';
import { compact, parseJsonField, requireNumericId, text } from '../../../shared/validation';
import { REPORT_CATEGORY_OPTIONS, REPORT_MODULE_OPTIONS } from './common';

/*
 * Report > Save: `POST /reports/{reportId}` with the Report. The spec says only "Updates the
 * report settings"; a new report is saved under the ID 0 (a documented guess: the path needs an
 * ID and a new report has none yet). Ion answers `{reportId}`.
 */

/** The path ID of a new report (see above). */
export const NEW_REPORT_ID = '0';

export const SAVE_UNKNOWN_OUTCOME_HINT =
	'Check with Report > Get Many whether the report was saved before saving it again (a second save of a new report would create it twice).';

/** preSend: checks the input and builds the Report body; fills `{reportId}` of the path. */
export const buildSaveBody = preSendStep(function (
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const scope = scopeOf(this);
	const rawId = text(this.getNodeParameter('saveReportId', ''));
	const reportId = rawId === '' ? '' : requireNumericId(scope, rawId, 'Report ID');
	const rawJson = this.getNodeParameter('reportDefinition', '{}');
	const definition =
		typeof rawJson === 'string' && rawJson.trim() === ''
			? {}
			: (parseJsonField(scope, rawJson, 'Report Definition (JSON)', {
					expect: 'object',
				}) as IDataObject);
	const fields = compact((this.getNodeParameter('reportFields', {}) as IDataObject) ?? {});
	if (fields.rowsLimit !== undefined) fields.rowsLimit = String(fields.rowsLimit);
	const { rowsLimit, ...topLevel } = fields;
	const body: IDataObject = { ...definition, ...topLevel };
	if (rowsLimit !== undefined) body.specs = { ...((body.specs as IDataObject) ?? {}), rowsLimit };
	delete body.reportId;
	if (reportId) body.reportId = reportId;
	if (!reportId && text(body.displayName) === '') {
		fail(
			scope,
			'Display Name is required to create a report',
			'Set Report Fields > Display Name, or enter the Report ID of the report to update.',
		);
	}
	requestOptions.body = body;
	requestOptions.url = requestOptions.url.split('{reportId}').join(reportId || NEW_REPORT_ID);
});

export const description: INodeProperties[] = [
	{
		displayName: 'Report ID',
		name: 'saveReportId',
		type: 'string',
		default: '',
		placeholder: 'e.g. 7002',
		description:
			'The report to update. Leave empty to create a new report (Ion returns its new ID).',
	},
	{
		displayName: 'Report Definition (JSON)',
		name: 'reportDefinition',
		type: 'json',
		default: '{}',
		description:
			'Optional: the whole report as JSON, for example the output of Report > Get with your changes. The Report Fields below are set on top of it.',
	},
	{
		displayName: 'Report Fields',
		name: 'reportFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Category',
				name: 'category',
				type: 'options',
				default: 'BILLING_REPORTS',
				options: REPORT_CATEGORY_OPTIONS,
			},
			{
				displayName: 'Display Name',
				name: 'displayName',
				type: 'string',
				default: '',
				description: 'The name Ion shows for the report',
			},
			{
				displayName: 'Module',
				name: 'reportModule',
				type: 'options',
				default: 'REPORTS_REPORTS_MODULE',
				options: REPORT_MODULE_OPTIONS,
			},
			{
				displayName: 'Report Template ID',
				name: 'reportTemplateId',
				type: 'string',
				default: '',
				description: 'The human-readable ID of the report template the report is built on',
			},
			{
				displayName: 'Rows Limit',
				name: 'rowsLimit',
				type: 'number',
				typeOptions: { minValue: 0, numberPrecision: 0 },
				default: 0,
				description: 'Most rows the report returns; 0 means no limit',
			},
		],
	},
];
