import {
	compact,
	isSafePathSegment,
	parseJsonField,
	requireEmail,
	requireNumericId,
	requirePathId,
	requireString,
	text,
} from '../../../nodes/shared/validation';
import { scope, thrown } from '../fixtures';

describe('input checks name the field and say what is expected', () => {
	test('numeric IDs: digits, trimmed; "-" only when allowed', () => {
		expect(requireNumericId(scope, ' 10054 ', 'Customer')).toBe('10054');
		expect(requireNumericId(scope, 42, 'Order ID')).toBe('42');
		expect(requireNumericId(scope, '-', 'Customer ID', { allowDash: true })).toBe('-');
		expect(thrown(() => requireNumericId(scope, '-', 'Customer ID')).message).toBe(
			'Customer ID must be a number, got -',
		);
		expect(thrown(() => requireNumericId(scope, 'acme', 'Customer')).message).toBe(
			'Customer must be a number, got acme',
		);
		expect(thrown(() => requireNumericId(scope, '', 'Order ID')).message).toBe(
			'Order ID is required',
		);
		expect(thrown(() => requireNumericId(scope, 'x', 'Order ID')).context?.itemIndex).toBe(2);
	});

	test('path IDs refuse what could change a URL path', () => {
		expect(requirePathId(scope, ' AWS-EC ', 'Product')).toBe('AWS-EC');
		for (const bad of ['a/b', 'a?b', 'a#b', '50%', '..', '.', 'a\\b', 'a\u0001']) {
			expect(isSafePathSegment(bad)).toBe(false);
			expect(thrown(() => requirePathId(scope, bad, 'Product')).message).toMatch(
				/^Product contains characters/,
			);
		}
	});

	test('text, e-mail and JSON fields', () => {
		expect(text(undefined)).toBe('');
		expect(text(' a ')).toBe('a');
		expect(requireString(scope, 7, 'Quantity')).toBe('7');
		expect(thrown(() => requireString(scope, '  ', 'City')).message).toBe('City is required');
		expect(requireEmail(scope, 'a@b.co', 'Email')).toBe('a@b.co');
		expect(thrown(() => requireEmail(scope, 'a@b', 'Email')).message).toBe(
			'Email is not a valid e-mail address: a@b',
		);
		expect(parseJsonField(scope, '{"a":1}', 'Order (JSON)', { expect: 'object' })).toEqual({
			a: 1,
		});
		const bad = thrown(() => parseJsonField(scope, '{a:1}', 'Order (JSON)'));
		expect(bad.message).toBe('Order (JSON) is not valid JSON');
		expect(bad.description).toMatch(/Check quotes, commas and brackets/);
		expect(
			thrown(() => parseJsonField(scope, '[1]', 'Order (JSON)', { expect: 'object' })).message,
		).toBe('Order (JSON) must be a JSON object ({ ... })');
	});

	test('compact drops blanks and empty objects, keeps arrays and zeros', () => {
		expect(
			compact({ a: '', b: null, c: undefined, d: 0, e: { f: '' }, g: { h: 'x' }, i: [] }),
		).toEqual({
			d: 0,
			g: { h: 'x' },
			i: [],
		});
	});
});
