/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals */
// Reads the OpenAPI file from disk (test-only). Every path and method of Ion's v3 OpenAPI
// description has a named operation of the node (issue 11); API Request stays for anything else.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { load } from 'js-yaml';
import type { INodePropertyOptions } from 'n8n-workflow';

import { StreamOneIon } from '../../../nodes/StreamOneIon/StreamOneIon.node';

const spec = load(
	readFileSync(join(__dirname, '../../../emulator/spec/ion-openapi.yaml'), 'utf8'),
) as {
	paths: Record<string, Record<string, unknown>>;
};

/** Spec calls the node makes without a routing URL of their own, and where. */
const PROGRAMMATIC: Record<string, string> = {
	'POST /oauth/token': 'the credential (preAuthentication exchanges the refresh token)',
	'POST /oauth/validateAccess': 'Credential > Get Token Status',
};

/** `METHOD /api/v3/...` with every placeholder written `{}`. */
const key = (method: string, path: string) =>
	`${method.toUpperCase()} ${path.replace(/\{[^}]*\}/g, '{}')}`;

function nodeOperations(): Map<string, string> {
	const out = new Map<string, string>();
	const { properties } = new StreamOneIon().description;
	for (const selector of properties.filter((p) => p.name === 'operation')) {
		const resource = (selector.displayOptions?.show?.resource as string[])[0];
		for (const option of selector.options as INodePropertyOptions[]) {
			const request = option.routing?.request;
			if (!request?.url || !request.method) continue;
			// the URL expression: host and account are expressions, the path's IDs {placeholders}
			const path = String(request.url)
				.replace(/^=\{\{[^}]*\}\}/, '')
				.replace(/\{\{[^}]*\}\}/g, '{}');
			out.set(key(request.method, path), `${resource} > ${option.name}`);
		}
	}
	return out;
}

test('every path and method of the OpenAPI file has a named operation', () => {
	const operations = nodeOperations();
	const missing: string[] = [];
	for (const [path, methods] of Object.entries(spec.paths)) {
		for (const method of Object.keys(methods).filter((m) =>
			['get', 'post', 'put', 'patch', 'delete'].includes(m),
		)) {
			const k = key(method, path);
			const exact = `${method.toUpperCase()} ${path}`;
			if (!operations.has(k) && !PROGRAMMATIC[exact]) missing.push(exact);
		}
	}
	expect(missing).toEqual([]);
	expect(operations.size).toBeGreaterThanOrEqual(45);
});
