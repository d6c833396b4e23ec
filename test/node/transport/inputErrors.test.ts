// Input errors as the editor receives them. n8n-core's RoutingNode re-wraps every error from a
// preSend or request function that is not a NodeApiError into a NodeApiError with httpCode 'none',
// which the editor shows under "From <node>" with "Error code none", as if Ion had answered. The
// node's input errors therefore leave as NodeInputError (nodes/shared/nodeErrors.ts): no httpCode,
// no raw messages, no context.data, name NodeOperationError. What n8n stores is what the editor gets:
// WorkflowExecute spreads the error's own fields into the task's error.
import { dataRequests, rl, setup, type Ctx } from '../helpers';

let t: Ctx;
beforeAll(async () => {
	t = await setup();
});
afterAll(async () => {
	await t.ion.close();
});
beforeEach(() => t.ion.reset());

/** The fields n8n-editor-ui 2.41's NodeErrorView reads to show "From <node>" and "Error code". */
function apiAnswerFields(error: unknown) {
	const e = error as {
		httpCode?: unknown;
		messages?: unknown[];
		context?: { data?: unknown };
		extra?: unknown;
	};
	return {
		httpCode: e.httpCode ?? null,
		messages: e.messages ?? [],
		data: e.context?.data,
		extra: e.extra,
	};
}

describe('an input error caught before any request', () => {
	test.each([
		[
			'a customer ID from an expression',
			{ resource: 'customer', operation: 'get', customerId: rl('={{ "abc" }}') },
			'Customer must be a number, got abc',
		],
		[
			'an order without items',
			{ resource: 'order', operation: 'createOrUpdate', customerId: rl('10001'), orderItems: {} },
			'Order Items: add at least one item',
		],
		[
			'JSON that does not parse',
			{
				resource: 'apiRequest',
				operation: 'request',
				method: 'POST',
				path: '/x',
				sendBody: true,
				jsonBody: '{',
			},
			'JSON Body is not valid JSON',
		],
	])(
		'%s: an input error (NodeOperationError, no HTTP fields), nothing sent',
		async (_name, parameters, message) => {
			const r = await t.run(parameters);
			expect(r.error?.message).toBe(message);
			expect(r.error?.name).toBe('NodeOperationError');
			expect(apiAnswerFields(r.error)).toEqual({
				httpCode: null,
				messages: [],
				data: undefined,
				extra: undefined,
			});
			expect((r.error as { context?: { itemIndex?: number } }).context?.itemIndex).toBe(0);
			expect(dataRequests(t.ion)).toHaveLength(0);
		},
	);

	test('the description (what to do) is kept', async () => {
		const r = await t.run({ resource: 'customer', operation: 'get', customerId: rl('-') });
		expect(r.error?.message).toBe('Customer must be a number, got -');
		expect(r.error?.description).toMatch(
			/Only Order > Get and Order > Get Many for Customer accept -/,
		);
	});

	test('with Continue On Fail the error item carries the NodeOperationError, paired with its input', async () => {
		const r = await t.run(
			{ resource: 'customer', operation: 'get', customerId: rl('={{ $json.id }}') },
			{ continueOnFail: true, items: [{ json: { id: 'x' } }, { json: { id: 'y' } }] },
		);
		expect(r.items.map((i) => [i.json.error, i.error?.name, i.pairedItem])).toEqual([
			['Customer must be a number, got x', 'NodeOperationError', { item: 0 }],
			['Customer must be a number, got y', 'NodeOperationError', { item: 1 }],
		]);
	});
});

describe("Ion's answers stay API errors", () => {
	test('a 404 from Ion: NodeApiError with its httpCode', async () => {
		const r = await t.run({ resource: 'customer', operation: 'get', customerId: rl('99999999') });
		expect(r.error?.name).toBe('NodeApiError');
		expect(apiAnswerFields(r.error).httpCode).toBe('404');
		expect(dataRequests(t.ion)).toHaveLength(1);
	});
});
