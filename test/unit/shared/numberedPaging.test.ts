// The page-number loop (nodes/shared/paging.ts collectNumberedPages): page size, stop rules,
// and the guards against a server that ignores the page number.
import type { IDataObject, INode } from 'n8n-workflow';

import {
	collectNumberedPages,
	numberedPageSize,
	type NumberedPage,
} from '../../../nodes/shared/paging';

const scope = { node: { name: 'N' } as INode, service: 'StreamOne Stellr' };
const records = (n: number, from = 0): IDataObject[] =>
	Array.from({ length: n }, (_, i) => ({ id: from + i }));

/** A server with `total` records that pages by `cap` at most (whatever size is asked). */
function server(total: number, { cap = Infinity, sendTotal = true } = {}) {
	const asked: string[] = [];
	const fetchPage = async (pageNo: number, pageSize: number): Promise<NumberedPage> => {
		asked.push(`${pageNo}/${pageSize}`);
		const size = Math.min(pageSize, cap);
		const start = (pageNo - 1) * size;
		const page = records(Math.max(0, Math.min(size, total - start)), start);
		return sendTotal ? { records: page, total } : { records: page };
	};
	return { asked, fetchPage };
}

describe('numberedPageSize', () => {
	test.each([
		[Infinity, 200],
		[1, 1],
		[50, 50],
		[200, 200],
		[201, 101],
		[250, 125],
		[1000, 200],
		[1001, 167],
	])('limit %p: pages of %p', (limit, size) => {
		expect(numberedPageSize(limit, 200)).toBe(size);
	});
});

describe('collectNumberedPages', () => {
	test('all records: pages of the largest size until the total', async () => {
		const s = server(450);
		expect(await collectNumberedPages(scope, Infinity, 200, s.fetchPage)).toEqual(records(450));
		expect(s.asked).toEqual(['1/200', '2/200', '3/200']);
	});

	test('an exact multiple of the page size stops at the total without asking for an empty page', async () => {
		const s = server(400);
		await collectNumberedPages(scope, Infinity, 200, s.fetchPage);
		expect(s.asked).toEqual(['1/200', '2/200']);
	});

	test('without a total, a short page is the last; an exact multiple costs one empty page', async () => {
		const short = server(250, { sendTotal: false });
		expect(await collectNumberedPages(scope, Infinity, 200, short.fetchPage)).toHaveLength(250);
		expect(short.asked).toEqual(['1/200', '2/200']);
		const exact = server(400, { sendTotal: false });
		expect(await collectNumberedPages(scope, Infinity, 200, exact.fetchPage)).toHaveLength(400);
		expect(exact.asked).toEqual(['1/200', '2/200', '3/200']);
	});

	test('Limit reads no more than it needs', async () => {
		const s = server(1000);
		expect(await collectNumberedPages(scope, 250, 200, s.fetchPage)).toEqual(records(250));
		expect(s.asked).toEqual(['1/125', '2/125']);
	});

	test('a server that caps pages lower than asked, with a total: every record is still read', async () => {
		const s = server(450, { cap: 100 });
		expect(await collectNumberedPages(scope, Infinity, 200, s.fetchPage)).toEqual(records(450));
		expect(s.asked).toEqual(['1/200', '2/200', '3/200', '4/200', '5/200']);
	});

	test('a server that ignores the page number: stopped with an error, not an endless loop', async () => {
		const fetchPage = async (): Promise<NumberedPage> => ({ records: records(200), total: 10_000 });
		await expect(collectNumberedPages(scope, Infinity, 200, fetchPage)).rejects.toThrow(
			'StreamOne Stellr returned the same page twice; stopped to avoid an endless loop',
		);
	});

	test('an empty first page gives no records', async () => {
		const s = server(0);
		expect(await collectNumberedPages(scope, Infinity, 200, s.fetchPage)).toEqual([]);
		expect(s.asked).toEqual(['1/200']);
	});
});
