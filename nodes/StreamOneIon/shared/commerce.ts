/**
 * Helpers for the Order, Subscription, Provisioning Template and API Request resources:
 * preSend validators and body builders (they run before any request, so bad input never reaches
 * Ion; wrapped in `ionPreSend` so Continue On Fail pairs the error item), postReceive shapers, and
 * the API Request request function. Only `prepareSeatUpdate` sends a request of its own (a GET).
 */
import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { ionApiRequest, runIonOperation, withIonRetry, type IonRequestPolicy } from './transport';
import { getParam, ionPreSend, parseJsonField, requireNumericId } from './validation';

export function fail(ctx: IExecuteSingleFunctions, message: string, description?: string): never {
	throw new NodeOperationError(ctx.getNode(), message, {
		itemIndex: ctx.getItemIndex(),
		description,
	});
}

function str(value: unknown): string {
	return value === undefined || value === null ? '' : String(value).trim();
}

/** Checks an id (digits only, or `-` with allowDash); returns it trimmed. */
function checkId(ctx: IExecuteSingleFunctions, value: unknown, label: string, allowDash = false): string {
	return requireNumericId(ctx.getNode(), value, label, { allowDash, itemIndex: ctx.getItemIndex() });
}

/** preSend: a required text parameter (not an id) must not be blank. */
export function requireText(name: string, label: string) {
	return ionPreSend(function (this: IExecuteSingleFunctions) {
		if (str(getParam(this, name, '')) === '') fail(this, `${label} is required`);
	});
}

/**
 * preSend: comma-separated id lists in query parameters (e.g. `filter.customerIdList`) must be
 * digits only; blanks around commas are removed, an empty list is not sent.
 */
export function validateIdListQuery(query: Record<string, string>) {
	return ionPreSend(function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const qs = (requestOptions.qs ?? {}) as IDataObject;
		for (const [key, label] of Object.entries(query)) {
			if (qs[key] === undefined || qs[key] === null) continue;
			const parts = String(qs[key])
				.split(',')
				.map((p) => p.trim())
				.filter((p) => p !== '');
			for (const part of parts) checkId(this, part, label);
			if (parts.length === 0) delete qs[key];
			else qs[key] = parts.join(',');
		}
		requestOptions.qs = qs;
	});
}

/** preSend: single-id query parameters (e.g. `customerId`) must be digits only. */
export function validateIdQuery(query: Record<string, string>) {
	return ionPreSend(function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const qs = (requestOptions.qs ?? {}) as IDataObject;
		for (const [key, label] of Object.entries(query)) {
			if (qs[key] === undefined || qs[key] === null || str(qs[key]) === '') {
				delete qs[key];
				continue;
			}
			qs[key] = checkId(this, str(qs[key]), label);
		}
		requestOptions.qs = qs;
	});
}

/** preSend: removes blank query parameters (optional text filters left empty) and trims the rest. */
export const dropEmptyQuery = ionPreSend(function (
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const qs = (requestOptions.qs ?? {}) as IDataObject;
	for (const key of Object.keys(qs)) {
		if (typeof qs[key] === 'string') qs[key] = (qs[key] as string).trim();
		if (qs[key] === '' || qs[key] === undefined || qs[key] === null) delete qs[key];
	}
});

/**
 * preSend: date pickers give local date-times without a zone ("2026-01-31T00:00:00"); Ion wants
 * RFC 3339. Values without an offset are read as UTC.
 */
export function normalizeDateQuery(keys: Record<string, string>) {
	return ionPreSend(function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const qs = (requestOptions.qs ?? {}) as IDataObject;
		for (const [key, label] of Object.entries(keys)) {
			const raw = qs[key];
			if (raw === undefined || raw === null || str(raw) === '') {
				delete qs[key];
				continue;
			}
			let text = str(raw);
			if (/^\d{4}-\d{2}-\d{2}$/.test(text)) text += 'T00:00:00';
			if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(text)) text += 'Z';
			const date = new Date(text);
			if (Number.isNaN(date.getTime())) {
				fail(
					this,
					`${label} is not a valid date`,
					`Got "${str(raw).slice(0, 60)}". Use a date such as 2026-01-31 or 2026-01-31T00:00:00Z.`,
				);
			}
			qs[key] = date.toISOString();
		}
	});
}

// ---------------------------------------------------------------------------------------------
// Orders
// ---------------------------------------------------------------------------------------------

function readJsonParameter(ctx: IExecuteSingleFunctions, name: string, label: string): unknown {
	return parseJsonField(ctx.getNode(), ctx.getNodeParameter(name, ''), label, {
		expect: 'object',
		itemIndex: ctx.getItemIndex(),
	});
}

function toQuantity(ctx: IExecuteSingleFunctions, raw: unknown, label: string): number {
	if (raw === undefined || raw === null || raw === '') fail(ctx, `${label} is required`);
	const n = typeof raw === 'number' ? raw : Number(String(raw).trim());
	if (!Number.isFinite(n) || !Number.isInteger(n)) {
		fail(ctx, `${label} must be a whole number, got "${String(raw).slice(0, 40)}"`);
	}
	if (n < 0) fail(ctx, `${label} cannot be below zero, got ${n}`);
	return n;
}

/**
 * Validates one order item against the rules Ion enforces (OrderItemRequest) and returns it with
 * only the fields Ion knows. `where` names the item in messages, e.g. "Order item 2".
 */
export function checkOrderItem(ctx: IExecuteSingleFunctions, item: IDataObject, where: string): IDataObject {
	if (typeof item !== 'object' || item === null || Array.isArray(item)) {
		fail(ctx, `${where} must be an object`);
	}
	const action = str(item.action).toUpperCase();
	if (action !== 'CREATE' && action !== 'UPDATE') {
		fail(ctx, `${where}: Action must be CREATE or UPDATE, got "${str(item.action)}"`);
	}
	const out: IDataObject = { action };
	if (str(item.referenceId)) out.referenceId = str(item.referenceId);
	const resourceId = str(item.resourceId);
	if (action === 'UPDATE' && resourceId === '') {
		fail(
			ctx,
			`${where}: Resource ID is required for an UPDATE item`,
			'The Resource ID is the provider\'s subscription ID (the "subscriptionId" field of the subscription in Ion). Subscription > Update Seats looks it up for you.',
		);
	}
	if (resourceId) out.resourceId = resourceId;
	for (const [key, label] of [
		['productId', 'Product ID'],
		['skuId', 'SKU ID'],
		['planId', 'Plan ID'],
	] as const) {
		const v = str(item[key]);
		if (v === '') fail(ctx, `${where}: ${label} is required`);
		out[key] = v;
	}
	out.quantity = toQuantity(ctx, item.quantity, `${where}: Quantity`);
	if (str(item.endCustomerPO)) out.endCustomerPO = str(item.endCustomerPO);
	if (str(item.resellerPO)) out.resellerPO = str(item.resellerPO);

	const addOnsRaw = item.addOns;
	if (addOnsRaw !== undefined && addOnsRaw !== null) {
		if (!Array.isArray(addOnsRaw)) fail(ctx, `${where}: Add-Ons must be a list`);
		if (addOnsRaw.length) {
			out.addOns = (addOnsRaw as IDataObject[]).map((addOn, i) => {
				const at = `${where}, add-on ${i + 1}`;
				const addOnId = str(addOn?.addOnId) || str(addOn?.id);
				if (addOnId === '') fail(ctx, `${at}: Add-On ID is required`);
				const planId = str(addOn.planId);
				if (planId === '') fail(ctx, `${at}: Plan ID is required`);
				const addOnAction = (str(addOn.action) || 'CREATE').toUpperCase();
				if (addOnAction !== 'CREATE' && addOnAction !== 'UPDATE') {
					fail(ctx, `${at}: Action must be CREATE or UPDATE`);
				}
				return {
					id: str(addOn.id) || addOnId,
					addOnId,
					planId,
					action: addOnAction,
					quantity: toQuantity(ctx, addOn.quantity, `${at}: Quantity`),
				};
			});
		}
	}

	const attributesRaw = item.attributes ?? [];
	if (!Array.isArray(attributesRaw)) fail(ctx, `${where}: Attributes must be a list of {name, value}`);
	out.attributes = (attributesRaw as IDataObject[]).map((attribute, i) => {
		const name = str(attribute?.name);
		if (name === '') fail(ctx, `${where}, attribute ${i + 1}: Name is required`);
		return { name, value: attribute.value === undefined || attribute.value === null ? '' : String(attribute.value) };
	});
	return out;
}

interface UiOrderItem extends IDataObject {
	addOns?: { addOn?: IDataObject[] };
	attributes?: { attribute?: IDataObject[] };
}

/**
 * preSend of Order > Create or Update: checks the customer, builds the OrderRequest body from the
 * UI fields or from the JSON parameter, validates every item, adds the optional reference id and
 * display name.
 */
export const buildOrderBody = ionPreSend(function (
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	checkId(this, getParam(this, 'customerId', ''), 'Customer ID');
	const mode = this.getNodeParameter('inputMode', 'fields') as string;
	let body: IDataObject;
	if (mode === 'json') {
		body = { ...(readJsonParameter(this, 'orderJson', 'Order (JSON)') as IDataObject) };
		if (!Array.isArray(body.orderItems) || body.orderItems.length === 0) {
			fail(this, 'Order (JSON) needs a non-empty "orderItems" list');
		}
		body.orderItems = (body.orderItems as IDataObject[]).map((item, i) =>
			checkOrderItem(this, item, `Order item ${i + 1}`),
		);
	} else {
		const collection = this.getNodeParameter('orderItems', {}) as { item?: UiOrderItem[] };
		const items = collection.item ?? [];
		if (items.length === 0) fail(this, 'Order Items: add at least one item');
		body = {
			orderItems: items.map((item, i) =>
				checkOrderItem(
					this,
					{ ...item, addOns: item.addOns?.addOn, attributes: item.attributes?.attribute ?? [] },
					`Order item ${i + 1}`,
				),
			),
		};
	}
	const extra = this.getNodeParameter('additionalFields', {}) as IDataObject;
	if (str(extra.referenceId)) body.referenceId = str(extra.referenceId);
	if (str(extra.displayName)) body.displayName = str(extra.displayName);
	requestOptions.body = body;
});

// ---------------------------------------------------------------------------------------------
// Subscriptions: Update Seats
// ---------------------------------------------------------------------------------------------

/**
 * preSend of Subscription > Update Seats. Validates the input, then (unless the product, SKU,
 * plan and resource IDs were all given) reads the subscription (a GET, retried like every read)
 * and builds a one-item UPDATE order for the new quantity. The order POST itself is sent by the
 * operation's request function with the non-retryable order policy.
 */
export const prepareSeatUpdate = ionPreSend(async function (
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const customerId = checkId(this, getParam(this, 'customerId', ''), 'Customer ID');
	const subscriptionId = checkId(this, getParam(this, 'subscriptionId', ''), 'Subscription ID');
	const quantity = toQuantity(this, this.getNodeParameter('quantity', undefined), 'Quantity');
	const options = this.getNodeParameter('options', {}) as IDataObject & {
		attributes?: { attribute?: IDataObject[] };
	};

	const item: IDataObject = {
		action: 'UPDATE',
		resourceId: str(options.resourceId),
		productId: str(options.productId),
		skuId: str(options.skuId),
		planId: str(options.planId),
		quantity,
	};
	if (!item.resourceId || !item.productId || !item.skuId || !item.planId) {
		const subscription = await ionApiRequest.call(
			this,
			'GET',
			`/customers/${encodeURIComponent(customerId)}/subscriptions/${encodeURIComponent(subscriptionId)}`,
		);
		if (!item.resourceId) item.resourceId = str(subscription.subscriptionId);
		if (!item.productId) item.productId = str(subscription.ccpProductId);
		if (!item.skuId) item.skuId = str(subscription.ccpSkuId);
		if (!item.planId) item.planId = str(subscription.ccpPlanId);
		for (const [key, label, field] of [
			['resourceId', 'Resource ID', 'subscriptionId'],
			['productId', 'Product ID', 'ccpProductId'],
			['skuId', 'SKU ID', 'ccpSkuId'],
			['planId', 'Plan ID', 'ccpPlanId'],
		] as const) {
			if (!item[key]) {
				fail(
					this,
					`Subscription ${subscriptionId} has no ${field}, so the ${label} is unknown`,
					`Enter the ${label} under Options so the order can be placed.`,
				);
			}
		}
	}
	if (str(options.endCustomerPO)) item.endCustomerPO = str(options.endCustomerPO);
	if (str(options.resellerPO)) item.resellerPO = str(options.resellerPO);
	item.attributes = options.attributes?.attribute ?? [];
	const orderBody: IDataObject = { orderItems: [checkOrderItem(this, item, 'Seat update')] };
	if (str(options.referenceId)) orderBody.referenceId = str(options.referenceId);
	if (str(options.displayName)) orderBody.displayName = str(options.displayName);
	requestOptions.body = orderBody;
});

// ---------------------------------------------------------------------------------------------
// Provisioning templates
// ---------------------------------------------------------------------------------------------

/**
 * postReceive of Provisioning Template > Get Many: Ion answers either
 * `{provisioningReferences: {refs: [...]}}` or `{provisioningReference: {...}}`; emit one item per
 * template either way, up to the limit.
 */
export async function splitProvisioningTemplates(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	if (response.statusCode >= 400) return items;
	const body = (response.body ?? {}) as IDataObject;
	const refs = (body.provisioningReferences as IDataObject | undefined)?.refs;
	let records: IDataObject[] = [];
	if (Array.isArray(refs)) records = refs as IDataObject[];
	else if (body.provisioningReference && typeof body.provisioningReference === 'object') {
		records = [body.provisioningReference as IDataObject];
	}
	if (!(this.getNodeParameter('returnAll', false) as boolean)) {
		records = records.slice(0, Math.max(1, Number(this.getNodeParameter('limit', 50)) || 50));
	}
	return records.map((json) => ({ json }));
}

// ---------------------------------------------------------------------------------------------
// API Request
// ---------------------------------------------------------------------------------------------

const API_PREFIX = '/api/v3';

/**
 * Checks a user-supplied path for API Request and returns the full path under /api/v3.
 * Refuses full URLs, other hosts, `.`/`..` segments (also percent-encoded), backslashes, query
 * strings, fragments, whitespace and control characters.
 */
export function resolveApiPath(
	ctx: IExecuteSingleFunctions,
	rawPath: string,
	scope: string,
	accountId: string,
): string {
	const path = rawPath.trim();
	if (path === '') fail(ctx, 'Path is required', 'For example /customers or /subscriptions.');
	const refuse = (why: string): never =>
		fail(
			ctx,
			`Path is not allowed: ${why}`,
			'API Request only reaches StreamOne Ion v3 paths under /api/v3 on the host of the credential. Enter a path such as /customers.',
		);
	// "products:pricing" is a path (colon verb), "https://..." is not
	if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path) || path.includes('://') || path.startsWith('//')) {
		refuse('full URLs and other hosts are refused');
	}
	if (path.includes('\\')) refuse('backslashes are refused');
	if (/[?#]/.test(path)) refuse('put query parameters under Query Parameters, not in the path');
	if (/\s/.test(path) || [...path].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) {
		refuse('whitespace or control characters are refused');
	}
	let decoded = path;
	try {
		// twice, to catch %252e%252e as well as %2e%2e
		decoded = decodeURIComponent(decodeURIComponent(path));
	} catch {
		refuse('malformed percent-encoding');
	}
	if (decoded.split(/[/\\]/).some((s) => s === '..' || s === '.')) refuse('"." and ".." segments are refused');
	if (decoded.includes('\\') || /[?#]/.test(decoded)) refuse('encoded \\ ? or # are refused');
	if (decoded.startsWith('//')) refuse('full URLs and other hosts are refused');

	const withSlash = path.startsWith('/') ? path : `/${path}`;
	if (scope === 'absolute') {
		if (!withSlash.startsWith(`${API_PREFIX}/`)) refuse('an API Root path must start with /api/v3/');
		return withSlash;
	}
	if (withSlash === API_PREFIX || withSlash.startsWith(`${API_PREFIX}/`)) {
		refuse('this path already starts with /api/v3; set Path Is Relative To to API Root');
	}
	return `${API_PREFIX}/accounts/${encodeURIComponent(accountId.trim())}${withSlash === '/' ? '' : withSlash}`;
}

/** preSend of API Request: method, path, query parameters and JSON body. */
export const prepareApiRequest = ionPreSend(async function (
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const credentials = await this.getCredentials<{ accountId?: string }>('streamOneIonApi');
	const method = str(this.getNodeParameter('method', 'GET')).toUpperCase() || 'GET';
	const scope = this.getNodeParameter('pathScope', 'account') as string;
	const path = str(this.getNodeParameter('path', ''));
	requestOptions.url = resolveApiPath(this, path, scope, str(credentials.accountId));
	requestOptions.method = method as IHttpRequestOptions['method'];

	const query = this.getNodeParameter('queryParameters', {}) as { parameter?: IDataObject[] };
	const qs: IDataObject = {};
	for (const [i, p] of (query.parameter ?? []).entries()) {
		const name = str(p.name);
		if (name === '') fail(this, `Query Parameters: parameter ${i + 1} has no name`);
		const value = p.value === undefined || p.value === null ? '' : String(p.value);
		qs[name] = qs[name] === undefined ? value : ([] as string[]).concat(qs[name] as string | string[], value);
	}
	requestOptions.qs = qs;

	if (['POST', 'PUT', 'PATCH', 'DELETE'].includes(method) && this.getNodeParameter('sendBody', false)) {
		requestOptions.body = parseJsonField(this.getNode(), this.getNodeParameter('jsonBody', ''), 'JSON Body', {
			itemIndex: this.getItemIndex(),
		}) as IDataObject;
	} else {
		delete requestOptions.body;
	}
});

/** The records array of a list response: the configured field, else `items`, else the first array field. */
export function findItemsKey(body: unknown, configured: string): string | undefined {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
	if (configured) return configured;
	const arrays = Object.entries(body as IDataObject).filter(([, v]) => Array.isArray(v));
	if (arrays.length === 0) return undefined;
	return (arrays.find(([k]) => k === 'items') ?? arrays[0])[0];
}

function bodyToItems(json: unknown): INodeExecutionData[] {
	if (Array.isArray(json)) {
		return json.map((entry) => ({
			json: entry !== null && typeof entry === 'object' && !Array.isArray(entry) ? (entry as IDataObject) : { value: entry as string },
		}));
	}
	if (json === null || json === undefined || json === '') return [{ json: {} }];
	if (typeof json !== 'object') return [{ json: { body: json as string } }];
	return [{ json: json as IDataObject }];
}

/** Only GETs of API Request are resent after a 5xx or dropped connection: the path is free-form. */
const API_REQUEST_POLICY: IonRequestPolicy = {
	idempotent: (method) => method === 'GET',
	what: 'request',
};

/**
 * Request function of API Request: one request, or with Return All Pages every page by
 * `nextPageToken` (query parameters kept on every page, `pageToken` added), one item per record.
 */
export async function apiRequestPagination(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	return await runIonOperation(this, requestData, async () => {
		const { method = 'GET', url } = requestData.options;
		const send = async (qs: IDataObject) =>
			await withIonRetry(this, { method, url }, API_REQUEST_POLICY, async () =>
				this.makeRoutingRequest({ ...requestData, options: { ...requestData.options, qs } }),
			);
		const baseQs: IDataObject = { ...(requestData.options.qs ?? {}) };
		const paginate = method.toUpperCase() === 'GET' && (this.getNodeParameter('returnAllPages', false) as boolean);
		if (!paginate) {
			const items = await send(baseQs);
			return bodyToItems(items[0]?.json);
		}
		const configuredKey = str(this.getNodeParameter('itemsKey', ''));
		delete baseQs.pageToken;
		const out: INodeExecutionData[] = [];
		const seen = new Set<string>();
		let pageToken: string | undefined;
		do {
			const qs = pageToken === undefined ? baseQs : { ...baseQs, pageToken };
			const items = await send(qs);
			const body = items[0]?.json as unknown;
			if (Array.isArray(body)) {
				out.push(...bodyToItems(body));
				break;
			}
			const key = findItemsKey(body, configuredKey);
			const records = key === undefined ? undefined : (body as IDataObject)[key];
			if (key !== undefined && records !== undefined && !Array.isArray(records)) {
				fail(this, `Items Field: "${key}" in the response is not a list`, 'Leave Items Field empty to detect the list automatically.');
			}
			if (key === undefined || records === undefined) {
				if (configuredKey) {
					fail(this, `Items Field: the response has no field "${configuredKey}"`, `Fields in the response: ${Object.keys((body as IDataObject) ?? {}).join(', ') || 'none'}.`);
				}
				out.push(...bodyToItems(body));
				break;
			}
			out.push(...bodyToItems(records));
			const next = (body as IDataObject).nextPageToken;
			pageToken = typeof next === 'string' && next !== '' ? next : undefined;
			if (pageToken !== undefined) {
				if (seen.has(pageToken)) fail(this, 'Ion returned the same page token twice; stopped to avoid an endless loop');
				seen.add(pageToken);
			}
		} while (pageToken !== undefined);
		return out;
	});
}
