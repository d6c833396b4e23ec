import { resolveApiPath } from '../../../nodes/StreamOneIon/resources/apiRequest/apiPath';
import { scope, thrown } from '../fixtures';

describe('resolveApiPath (API Request)', () => {
	test('account paths go under /api/v3/accounts/{accountId}; API Root paths stay as they are', () => {
		expect(resolveApiPath(scope, '/customers/10054/cloudProfiles', 'account', ' 1000 ')).toBe(
			'/api/v3/accounts/1000/customers/10054/cloudProfiles',
		);
		expect(resolveApiPath(scope, 'products:pricing', 'account', '1000')).toBe(
			'/api/v3/accounts/1000/products:pricing',
		);
		expect(resolveApiPath(scope, '/', 'account', '1000')).toBe('/api/v3/accounts/1000');
		expect(resolveApiPath(scope, '/api/v3/customers/5/carts', 'absolute', '1000')).toBe(
			'/api/v3/customers/5/carts',
		);
	});

	test.each([
		['https://evil.example/api/v3/x', 'full URLs and other hosts are refused'],
		['//evil.example/x', 'full URLs and other hosts are refused'],
		['/customers/../../oauth/token', '"." and ".." segments are refused'],
		['/customers/%2e%2e/x', '"." and ".." segments are refused'],
		['/customers/%252e%252e/x', '"." and ".." segments are refused'],
		['/customers?pageSize=1', 'put query parameters under Query Parameters, not in the path'],
		['/a\\b', 'backslashes are refused'],
		['/a b', 'whitespace or control characters are refused'],
		['/%E0%A4%A', 'malformed percent-encoding'],
		[
			'/api/v3/customers',
			'this path already starts with /api/v3; set Path Is Relative To to API Root',
		],
	])('refuses %s', (path, why) => {
		expect(thrown(() => resolveApiPath(scope, path, 'account', '1000')).message).toBe(
			`Path is not allowed: ${why}`,
		);
	});

	test('API Root paths must start with /api/v3/', () => {
		expect(thrown(() => resolveApiPath(scope, '/oauth/token', 'absolute', '1000')).message).toBe(
			'Path is not allowed: an API Root path must start with /api/v3/',
		);
		expect(thrown(() => resolveApiPath(scope, '  ', 'account', '1000')).message).toBe(
			'Path is required',
		);
	});
});
