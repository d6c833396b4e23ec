/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-dangerous-functions */
// Benchmark-only (never published; runs git and tar): the node of another commit, to measure it beside this work tree.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..');

export const git = (args: string[]): string =>
	execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();

/**
 * nodes/ and credentials/ of a commit, extracted into a temporary folder outside the work tree (so
 * lint and the type check never see them), with a symlink to this work tree's node_modules so the
 * old node resolves the same n8n-workflow (one module instance: Node caches by real path).
 * `remove()` deletes the folder.
 */
export function treeOf(rev: string): { dir: string; short: string; remove: () => void } {
	const short = git(['rev-parse', '--short', `${rev}^{commit}`]);
	const dir = mkdtempSync(join(tmpdir(), `ion-bench-${short}-`));
	const tar = join(dir, 'tree.tar');
	git(['archive', '--format=tar', '-o', tar, short, 'nodes', 'credentials']);
	execFileSync('tar', ['-xf', tar, '-C', dir]);
	rmSync(tar, { force: true });
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
	return { dir, short, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
