/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports */
// Dev-only emulator code (never published): reads the spec file with node:fs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import type { Document, Operation } from 'openapi-backend';
import type { OpenAPIRouter as RouterClass } from 'openapi-backend/router';
import type { OpenAPIValidator as ValidatorClass } from 'openapi-backend/validation';

import { SPEC_QUIRKS } from './spec-quirks';

/** The public Ion OpenAPI description, copied into the repo so a fresh clone works alone. */
export const SPEC_PATH = join(__dirname, 'spec', 'ion-openapi.yaml');

type Json = Record<string, unknown>;

export interface SpecValidationIssue {
	field: string;
	message: string;
}

export interface LoadedSpec {
	document: Json;
	router: RouterClass;
	validator: ValidatorClass;
	loadMs: number;
}

let cached: LoadedSpec | undefined;

/** Drops keys that only document (examples, code samples) to keep the tree small; never names inside `properties`. */
function strip(node: unknown, inProperties = false): unknown {
	if (Array.isArray(node)) return node.map((n) => strip(n));
	if (node && typeof node === 'object') {
		const out: Json = {};
		for (const [k, v] of Object.entries(node as Json)) {
			if (!inProperties && (k === 'x-codeSamples' || k === 'example' || k === 'examples' || k === 'description')) continue;
			out[k] = strip(v, !inProperties && k === 'properties');
		}
		return out;
	}
	return node;
}

/** Replaces local $refs with the referenced objects (shared, so cycles stay cycles; the validator decycles). */
function dereference(doc: Json): Json {
	const resolved = new Map<string, unknown>();
	const lookup = (ref: string): unknown => {
		if (!ref.startsWith('#/')) throw new Error(`external $ref not supported: ${ref}`);
		let cur: unknown = doc;
		for (const part of ref.slice(2).split('/')) {
			cur = (cur as Json)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
		}
		if (cur === undefined) throw new Error(`unresolvable $ref ${ref}`);
		return cur;
	};
	const walk = (node: unknown): unknown => {
		if (Array.isArray(node)) {
			for (let i = 0; i < node.length; i++) node[i] = walk(node[i]);
			return node;
		}
		if (node && typeof node === 'object') {
			const obj = node as Json;
			if (typeof obj.$ref === 'string') {
				const ref = obj.$ref;
				const hit = resolved.get(ref);
				if (hit !== undefined) return hit;
				const target = lookup(ref);
				resolved.set(ref, target);
				return walk(target);
			}
			if (visited.has(obj)) return obj;
			visited.add(obj);
			for (const k of Object.keys(obj)) obj[k] = walk(obj[k]);
			return obj;
		}
		return node;
	};
	const visited = new Set<object>();
	walk(doc.components);
	walk(doc.paths);
	return doc;
}

/** Parses, patches and indexes the spec once per process. */
export function loadSpec(): LoadedSpec {
	if (cached) return cached;
	const t0 = Date.now();
	// openapi-backend's validation module pulls in an ESM-only ref parser. Node's own require loads it
	// (require(esm)); Jest's module registry cannot, and Jest also patches node:module's createRequire.
	// process.getBuiltinModule (Node >= 20.16) hands out the unpatched builtin, so both modules load natively.
	const builtin = (process as unknown as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule?.('node:module') as
		| { createRequire: typeof createRequire }
		| undefined;
	const nativeRequire = (builtin?.createRequire ?? createRequire)(__filename);
	const { OpenAPIRouter } = nativeRequire('openapi-backend/router') as typeof import('openapi-backend/router');
	const validationModule = nativeRequire('openapi-backend/validation') as typeof import('openapi-backend/validation');
	const { OpenAPIValidator } = validationModule;
	// Jest gives every test file its own module registry, but natively loaded modules are shared by the
	// whole worker process: keep the parsed spec (and compiled validators) there, so it is parsed once per process.
	const shared = validationModule as unknown as Record<string, LoadedSpec | undefined>;
	const sharedKey = `__streamOneIonEmulatorSpec:${SPEC_PATH}`;
	if (shared[sharedKey]) {
		cached = shared[sharedKey];
		return cached;
	}
	const raw = strip(loadYaml(readFileSync(SPEC_PATH, 'utf8'))) as Json;
	for (const quirk of SPEC_QUIRKS) quirk.apply(raw);
	const document = dereference(raw);
	const router = new OpenAPIRouter({ definition: document as unknown as Document });
	const validator = new OpenAPIValidator({
		definition: document as unknown as Document,
		router,
		lazyCompileValidators: true,
		ajvOpts: { strict: false, allErrors: false, logger: false },
		customizeAjv: (ajv, _opts, context) => {
			// Query and path values arrive as strings: coerce them for parameter validation only,
			// never for JSON bodies (a string where the spec wants a number must stay an error).
			if (String(context) !== 'requestBodyValidator') {
				(ajv.opts as { coerceTypes?: unknown }).coerceTypes = true;
			}
			// formats the spec uses that Ajv does not ship without ajv-formats. Functions, not RegExp objects:
			// under Jest, a RegExp from this module's realm fails Ajv's instanceof check.
			const dateTime = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?$/;
			const date = /^\d{4}-\d{2}-\d{2}$/;
			ajv.addFormat('date-time', (v: string) => dateTime.test(v));
			ajv.addFormat('date', (v: string) => date.test(v));
			ajv.addFormat('email', (v: string) => /^[^\s@]+@[^\s@]+$/.test(v));
			ajv.addFormat('uri', (v: string) => /^[a-z][a-z0-9+.-]*:/i.test(v));
			return ajv;
		},
	});
	cached = { document, router, validator, loadMs: Date.now() - t0 };
	shared[sharedKey] = cached;
	return cached;
}

const matchMemo = new Map<string, Operation | null>();

/** The spec operation for a request (memoised: list pages hit the same paths over and over). */
export function matchOperation(method: string, path: string): Operation | undefined {
	const key = `${method} ${path}`;
	const hit = matchMemo.get(key);
	if (hit !== undefined) return hit ?? undefined;
	const { router } = loadSpec();
	const op = router.matchOperation({ method, path, headers: {} });
	if (matchMemo.size > 10_000) matchMemo.clear();
	matchMemo.set(key, op ?? null);
	return op;
}

interface AjvError {
	instancePath?: string;
	keyword: string;
	message?: string;
	params?: Record<string, unknown>;
}

function describe(err: AjvError): SpecValidationIssue {
	const parts = (err.instancePath ?? '').split('/').filter(Boolean);
	const where = parts[0];
	let fieldParts = parts.slice(1);
	if (err.keyword === 'required' && err.params?.missingProperty !== undefined) {
		fieldParts = [...fieldParts, String(err.params.missingProperty)];
	}
	if (err.keyword === 'additionalProperties' && err.params?.additionalProperty !== undefined) {
		fieldParts = [...fieldParts, String(err.params.additionalProperty)];
	}
	let field = fieldParts.join('.');
	if (!field) field = where === 'requestBody' || !where ? 'body' : where;
	let message: string;
	switch (err.keyword) {
		case 'required':
			message = `${field}: required field is missing`;
			break;
		case 'enum':
			message = `${field}: must be one of [${((err.params?.allowedValues as unknown[]) ?? []).join(', ')}]`;
			break;
		case 'additionalProperties':
			message = `${field}: unknown ${where === 'query' ? 'query parameter' : 'field'}`;
			break;
		case 'parse':
			message = `body: invalid JSON (${err.message ?? 'parse error'})`;
			break;
		default:
			message = `${field}: ${err.message ?? 'is invalid'}`;
	}
	return { field, message };
}

/**
 * Validates one request against its operation. Returns the issues (empty when valid).
 * Validators compile lazily per operation and are cached for the process.
 */
export function validateRequest(
	operation: Operation,
	req: { method: string; path: string; headers: Record<string, string>; query: Record<string, string | string[]>; body: unknown },
): SpecValidationIssue[] {
	const { validator } = loadSpec();
	const result = validator.validateRequest(
		{ method: req.method, path: req.path, headers: req.headers, query: req.query, body: req.body },
		operation,
	);
	if (result.valid) return [];
	return ((result.errors ?? []) as AjvError[]).map(describe);
}
