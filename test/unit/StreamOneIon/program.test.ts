import {
	partnerResourceName,
	programResourceName,
} from '../../../nodes/StreamOneIon/resources/program/batchUpdate';
import { scope, thrown } from '../fixtures';

describe('programResourceName', () => {
	test('a full program name is kept; a bare ID becomes a program of the credential account', () => {
		expect(programResourceName(scope, ' accounts/77/programs/2 ', '1000')).toBe(
			'accounts/77/programs/2',
		);
		expect(programResourceName(scope, ' 2 ', '1000')).toBe('accounts/1000/programs/2');
		expect(programResourceName(scope, 'csp-direct', '1000')).toBe(
			'accounts/1000/programs/csp-direct',
		);
	});

	test('anything else is refused, naming the field and the expected shape', () => {
		expect(thrown(() => programResourceName(scope, '', '1000')).message).toBe(
			'Program is required',
		);
		expect(thrown(() => programResourceName(scope, 'programs/2', '1000')).message).toBe(
			'Program must be a program ID or a name like accounts/1000/programs/7, got "programs/2"',
		);
	});
});

describe('partnerResourceName', () => {
	test('empty: the credential account; digits, with or without accounts/, are kept', () => {
		expect(partnerResourceName(scope, '', '1000')).toBe('accounts/1000');
		expect(partnerResourceName(scope, ' 4242 ', '1000')).toBe('accounts/4242');
		expect(partnerResourceName(scope, 'accounts/4242', '1000')).toBe('accounts/4242');
	});

	test('not a number: refused', () => {
		expect(thrown(() => partnerResourceName(scope, 'acme', '1000')).message).toBe(
			'Partner Account ID must be a number, got "acme"',
		);
	});
});
