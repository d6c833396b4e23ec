/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports */
// Reads the codex file from disk (node:fs, node:path, __dirname): the nodes panel's search matches the
// display name and these aliases only (n8n 2.41.1 editor), so removing one loses users.
import * as fs from 'node:fs';
import * as path from 'node:path';

import { StreamOneIon } from '../../nodes/StreamOneIon/StreamOneIon.node';

const codex = JSON.parse(
	fs.readFileSync(path.join(__dirname, '../../nodes/StreamOneIon/StreamOneIon.node.json'), 'utf8'),
) as { node: string; alias?: string[] };

describe('node codex', () => {
	test('names the node type n8n gives the community package', () => {
		expect(codex.node).toBe(`n8n-nodes-streamone-ion.${new StreamOneIon().description.name}`);
	});

	test('has the search aliases MSPs use (issue 10), each once', () => {
		expect(codex.alias).toEqual(
			expect.arrayContaining([
				'Ion',
				'StreamOne',
				'Synnex',
				'TD SYNNEX',
				'MSP',
				'CSP',
				'marketplace',
				'licence',
				'license',
				'subscription',
			]),
		);
		const lower = (codex.alias ?? []).map((a) => a.toLowerCase());
		expect(new Set(lower).size).toBe(lower.length);
	});
});
