import {
	collectOffsetPages,
	collectTokenPages,
	readTokenPage,
	recordsOf,
	totalOf,
	type TokenPage,
} from '../../../nodes/shared/paging';
import { node } from '../fixtures';

const scope = { node, itemIndex: 0, service: 'Ion' };
const records = (from: number, n: number) =>
	Array.from({ length: n }, (_, i) => ({ id: from + i }));

describe('readTokenPage / recordsOf / totalOf', () => {
	test('records are the objects under the key; a missing key or a non-list gives none', () => {
		expect(recordsOf({ items: [{ a: 1 }, null, 3, [1], { b: 2 }] }, 'items')).toEqual([
			{ a: 1 },
			{ b: 2 },
		]);
		expect(recordsOf({ items: 'x' }, 'items')).toEqual([]);
		expect(recordsOf(undefined, 'items')).toEqual([]);
	});

	test('an empty nextPageToken means the last page', () => {
		expect(readTokenPage({ customers: [{ a: 1 }], nextPageToken: 'p2' }, 'customers')).toEqual({
			records: [{ a: 1 }],
			nextPageToken: 'p2',
		});
		expect(
			readTokenPage({ customers: [], nextPageToken: '' }, 'customers').nextPageToken,
		).toBeUndefined();
	});

	test('a total is a number or a numeric string', () => {
		expect(totalOf('250')).toBe(250);
		expect(totalOf(7)).toBe(7);
		expect(totalOf('')).toBeUndefined();
		expect(totalOf('many')).toBeUndefined();
		expect(totalOf(null)).toBeUndefined();
	});
});

describe('collectTokenPages', () => {
	test('reads every page in order, passing the token and what is still missing', async () => {
		const asked: Array<[string | undefined, number]> = [];
		const pages: Record<string, TokenPage> = {
			first: { records: records(0, 3), nextPageToken: 'b' },
			b: { records: records(3, 3), nextPageToken: 'c' },
			c: { records: records(6, 2) },
		};
		const out = await collectTokenPages(scope, Infinity, async (token, missing) => {
			asked.push([token, missing]);
			return pages[token ?? 'first'];
		});
		expect(out.map((r) => r.id)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
		expect(asked).toEqual([
			[undefined, Infinity],
			['b', Infinity],
			['c', Infinity],
		]);
	});

	test('stops at the limit without asking for another page, and cuts an over-full page', async () => {
		const asked: number[] = [];
		const out = await collectTokenPages(scope, 5, async (_token, missing) => {
			asked.push(missing);
			return { records: records(asked.length * 10, 4), nextPageToken: `t${asked.length}` };
		});
		expect(out).toHaveLength(5);
		expect(asked).toEqual([5, 1]);
	});

	test('a token seen before stops with an error that names the service and the records read', async () => {
		let call = 0;
		const error = await collectTokenPages(scope, Infinity, async () => ({
			records: records(call++, 1),
			nextPageToken: 'same',
		})).catch((e: Error & { description?: string }) => e);
		expect((error as Error).message).toBe(
			'Ion returned the same page token twice; stopped to avoid an endless loop',
		);
		expect((error as { description?: string }).description).toMatch(/Records read so far: 2/);
		expect(call).toBe(2);
	});
});

describe('collectOffsetPages', () => {
	test('advances the offset by the records received and stops at the total', async () => {
		const asked: Array<[number, number]> = [];
		const out = await collectOffsetPages(Infinity, async (offset, missing) => {
			asked.push([offset, missing]);
			return { records: records(offset, Math.min(4, 10 - offset)), total: 10 };
		});
		expect(out).toHaveLength(10);
		expect(asked.map(([o]) => o)).toEqual([0, 4, 8]);
	});

	test('without a total it stops on an empty page; with a limit it asks only for what is missing', async () => {
		const noTotal = await collectOffsetPages(Infinity, async (offset) => ({
			records: offset < 6 ? records(offset, 3) : [],
		}));
		expect(noTotal).toHaveLength(6);
		const asked: number[] = [];
		const limited = await collectOffsetPages(5, async (offset, missing) => {
			asked.push(missing);
			return { records: records(offset, 3), total: 100 };
		});
		expect(limited).toHaveLength(5);
		expect(asked).toEqual([5, 2]);
	});
});
