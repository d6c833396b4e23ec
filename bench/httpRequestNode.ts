/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports */
// Benchmark-only (never published): loads n8n's own HTTP Request node from the provisioned n8n install.

/**
 * n8n's HTTP Request node lives in `n8n-nodes-base`, which ships inside the n8n install that
 * `npm run n8n:prepare` provisions (`.cache/n8n-2.41.1/n8n/node_modules/`). It is not a
 * dependency of this package and must not become one.
 *
 * The node `require`s `n8n-workflow` (and its helpers could reach `n8n-core`). Resolved normally,
 * those would be the install's own copies, and two copies of n8n-workflow break the engine: the
 * harness's n8n-core checks errors and node types with `instanceof` against OUR n8n-workflow
 * classes (a NodeOperationError from the other copy is not one), and each copy keeps its own
 * module state. So before the node is loaded, the install's module files for `n8n-workflow` and
 * `n8n-core` are aliased in `require.cache` to the module objects this package already loaded:
 * Node's CommonJS loader returns a cached module by resolved file name without reading the file.
 * The versions must be the same (both are n8n 2.41.1's pins), which is checked, and after loading
 * no file of the install's copies may be in the cache, which is checked too (a deep import such as
 * `n8n-workflow/dist/...` would slip past the alias and is refused here instead of measured).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';

import type { IVersionedNodeType } from 'n8n-workflow';

const ALIASED = ['n8n-workflow', 'n8n-core'];

function packageDir(req: NodeJS.Require, id: string): string {
	// the package folder: resolve its main file, walk up to the folder named like the package
	let dir = dirname(req.resolve(id));
	while (!dir.endsWith(`${sep}${id}`) && dirname(dir) !== dir) dir = dirname(dir);
	return dir;
}

function versionOf(dir: string): string {
	return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string })
		.version;
}

export interface LoadedHttpRequest {
	nodeType: IVersionedNodeType;
	/** the version n8n adds by default (`defaultVersion`) */
	defaultVersion: number;
	/** n8n-nodes-base's version */
	version: string;
}

/** Loads `n8n-nodes-base`'s HTTP Request node with our n8n-workflow and n8n-core. */
export function loadHttpRequestNode(nodesBaseDir: string): LoadedHttpRequest {
	const ours = createRequire(__filename);
	const theirs = createRequire(join(nodesBaseDir, 'package.json'));
	const theirDirs: string[] = [];
	for (const id of ALIASED) {
		const ourFile = ours.resolve(id);
		const theirFile = theirs.resolve(id);
		const ourDir = packageDir(ours, id);
		const theirDir = packageDir(theirs, id);
		theirDirs.push(theirDir + sep);
		if (ourFile === theirFile) continue;
		if (versionOf(ourDir) !== versionOf(theirDir)) {
			throw new Error(
				`${id}: this package has ${versionOf(ourDir)}, the n8n install ${versionOf(theirDir)}; ` +
					'the HTTP Request contender needs the same version on both sides',
			);
		}
		ours(id);
		const loaded = ours.cache[ourFile];
		if (!loaded) throw new Error(`${id} is not in the CommonJS cache after require`);
		ours.cache[theirFile] = loaded;
	}
	const { HttpRequest } = theirs('./dist/nodes/HttpRequest/HttpRequest.node.js') as {
		HttpRequest: new () => IVersionedNodeType;
	};
	const strays = Object.keys(ours.cache).filter(
		(file) =>
			theirDirs.some((dir) => file.startsWith(dir)) &&
			!ALIASED.some((id) => ours.cache[file] === ours.cache[ours.resolve(id)]),
	);
	if (strays.length) {
		throw new Error(
			`the HTTP Request node loaded a second copy of n8n-workflow/n8n-core: ${strays.slice(0, 3).join(', ')}`,
		);
	}
	const nodeType = new HttpRequest();
	return {
		nodeType,
		defaultVersion: nodeType.currentVersion,
		version: versionOf(nodesBaseDir),
	};
}
