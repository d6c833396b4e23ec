// The nodes panel finds the node by the words MSPs use (issue 10: "Ion" was row 38 of 40, "MSP"
// found nothing). n8n 2.41.1 ranks search results by a fuzzy score of the display name (weight 1.3)
// and of each codex alias (weight 1), plus a fixed popularity bonus for well-known nodes; the
// aliases are in nodes/StreamOneIon/StreamOneIon.node.json.
import { expectThat, type UiCheck } from '../check';
import { NODE_DISPLAY_NAME } from '../editor';

/** Each search text and the last row the node may be listed at (1 = first). */
export const SEARCHES: Array<[text: string, worstRow: number]> = [
	['StreamOne', 1],
	['Synnex', 1],
	['TD SYNNEX', 1],
	['marketplace', 1],
	['licence', 1],
	['license', 1],
	['subscription', 1],
	// Short words other nodes also match; popular nodes get a bonus we cannot earn. "Ion" is first
	// because the display name starts with it (search-ion-first).
	['Ion', 1],
	['MSP', 5],
	['CSP', 5],
];

/** The package's other nodes, as the nodes panel names them. */
const SIBLING = /StreamOne/;

export const searchCheck: UiCheck = {
	name: 'search',
	title: 'the nodes panel finds the node by Ion, StreamOne, Synnex, TD SYNNEX, MSP, CSP and more',
	async run({ editor, step, note }) {
		const misses: string[] = [];
		for (const [text, worstRow] of SEARCHES) {
			const names = await step(`search "${text}"`, () => editor.searchNodes(text), {
				screenshot: true,
			});
			// the package's other nodes (the Stellr node, the trigger) above it do not count: they
			// are what a user searching "TD SYNNEX" also looks for
			const others = names.filter((n) => n === NODE_DISPLAY_NAME || !SIBLING.test(n));
			const row = others.indexOf(NODE_DISPLAY_NAME) + 1;
			const above = names.slice(0, Math.max(0, names.indexOf(NODE_DISPLAY_NAME)));
			const listed = row ? `row ${row} of ${names.length}` : `not listed (${names.length} results)`;
			const sibling =
				above.length && above.every((n) => SIBLING.test(n))
					? " (not counting the package's other nodes)"
					: '';
			note(`"${text}": ${listed}${sibling}${above.length ? `, below ${above.join(', ')}` : ''}`);
			if (row === 0 || row > worstRow)
				misses.push(
					`"${text}" lists the node at ${row ? `row ${row}` : 'no row'}, expected row ${worstRow} or better`,
				);
		}
		expectThat(misses.length === 0, misses.join('; '));
	},
};

export const searchIonFirstCheck: UiCheck = {
	name: 'search-ion-first',
	title: 'searching "Ion" lists the node first',
	async run({ editor, step, note }) {
		const names = await step('search "Ion"', () => editor.searchNodes('Ion'), { screenshot: true });
		const row = names.indexOf(NODE_DISPLAY_NAME) + 1;
		note(`row ${row || 'none'} of ${names.length}; first rows: ${names.slice(0, 5).join(', ')}`);
		expectThat(row === 1, `"Ion" lists the node at row ${row || 'none'}, not first`);
	},
};
