/**
 * Explicit overrides of the public Ion OpenAPI description where it is wrong or self-contradictory.
 * Each quirk is one small, documented mutation of the parsed (not yet dereferenced) document.
 * Nothing else in the emulator hand-writes schema checks: validation is the spec plus this list.
 */

type Json = Record<string, unknown>;

export interface SpecQuirk {
	id: string;
	reason: string;
	apply: (doc: Json) => void;
}

function param(doc: Json, name: string): Json {
	const params = (doc.components as Json).parameters as Record<string, Json>;
	const p = params[name];
	if (!p) throw new Error(`spec quirk: parameter ${name} not found`);
	return p;
}

export const SPEC_QUIRKS: SpecQuirk[] = [
	{
		id: 'pageSize-not-required',
		reason:
			"pageSize is declared required, but Ion accepts pageToken alone and itself answers 'At least one of page_size and page_token must be present' (handlers enforce that rule)",
		apply: (doc) => {
			for (const n of ['PageSizeCustomerList', 'CatalogPageSizeQueryParam', 'PageSizeQueryParamListOrder', 'PageSizeQueryParam']) {
				param(doc, n).required = false;
			}
		},
	},
	{
		id: 'order-customerId-dash',
		reason: "customerId on order list/get paths is typed integer, but Ion documents '-' there for all customers",
		apply: (doc) => {
			for (const n of ['ListOrderCustomerIdParam', 'GetOrderCustomerIdParam']) {
				param(doc, n).schema = { type: 'string', pattern: '^(-|[0-9]+)$' };
			}
		},
	},
	{
		id: 'pagination-sortOrder-default',
		reason: "pagination.sortOrder declares default SORT_ORDER_UNSPECIFIED, which is not in its own enum [ASC, DESC]",
		apply: (doc) => {
			for (const n of ['PaginationSortOrderQueryParam', 'PaginationSortOrderQueryParamOld']) {
				const p = (doc.components as Json).parameters as Record<string, Json>;
				if (p[n]) delete (p[n].schema as Json).default;
			}
		},
	},
	{
		id: 'pagination-oneOf-param-refs',
		reason:
			"the 'pagination' query parameter is required with a oneOf of *parameter* refs (not schemas); no operation uses it, so it is removed to keep the document dereferenceable",
		apply: (doc) => {
			const p = (doc.components as Json).parameters as Record<string, Json>;
			delete p.PaginationQueryParam;
		},
	},
	{
		id: 'operationIds',
		reason:
			'several operations (carts, provisionTemplates) have no operationId; every operation gets the internal id "METHOD /path" so validators can be keyed by it',
		apply: (doc) => {
			for (const [path, ops] of Object.entries(doc.paths as Record<string, Json>)) {
				for (const [method, op] of Object.entries(ops)) {
					if (op && typeof op === 'object' && 'responses' in (op as Json)) {
						(op as Json).operationId = `${method.toUpperCase()} ${path}`;
					}
				}
			}
		},
	},
];
