import {
	cartRequestBody,
	idAfter,
	withCartId,
	withCartItemId,
} from '../../../nodes/StreamOneIon/resources/cart/common';
import {
	provisionDataFrom,
	withOrderIds,
} from '../../../nodes/StreamOneIon/resources/cart/checkout';
import { cartItemRequestBody } from '../../../nodes/StreamOneIon/resources/cartItem/common';
import { scope, thrown } from '../fixtures';

describe('cart and cart item IDs from resource names', () => {
	test('idAfter reads the segment after a collection', () => {
		expect(idAfter('customers/10001/carts/3001/cartItems/7', 'carts')).toBe('3001');
		expect(idAfter('customers/10001/carts/3001/cartItems/7', 'cartItems')).toBe('7');
		expect(idAfter('customers/10001', 'carts')).toBe('');
		expect(idAfter(undefined, 'carts')).toBe('');
	});

	test('withCartId and withCartItemId lead with the IDs and never overwrite what Ion sent', () => {
		expect(Object.keys(withCartId({ name: 'customers/1/carts/9', status: 'OPEN' }))).toEqual([
			'cartId',
			'name',
			'status',
		]);
		expect(withCartId({ name: 'customers/1/carts/9', cartId: 5 }).cartId).toBe(5);
		expect(withCartItemId({ name: 'customers/1/carts/9/cartItems/4' })).toEqual({
			cartItemId: '4',
			cartId: '9',
			name: 'customers/1/carts/9/cartItems/4',
		});
		expect(withOrderIds({ name: 'accounts/1000/customers/10001/orders/90007', cartId: 3 })).toEqual(
			{
				orderId: '90007',
				customerId: '10001',
				name: 'accounts/1000/customers/10001/orders/90007',
				cartId: 3,
			},
		);
	});
});

describe('cartRequestBody (CartRequest / CartUpdateRequest)', () => {
	test('only the fields set, trimmed; payment as an object; currency upper-cased', () => {
		expect(
			cartRequestBody(scope, {
				cartDisplayName: ' Q1 ',
				status: 'OPEN',
				paymentType: 'CREDIT_CARD',
				creditCardName: ' Visa ',
				currencyCode: ' eur ',
				userName: '',
			}),
		).toEqual({
			cartDisplayName: 'Q1',
			payment: { paymentType: 'CREDIT_CARD', creditCardName: 'Visa' },
			status: 'OPEN',
			currencyCode: 'EUR',
		});
	});

	test('a currency code that is not three letters names the field', () => {
		expect(thrown(() => cartRequestBody(scope, { currencyCode: 'EURO' })).message).toBe(
			'Currency Code must be a three-letter currency code such as USD, got "EURO"',
		);
	});
});

describe('cartItemRequestBody (CartItemRequest)', () => {
	test('plan and quantity, payment and add-on when set', () => {
		expect(
			cartItemRequestBody(scope, {
				planName: ' P1 ',
				quantity: '3',
				paymentType: 'OFFLINE',
				addOnPlanId: 'A1',
				addOnDisplayName: 'Backup',
				addOnParent: 'P1',
			}),
		).toEqual({
			planName: 'P1',
			quantity: 3,
			payment: { paymentType: 'OFFLINE' },
			addOns: { planId: 'A1', displayName: 'Backup', parent: 'P1' },
		});
	});

	test('refuses a missing plan, a quantity below 1 or not whole, and half an add-on', () => {
		expect(thrown(() => cartItemRequestBody(scope, { quantity: 1 })).message).toBe(
			'Plan is required',
		);
		expect(thrown(() => cartItemRequestBody(scope, { planName: 'P', quantity: 0 })).message).toBe(
			'Quantity must be at least 1, got 0',
		);
		expect(thrown(() => cartItemRequestBody(scope, { planName: 'P', quantity: 2.5 })).message).toBe(
			'Quantity must be a whole number, got "2.5"',
		);
		expect(
			thrown(() =>
				cartItemRequestBody(scope, { planName: 'P', quantity: 1, addOnDisplayName: 'B' }),
			).message,
		).toBe('Add-On Plan is required when an add-on is set');
	});
});

describe('provisionDataFrom (checkout attributes)', () => {
	test('one entry per cart item in the order they first appear, IDs as numbers', () => {
		expect(
			provisionDataFrom(scope, [
				{ cartItemId: ' 7 ', name: 'domainName', value: 'acme' },
				{ cartItemId: '3', name: 'dataGeography', value: 'US' },
				{ cartItemId: '7', name: 'tenantId', value: undefined },
			]),
		).toEqual([
			{
				cartItemId: 7,
				attributes: [
					{ name: 'domainName', value: 'acme' },
					{ name: 'tenantId', value: '' },
				],
			},
			{ cartItemId: 3, attributes: [{ name: 'dataGeography', value: 'US' }] },
		]);
		expect(provisionDataFrom(scope, [])).toEqual([]);
	});

	test('names the row of a bad cart item ID or a missing name', () => {
		const error = thrown(() =>
			provisionDataFrom(scope, [
				{ cartItemId: '1', name: 'a' },
				{ cartItemId: 'x', name: 'b' },
			]),
		);
		expect(error.message).toBe(
			'Provisioning Attributes, row 2: Cart Item ID must be a number, got "x"',
		);
		expect(error.context?.itemIndex).toBe(2);
		expect(thrown(() => provisionDataFrom(scope, [{ cartItemId: '1' }])).message).toBe(
			'Provisioning Attributes, row 1: Name is required',
		);
	});
});
