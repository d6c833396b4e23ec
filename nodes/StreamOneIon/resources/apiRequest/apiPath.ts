import { checkTypedPath, pathRefusal } from '../../../shared/apiRequest';
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
	const refuse = pathRefusal(
		where,
		'API Request only reaches StreamOne Ion v3 paths under /api/v3 on the host of the credential. Enter a path such as /customers.',
	);
	const withSlash = checkTypedPath(path, refuse);
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
