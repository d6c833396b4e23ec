import { fail, type InputScope } from '../../../shared/nodeErrors';
import { accountPath, ION_API_PREFIX } from '../../transport/paths';

/**
 * Checks a path typed into API Request and returns the full path under /api/v3. Refuses full
 * URLs and other hosts, `.` and `..` segments (also percent-encoded, twice), backslashes, query
 * strings, fragments, whitespace and control characters: the request can only reach Ion v3 on
 * the credential's host. `scope` 'account' puts the path under /api/v3/accounts/{accountId}.
 */
export function resolveApiPath(
	where: InputScope,
	rawPath: string,
	scope: string,
	accountId: string,
): string {
	const path = rawPath.trim();
	if (path === '') fail(where, 'Path is required', 'For example /customers or /subscriptions.');
	const refuse = (why: string): never =>
		fail(
			where,
			`Path is not allowed: ${why}`,
			'API Request only reaches StreamOne Ion v3 paths under /api/v3 on the host of the credential. Enter a path such as /customers.',
		);
	// "products:pricing" is a path (colon verb), "https://..." is not
	if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path) || path.includes('://') || path.startsWith('//')) {
		refuse('full URLs and other hosts are refused');
	}
	if (path.includes('\\')) refuse('backslashes are refused');
	if (/[?#]/.test(path)) refuse('put query parameters under Query Parameters, not in the path');
	if (
		/\s/.test(path) ||
		[...path].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)
	) {
		refuse('whitespace or control characters are refused');
	}
	let decoded = path;
	try {
		// twice, to catch %252e%252e as well as %2e%2e
		decoded = decodeURIComponent(decodeURIComponent(path));
	} catch {
		refuse('malformed percent-encoding');
	}
	if (decoded.split(/[/\\]/).some((s) => s === '..' || s === '.'))
		refuse('"." and ".." segments are refused');
	if (decoded.includes('\\') || /[?#]/.test(decoded)) refuse('encoded \\ ? or # are refused');
	if (decoded.startsWith('//')) refuse('full URLs and other hosts are refused');

	const withSlash = path.startsWith('/') ? path : `/${path}`;
	if (scope === 'absolute') {
		if (!withSlash.startsWith(`${ION_API_PREFIX}/`))
			refuse('an API Root path must start with /api/v3/');
		return withSlash;
	}
	if (withSlash === ION_API_PREFIX || withSlash.startsWith(`${ION_API_PREFIX}/`)) {
		refuse('this path already starts with /api/v3; set Path Is Relative To to API Root');
	}
	return `${accountPath(accountId)}${withSlash === '/' ? '' : withSlash}`;
}
