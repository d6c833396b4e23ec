import type {
	DeclarativeRestApiSettings,
	IBinaryKeyData,
	IDataObject,
	IExecutePaginationFunctions,
	INodeExecutionData,
} from 'n8n-workflow';

import { collectOffsetPages } from '../../../shared/paging';
import { runOperation } from '../../../shared/requestFrame';
import { text } from '../../../shared/validation';
import { MAX_PAGE_SIZE } from '../../transport/request';
import { readLimit } from '../../transport/routing';
import { downloadLinkedFile, v1Access, v1Get } from '../../transport/v1';
import { detailedInvoiceOf, invoiceFileLinks, invoicesOf, invoiceTotalOf } from './invoiceData';

/*
 * The request functions of the Invoice operations. They send the v1 requests themselves
 * (transport/v1.ts) instead of RoutingNode's request, which would carry the v3 credential; the
 * operation's routing only builds the path and the query. Inside runOperation: paired items,
 * Continue On Fail, and no request at all when the API key or secret is missing.
 */

type RequestFunction = (
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
) => Promise<INodeExecutionData[]>;

/** Invoice lists: `limit` + `offset` pages until Limit, the total Ion names, or an empty page. */
export const invoiceList: RequestFunction = async function (requestData) {
	return await runOperation(this, requestData, async () => {
		const access = await v1Access(this);
		const path = requestData.options.url ?? '';
		const baseQs: IDataObject = { ...((requestData.options.qs as IDataObject) ?? {}) };
		const records = await collectOffsetPages(readLimit(this), async (offset, missing) => {
			const body = await v1Get(this, access, path, {
				...baseQs,
				limit: Math.min(MAX_PAGE_SIZE, missing),
				offset,
			});
			return { records: invoicesOf(body), total: invoiceTotalOf(body) };
		});
		return records.map((json) => ({ json }));
	});
};

/** Get Detailed: the invoice, and with Download Files each linked file as a binary property. */
export const invoiceDetailed: RequestFunction = async function (requestData) {
	return await runOperation(this, requestData, async () => {
		const access = await v1Access(this);
		const invoice = detailedInvoiceOf(await v1Get(this, access, requestData.options.url ?? ''));
		if (this.getNodeParameter('downloadFiles', false) !== true) return [{ json: invoice }];
		const prefix = text(this.getNodeParameter('binaryPropertyPrefix', 'file')) || 'file';
		const links = invoiceFileLinks(invoice);
		const binary: IBinaryKeyData = {};
		const downloadedFiles: IDataObject[] = [];
		for (const [i, link] of links.entries()) {
			const file = await downloadLinkedFile(
				this,
				link,
				`detailed invoice file ${i + 1} of ${links.length}`,
			);
			const field = `${prefix}_${i}`;
			const fileName = file.fileName || `invoice-${text(invoice.id)}-file-${i + 1}`;
			binary[field] = await this.helpers.prepareBinaryData(file.data, fileName, file.mimeType);
			downloadedFiles.push({ field, fileName });
		}
		return [{ json: { ...invoice, downloadedFiles }, binary }];
	});
};
