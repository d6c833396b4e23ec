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
	// Short words other nodes also match; popular nodes get a bonus we cannot earn (see the
	// pending check search-ion-first).
	['Ion', 5],
	['MSP', 5],
	['CSP', 5],
];

export const searchCheck: UiCheck = {
	name: 'search',
	title: 'the nodes panel finds the node by Ion, StreamOne, Synnex, TD SYNNEX, MSP, CSP and more',
	async run({ editor, step, note }) {
		const misses: string[] = [];
		for (const [text, worstRow] of SEARCHES) {
			const names = await step(`search "${text}"`, () => editor.searchNodes(text), {
				screenshot: true,
			});
			const row = names.indexOf(NODE_DISPLAY_NAME) + 1;
			const above = names.slice(0, Math.max(0, row - 1));
			note(
				`"${text}": ${row ? `row ${row} of ${names.length}` : `not listed (${names.length} results)`}${above.length ? `, below ${above.join(', ')}` : ''}`,
			);
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
	pending:
		'not reachable with aliases in n8n 2.41.1: an exact alias "Ion" scores 235, Notion scores 270 (198 for the name + 72 popularity bonus). First place needs a display name that starts with "Ion" and has at most 13 characters; the node\'s display name is the lead\'s decision (see the report of the ui branch)',
	async run({ editor, step, note }) {
		const names = await step('search "Ion"', () => editor.searchNodes('Ion'), { screenshot: true });
		const row = names.indexOf(NODE_DISPLAY_NAME) + 1;
		note(`row ${row || 'none'} of ${names.length}; first rows: ${names.slice(0, 5).join(', ')}`);
		expectThat(row === 1, `"Ion" lists the node at row ${row || 'none'}, not first`);
	},
};
