import {
	sleep,
	type DeclarativeRestApiSettings,
	type IDataObject,
	type IExecutePaginationFunctions,
	type IExecuteSingleFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { scopeOf } from '../../../shared/nodeErrors';
import { preSendStep, runOperation } from '../../../shared/requestFrame';
import { text } from '../../../shared/validation';
import { customerLocator } from '../../shared/customerLocator';
import {
	attributesField,
	endCustomerPoField,
	orderDisplayNameField,
	resellerPoField,
} from '../../shared/orderFields';
import {
	ORDER_UNKNOWN_OUTCOME_HINT,
	refuseZeroSeatUpdate,
	toQuantity,
} from '../../shared/orderItem';
import { checkId, numericId } from '../../transport/paths';
import { ionApiRequest } from '../../transport/request';
import { send } from '../../transport/routing';
import { subscriptionIdParameter } from './common';
import { buildUpdateOrder, readSubscription } from './updateOrder';

/*
 * Subscription > Update Seats: reads the subscription; when it already has the seats asked for,
 * places no order and outputs the subscription with `changed: false`; otherwise places one
 * UPDATE order (never resent) and outputs it with the seats before and after. Optionally waits
 * for the order to reach a final status, by reading it (bounded; a read never buys anything).
 */

/** Order statuses after which Ion no longer changes an order. */
const FINAL_STATUSES = ['COMPLETED', 'CANCELED', 'ERROR'];

interface SeatInput {
	customerId: string;
	subscriptionId: string;
	quantity: number;
	options: IDataObject & { attributes?: { attribute?: IDataObject[] } };
}

/** The checked input; every check runs before anything is sent. */
function readInput(ctx: IExecuteSingleFunctions): SeatInput {
	const customerId = checkId(ctx, 'customerId', numericId('Customer'));
	const subscriptionId = checkId(ctx, 'subscriptionId', numericId('Subscription'));
	const quantity = toQuantity(
		scopeOf(ctx),
		ctx.getNodeParameter('quantity', undefined),
		'Quantity',
	);
	refuseZeroSeatUpdate(scopeOf(ctx), { action: 'UPDATE', quantity }, 'Seat update');
	const options = ctx.getNodeParameter('options', {}) as SeatInput['options'];
	return { customerId, subscriptionId, quantity, options };
}

/** preSend: refuses bad input before the subscription is read. */
export const checkSeatUpdate = preSendStep(function (this: IExecuteSingleFunctions) {
	readInput(this);
});

/** Reads the order until it has a final status or the wait is used up (reads only). */
async function waitForOrder(
	ctx: IExecutePaginationFunctions,
	customerId: string,
	order: IDataObject,
	options: IDataObject,
): Promise<IDataObject> {
	const orderId = text(order.orderId);
	const maxMs = Math.max(1, Number(options.maxWaitSeconds ?? 120)) * 1000;
	const intervalMs = Math.max(1, Number(options.pollIntervalSeconds ?? 5)) * 1000;
	const signal = 'getExecutionCancelSignal' in ctx ? ctx.getExecutionCancelSignal() : undefined;
	let latest = order;
	let waited = 0;
	try {
		while (!FINAL_STATUSES.includes(text(latest.status)) && orderId && waited < maxMs) {
			const step = Math.min(intervalMs, maxMs - waited);
			for (let left = step; left > 0 && !signal?.aborted; left -= 500)
				await sleep(Math.min(500, left));
			waited += step;
			if (signal?.aborted) break;
			const path = `/customers/${encodeURIComponent(customerId)}/orders/${encodeURIComponent(orderId)}`;
			latest = await ionApiRequest.call(ctx, 'GET', path);
		}
	} catch (error) {
		// the order is placed: its output is never lost to a failed read
		return { ...latest, orderFinal: false, waitError: (error as Error).message };
	}
	return { ...latest, orderFinal: FINAL_STATUSES.includes(text(latest.status)) };
}

/**
 * Request function: the subscription GET (retried like every read), then no order or one order
 * POST under the never-resend policy, then the optional wait.
 */
export async function placeSeatUpdate(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	return await runOperation(this, requestData, async () => {
		const { customerId, subscriptionId, quantity, options } = readInput(this);
		const subscription = await readSubscription(this, customerId, subscriptionId);
		const before = Number(subscription.subscriptionTotalLicenses);
		if (before === quantity) return [{ json: { ...subscription, changed: false } }];
		const body = await buildUpdateOrder(this, {
			customerId,
			subscriptionId,
			subscription,
			quantity,
			attributes: options.attributes?.attribute ?? [],
			options,
			what: 'Seat update',
		});
		const placed = await send(
			this,
			{ ...requestData, options: { ...requestData.options, body } },
			{
				idempotent: false,
				what: 'seat update order',
				unknownOutcomeHint: ORDER_UNKNOWN_OUTCOME_HINT,
			},
		);
		let order = (placed[0]?.json ?? {}) as IDataObject;
		if (options.waitForCompletion === true)
			order = await waitForOrder(this, customerId, order, options);
		const seats = { seatsBefore: Number.isFinite(before) ? before : null, seatsAfter: quantity };
		return [{ json: { ...order, changed: true, ...seats } }];
	});
}

/** Shown above everything else: this operation spends money. */
const seatChangeNotice: INodeProperties = {
	displayName:
		'This places a real UPDATE order with TD SYNNEX and may change what you are billed, unless the subscription already has that many seats. The order is sent once and never retried automatically. The output is the order, with the seats before and after (or the unchanged subscription).',
	name: 'seatChangeNotice',
	type: 'notice',
	default: '',
};

export const description: INodeProperties[] = [
	seatChangeNotice,
	customerLocator,
	subscriptionIdParameter,
	{
		displayName: 'Quantity',
		name: 'quantity',
		type: 'number',
		required: true,
		// no default: a number left as it was must never become a billed order
		default: '',
		typeOptions: { minValue: 1, numberPrecision: 0 },
		placeholder: 'e.g. 25',
		description:
			'The new total number of seats (not the difference), at least 1. When the subscription already has it, no order is placed. Vendors may refuse decreases outside their cancellation window.',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			attributesField(
				'Provisioning attributes the vendor needs for an update, by name as in the UPDATE provisioning template (Provisioning Template > Get Many)',
			),
			orderDisplayNameField,
			endCustomerPoField,
			{
				displayName: 'Max Wait (Seconds)',
				name: 'maxWaitSeconds',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 3600 },
				default: 120,
				displayOptions: { show: { waitForCompletion: [true] } },
				description:
					'The longest to wait for a final status. The order stays placed either way; the output says whether its status is final ("orderFinal").',
			},
			{
				displayName: 'Poll Interval (Seconds)',
				name: 'pollIntervalSeconds',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 300 },
				default: 5,
				displayOptions: { show: { waitForCompletion: [true] } },
				description: 'How often to read the order while waiting',
			},
			{
				displayName: 'Reference ID',
				name: 'referenceId',
				type: 'string',
				default: '',
				description:
					'Your own ID for the order, for example the ticket number in your PSA: it lets you find the order if its outcome is ever unknown',
			},
			resellerPoField,
			{
				displayName: 'Wait for Completion',
				name: 'waitForCompletion',
				type: 'boolean',
				default: false,
				description:
					'Whether to read the order until Ion reports a final status (Completed, Canceled or Error) and output that. Only reads; the order is never sent again.',
			},
		],
	},
];
