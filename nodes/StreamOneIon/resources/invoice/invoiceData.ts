import type { IDataObject } from 'n8n-workflow';

/*
 * Reading the v1 billing API's answers: pure functions (unit-tested). The shapes are a documented
 * guess: TD SYNNEX's SDK reads `data.invoice.detailedInvoiceFilesUrls` from the detailed answer, so
 * lists are read from `data.invoices` with `data.total`, with fallbacks for the other plausible
 * shapes (`data.items`, a bare `data` list, top-level `invoices`).
 */

function asObject(value: unknown): IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value)
		? (value as IDataObject)
		: {};
}

function objects(value: unknown): IDataObject[] | undefined {
	return Array.isArray(value)
		? value.filter(
				(v): v is IDataObject => v !== null && typeof v === 'object' && !Array.isArray(v),
			)
		: undefined;
}

/** The invoices of a list answer. */
export function invoicesOf(body: unknown): IDataObject[] {
	const root = asObject(body);
	const data = root.data;
	return (
		objects(asObject(data).invoices) ??
		objects(asObject(data).items) ??
		objects(data) ??
		objects(root.invoices) ??
		objects(body) ??
		[]
	);
}

/** The total number of invoices a list answer names, if it names one. */
export function invoiceTotalOf(body: unknown): number | undefined {
	const root = asObject(body);
	const data = asObject(root.data);
	for (const value of [data.total, data.count, root.total, root.count]) {
		if (value === undefined || value === null || value === '') continue;
		const n = Number(value);
		if (Number.isFinite(n)) return n;
	}
	return undefined;
}

/** The invoice of a detailed answer (`data.invoice`). */
export function detailedInvoiceOf(body: unknown): IDataObject {
	const data = asObject(asObject(body).data);
	const invoice = asObject(data.invoice);
	if (Object.keys(invoice).length) return invoice;
	const top = asObject(asObject(body).invoice);
	return Object.keys(top).length ? top : data;
}

/** The links of an invoice's detailed files (`detailedInvoiceFilesUrls`), text only. */
export function invoiceFileLinks(invoice: IDataObject): string[] {
	const links = invoice.detailedInvoiceFilesUrls;
	return Array.isArray(links)
		? links
				.filter((l): l is string => typeof l === 'string' && l.trim() !== '')
				.map((l) => l.trim())
		: [];
}
