/**
 * Helpers for the Order, Subscription, Provisioning Template and API Request resources:
 * preSend validators and body builders (they run before any request, so bad input never reaches
 * Ion) and postReceive shapers. Nothing here sends a request except `prepareSeatUpdate`, which
 * reads the subscription through the credential before the order is built.
 */
import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

type PreSend = (
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) => Promise<IHttpRequestOptions>;

const NUMERIC = /^\d+$/;

export function fail(ctx: IExecuteSingleFunctions, message: string, description?: string): never {
	throw new NodeOperationError(ctx.getNode(), message, {
		itemIndex: ctx.getItemIndex(),
		description,
	});
}

/** Reads a plain or resource-locator parameter as a trimmed string ('' when unset). */
export function readString(ctx: IExecuteSingleFunctions, name: string): string {
	const raw = ctx.getNodeParameter(name, '', { extractValue: true }) as unknown;
	if (raw === undefined || raw === null) return '';
	if (typeof raw === 'object') {
		const value = (raw as IDataObject).value;
		return value === undefined || value === null ? '' : String(value).trim();
	}
	return String(raw).trim();
}

/** Checks an id: present, digits only (or `-` when allowDash). Returns the trimmed id. */
export function checkId(
	ctx: IExecuteSingleFunctions,
	value: string,
	label: string,
	options: { allowDash?: boolean; required?: boolean } = {},
): string {
	const { allowDash = false, required = true } = options;
	if (value === '') {
		if (required) fail(ctx, `${label} is required`, `Enter the ${label} as shown in the Ion portal.`);
		return value;
	}
	if (allowDash && value === '-') return value;
	if (!NUMERIC.test(value)) {
		fail(
			ctx,
			`${label} must be a number, got "${value.slice(0, 60)}"`,
			allowDash
				? `Ion ids are digits only. Use "-" to search every customer under your account.`
				: 'Ion ids are digits only (for example 12345).',
		);
	}
	return value;
}

export interface IdSpec {
	/** parameter name (may be a resource locator) */
	name: string;
	/** label used in the error message, e.g. "Customer ID" */
	label: string;
	allowDash?: boolean;
	required?: boolean;
}

/** preSend: refuse missing or non-numeric ids before anything is sent. */
export function validateIds(...specs: IdSpec[]): PreSend {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		for (const spec of specs) {
			checkId(this, readString(this, spec.name), spec.label, spec);
		}
		return requestOptions;
	};
}

/** preSend: refuse an empty required string parameter (not an id). */
export function requireString(name: string, label: string): PreSend {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		if (readString(this, name) === '') fail(this, `${label} is required`);
		return requestOptions;
	};
}

/**
 * preSend: comma-separated id lists in query parameters (e.g. `filter.customerIdList`) must be
 * digits only; blanks around commas are removed.
 */
export function validateIdListQuery(query: Record<string, string>): PreSend {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const qs = (requestOptions.qs ?? {}) as IDataObject;
		for (const [key, label] of Object.entries(query)) {
			const value = qs[key];
			if (value === undefined || value === null || value === '') {
				delete qs[key];
				continue;
			}
			const parts = String(value)
				.split(',')
				.map((p) => p.trim())
				.filter((p) => p !== '');
			for (const part of parts) checkId(this, part, label);
			if (parts.length === 0) delete qs[key];
			else qs[key] = parts.join(',');
		}
		requestOptions.qs = qs;
		return requestOptions;
	};
}

/** preSend: single-id query parameters (e.g. `customerId`) must be digits only. */
export function validateIdQuery(query: Record<string, string>): PreSend {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const qs = (requestOptions.qs ?? {}) as IDataObject;
		for (const [key, label] of Object.entries(query)) {
			const value = qs[key];
			if (value === undefined || value === null || String(value).trim() === '') {
				delete qs[key];
				continue;
			}
			qs[key] = checkId(this, String(value).trim(), label);
		}
		requestOptions.qs = qs;
		return requestOptions;
	};
}

/** preSend: removes empty-string query parameters (optional filters left blank). */
export async function dropEmptyQuery(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const qs = (requestOptions.qs ?? {}) as IDataObject;
	for (const key of Object.keys(qs)) {
		if (qs[key] === '' || qs[key] === undefined || qs[key] === null) delete qs[key];
	}
	return requestOptions;
}

/**
 * preSend: date pickers give local date-times without a zone ("2026-01-31T00:00:00"); Ion wants
 * RFC 3339. Values without an offset are read as UTC.
 */
export function normalizeDateQuery(keys: Record<string, string>): PreSend {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const qs = (requestOptions.qs ?? {}) as IDataObject;
		for (const [key, label] of Object.entries(keys)) {
			const raw = qs[key];
			if (raw === undefined || raw === null || raw === '') {
				delete qs[key];
				continue;
			}
			let text = String(raw).trim();
			if (/^\d{4}-\d{2}-\d{2}$/.test(text)) text += 'T00:00:00';
			if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(text)) text += 'Z';
			const date = new Date(text);
			if (Number.isNaN(date.getTime())) {
				fail(this, `${label} is not a valid date`, `Got "${String(raw).slice(0, 60)}". Use a date such as 2026-01-31.`);
			}
			qs[key] = date.toISOString();
		}
		return requestOptions;
	};
}

// ---------------------------------------------------------------------------------------------
// Orders
// ---------------------------------------------------------------------------------------------

function parseJsonParameter(ctx: IExecuteSingleFunctions, name: string, label: string): unknown {
	const raw = ctx.getNodeParameter(name, '') as unknown;
	if (typeof raw === 'object' && raw !== null) return raw;
	const text = String(raw ?? '').trim();
	if (text === '') fail(ctx, `${label} is required`);
	try {
		return JSON.parse(text) as unknown;
	} catch (error) {
		return fail(ctx, `${label} is not valid JSON`, (error as Error).message);
	}
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

function str(value: unknown): string {
	return value === undefined || value === null ? '' : String(value).trim();
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
			"The Resource ID is the provider's subscription id (the subscription's \"subscriptionId\" in Ion). Use the Subscription > Update Seats operation to have it looked up.",
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
		out.addOns = (addOnsRaw as IDataObject[]).map((addOn, i) => {
			const at = `${where}, add-on ${i + 1}`;
			const addOnId = str(addOn.addOnId) || str(addOn.id);
			if (addOnId === '') fail(ctx, `${at}: Add-On ID is required`);
			const planId = str(addOn.planId);
			if (planId === '') fail(ctx, `${at}: Plan ID is required`);
			const addOnAction = str(addOn.action || 'CREATE').toUpperCase();
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
 * preSend of Order > Create or Update: builds the OrderRequest body from the UI fields or from the
 * JSON parameter, validates every item, and adds the optional reference id and display name.
 */
export async function buildOrderBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const mode = this.getNodeParameter('inputMode', 'fields') as string;
	let body: IDataObject;
	if (mode === 'json') {
		const parsed = parseJsonParameter(this, 'orderJson', 'Order (JSON)');
		if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
			fail(this, 'Order (JSON) must be an object with an "orderItems" list');
		}
		body = { ...(parsed as IDataObject) };
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
					{
						...item,
						addOns: item.addOns?.addOn,
						attributes: item.attributes?.attribute ?? [],
					},
					`Order item ${i + 1}`,
				),
			),
		};
	}
	const extra = this.getNodeParameter('additionalFields', {}) as IDataObject;
	if (str(extra.referenceId)) body.referenceId = str(extra.referenceId);
	if (str(extra.displayName)) body.displayName = str(extra.displayName);
	requestOptions.body = body;
	return requestOptions;
}

// ---------------------------------------------------------------------------------------------
// Subscriptions: Update Seats
// ---------------------------------------------------------------------------------------------

/**
 * preSend of Subscription > Update Seats. Validates input, then (unless the product, SKU, plan and
 * resource ids were all given) reads the subscription through the credential and builds an UPDATE
 * order for the new quantity. The GET is a read and may be retried; the order POST itself is sent
 * by the routing with the operation's non-retryable request options.
 */
export async function prepareSeatUpdate(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const customerId = checkId(this, readString(this, 'customerId'), 'Customer ID');
	const subscriptionId = checkId(this, readString(this, 'subscriptionId'), 'Subscription ID');
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
		const credentials = await this.getCredentials<{ accountId: string; baseUrl?: string }>(
			'streamOneIonApi',
		);
		const response = (await this.helpers.httpRequestWithAuthentication.call(this, 'streamOneIonApi', {
			method: 'GET',
			baseURL: requestOptions.baseURL,
			url: `/api/v3/accounts/${encodeURIComponent(String(credentials.accountId))}/customers/${encodeURIComponent(
				customerId,
			)}/subscriptions/${encodeURIComponent(subscriptionId)}`,
			headers: { Accept: 'application/json' },
			json: true,
			returnFullResponse: true,
			ignoreHttpStatusErrors: { ignore: true, except: [401] },
		} as IHttpRequestOptions)) as IN8nHttpFullResponse;
		const body = (response.body ?? {}) as IDataObject;
		if (response.statusCode >= 400) {
			throw new NodeApiError(this.getNode(), body as JsonObject, {
				itemIndex: this.getItemIndex(),
				httpCode: String(response.statusCode),
				message: `Could not read subscription ${subscriptionId} of customer ${customerId}: ${str(
					body.message || body.error || response.statusCode,
				)}`,
			});
		}
		if (!item.resourceId) item.resourceId = str(body.subscriptionId);
		if (!item.productId) item.productId = str(body.ccpProductId);
		if (!item.skuId) item.skuId = str(body.ccpSkuId);
		if (!item.planId) item.planId = str(body.ccpPlanId);
		for (const [key, label] of [
			['resourceId', 'Resource ID (subscriptionId)'],
			['productId', 'Product ID (ccpProductId)'],
			['skuId', 'SKU ID (ccpSkuId)'],
			['planId', 'Plan ID (ccpPlanId)'],
		] as const) {
			if (!item[key]) {
				fail(
					this,
					`Subscription ${subscriptionId} has no ${label}`,
					'Enter it under Options so the order can be placed.',
				);
			}
		}
	}
	if (str(options.endCustomerPO)) item.endCustomerPO = str(options.endCustomerPO);
	if (str(options.resellerPO)) item.resellerPO = str(options.resellerPO);
	const attributes = options.attributes?.attribute ?? [];
	item.attributes = attributes;
	const orderBody: IDataObject = {
		orderItems: [checkOrderItem(this, item, 'Seat update')],
	};
	if (str(options.referenceId)) orderBody.referenceId = str(options.referenceId);
	if (str(options.displayName)) orderBody.displayName = str(options.displayName);
	requestOptions.body = orderBody;
	return requestOptions;
}

// ---------------------------------------------------------------------------------------------
// Provisioning templates
// ---------------------------------------------------------------------------------------------

/**
 * postReceive of Provisioning Template > Get Many: Ion answers either
 * `{provisioningReferences: {refs: [...]}}` or `{provisioningReference: {...}}`; emit one item per
 * template either way.
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
	const returnAll = this.getNodeParameter('returnAll', false) as boolean;
	if (!returnAll) {
		const limit = this.getNodeParameter('limit', 50) as number;
		records = records.slice(0, limit);
	}
	return records.map((json) => ({ json }));
}

// ---------------------------------------------------------------------------------------------
// API Request
// ---------------------------------------------------------------------------------------------

const API_PREFIX = '/api/v3';

/**
 * Checks a user-supplied path for API Request and returns the full path under /api/v3.
 * Refuses full URLs, other hosts, `..` segments, encoded traversal, backslashes, query strings and
 * fragments.
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
			'API Request only reaches StreamOne Ion v3 under /api/v3 on the host of the credential. Enter a path such as /customers.',
		);
	if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) refuse('full URLs and other hosts are refused');
	if (path.includes('\\')) refuse('backslashes are refused');
	if (/[?#]/.test(path)) refuse('put query parameters under Query Parameters, not in the path');
	if (/\s/.test(path) || [...path].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) {
		refuse('whitespace or control characters');
	}
	let decoded = path;
	try {
		// decode twice to catch %252e%252e as well as %2e%2e
		decoded = decodeURIComponent(decodeURIComponent(path));
	} catch {
		refuse('malformed percent-encoding');
	}
	const segments = decoded.split('/');
	if (segments.some((s) => s === '..' || s === '.')) refuse('"." and ".." segments are refused');
	if (decoded.includes('\\')) refuse('backslashes are refused');

	let full: string;
	const withSlash = path.startsWith('/') ? path : `/${path}`;
	if (scope === 'absolute') {
		if (withSlash !== API_PREFIX && !withSlash.startsWith(`${API_PREFIX}/`)) {
			refuse('an absolute path must start with /api/v3/');
		}
		full = withSlash;
	} else {
		if (withSlash.startsWith(`${API_PREFIX}/`)) {
			refuse('this path already starts with /api/v3; set Path Is Relative To to "API Root (/api/v3)"');
		}
		full = `${API_PREFIX}/accounts/${encodeURIComponent(accountId)}${withSlash === '/' ? '' : withSlash}`;
	}
	return full;
}

/** preSend of API Request: path, query parameters and JSON body. */
export async function prepareApiRequest(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const credentials = await this.getCredentials<{ accountId: string }>('streamOneIonApi');
	const method = (this.getNodeParameter('method', 'GET') as string).toUpperCase();
	const scope = this.getNodeParameter('pathScope', 'account') as string;
	const path = this.getNodeParameter('path', '') as string;
	requestOptions.url = resolveApiPath(this, String(path ?? ''), scope, String(credentials.accountId ?? ''));
	requestOptions.method = method as IHttpRequestOptions['method'];

	const query = this.getNodeParameter('queryParameters', {}) as { parameter?: IDataObject[] };
	const qs: IDataObject = {};
	for (const [i, p] of (query.parameter ?? []).entries()) {
		const name = str(p.name);
		if (name === '') fail(this, `Query Parameters: parameter ${i + 1} has no name`);
		const value = p.value === undefined || p.value === null ? '' : String(p.value);
		if (qs[name] === undefined) qs[name] = value;
		else qs[name] = ([] as string[]).concat(qs[name] as string | string[], value);
	}
	requestOptions.qs = qs;

	if (['POST', 'PUT', 'PATCH', 'DELETE'].includes(method) && this.getNodeParameter('sendBody', false)) {
		requestOptions.body = parseJsonParameter(this, 'jsonBody', 'JSON Body') as IDataObject;
	} else {
		delete requestOptions.body;
	}
	return requestOptions;
}

/** Finds the records array of a list response: the given key, or the only/first array field. */
export function findItemsKey(body: unknown, configured: string): string | undefined {
	if (configured) return configured;
	if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
	const arrays = Object.entries(body as IDataObject).filter(([, v]) => Array.isArray(v));
	if (arrays.length === 0) return undefined;
	const preferred = arrays.find(([k]) => k === 'items');
	return (preferred ?? arrays[0])[0];
}
