import {
	checkOrderItem,
	refuseZeroSeatUpdate,
	toQuantity,
	withOrderOptions,
} from '../../../nodes/StreamOneIon/shared/orderItem';
import { scope, thrown } from '../fixtures';

const item = { action: 'create', productId: ' 12 ', skuId: 'S1', planId: 'P1', quantity: '15' };

describe('checkOrderItem (Ion OrderItemRequest)', () => {
	test('keeps only the fields Ion knows, trimmed, with the action upper-cased and attributes as strings', () => {
		expect(
			checkOrderItem(
				scope,
				{
					...item,
					unknown: 'x',
					resellerPO: ' PO-1 ',
					attributes: [{ name: 'domainName', value: 42 }],
				},
				'Order item 1',
			),
		).toEqual({
			action: 'CREATE',
			productId: '12',
			skuId: 'S1',
			planId: 'P1',
			quantity: 15,
			resellerPO: 'PO-1',
			attributes: [{ name: 'domainName', value: '42' }],
		});
	});

	test('an UPDATE needs the resource ID; missing IDs are named', () => {
		expect(
			thrown(() => checkOrderItem(scope, { ...item, action: 'UPDATE' }, 'Order item 2')).message,
		).toBe('Order item 2: Resource ID is required for an UPDATE item');
		expect(
			thrown(() => checkOrderItem(scope, { ...item, skuId: ' ' }, 'Order item 1')).message,
		).toBe('Order item 1: SKU is required');
		expect(
			thrown(() => checkOrderItem(scope, { ...item, action: 'BUY' }, 'Order item 1')).message,
		).toBe('Order item 1: Action must be CREATE or UPDATE, got "BUY"');
	});

	test('add-ons default to CREATE and need an ID and a plan', () => {
		const out = checkOrderItem(
			scope,
			{ ...item, addOns: [{ addOnId: 'A1', planId: 'AP', quantity: 2 }] },
			'Order item 1',
		);
		expect(out.addOns).toEqual([
			{ id: 'A1', addOnId: 'A1', planId: 'AP', action: 'CREATE', quantity: 2 },
		]);
		expect(
			thrown(() => checkOrderItem(scope, { ...item, addOns: [{ planId: 'AP' }] }, 'Order item 1'))
				.message,
		).toBe('Order item 1, add-on 1: Add-On is required');
	});

	test('quantities are whole numbers of 0 or more', () => {
		expect(toQuantity(scope, ' 3 ', 'Quantity')).toBe(3);
		expect(thrown(() => toQuantity(scope, '2.5', 'Quantity')).message).toBe(
			'Quantity must be a whole number, got "2.5"',
		);
		expect(thrown(() => toQuantity(scope, -1, 'Quantity')).message).toBe(
			'Quantity cannot be below zero, got -1',
		);
		expect(thrown(() => toQuantity(scope, '', 'Quantity')).message).toBe('Quantity is required');
	});

	test('a CREATE needs at least 1; an UPDATE to 0 is refused where seats change, with a pointer to cancelling', () => {
		expect(
			thrown(() => checkOrderItem(scope, { ...item, quantity: 0 }, 'Order item 1')).message,
		).toBe('Order item 1: Quantity must be at least 1 for a CREATE item, got 0');
		const update = checkOrderItem(
			scope,
			{ ...item, action: 'UPDATE', resourceId: 'R1', quantity: 0 },
			'Order item 2',
		);
		expect(update.quantity).toBe(0);
		const refused = thrown(() => refuseZeroSeatUpdate(scope, update, 'Order item 2'));
		expect(refused.message).toBe('Order item 2: Quantity 0 is not allowed for an UPDATE');
		expect((refused as { description?: string }).description).toMatch(/cancel it instead/);
		expect(() => refuseZeroSeatUpdate(scope, { ...update, quantity: 1 }, 'x')).not.toThrow();
	});

	test('the order gets the reference ID and display name when they are set', () => {
		expect(withOrderOptions({ orderItems: [] }, { referenceId: ' T-1 ', displayName: '' })).toEqual(
			{
				orderItems: [],
				referenceId: 'T-1',
			},
		);
	});
});
