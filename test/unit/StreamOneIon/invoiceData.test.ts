// Reading the v1 billing API's answers (nodes/StreamOneIon/resources/invoice/invoiceData.ts) and the
// v1 credential helpers (credentials/ionApiKeys.ts).
import {
	apiKeysFingerprint,
	ionBasicAuthorization,
	ionV1BaseUrl,
} from '../../../credentials/ionApiKeys';
import {
	detailedInvoiceOf,
	invoiceFileLinks,
	invoicesOf,
	invoiceTotalOf,
} from '../../../nodes/StreamOneIon/resources/invoice/invoiceData';

const a = { id: '1' };
const b = { id: '2' };

describe('invoicesOf and invoiceTotalOf', () => {
	test.each([
		['data.invoices', { data: { invoices: [a, b], total: 7 } }, [a, b], 7],
		['data.items', { data: { items: [a], count: '3' } }, [a], 3],
		['a list in data', { data: [a, b] }, [a, b], undefined],
		['top-level invoices', { invoices: [b], total: 1 }, [b], 1],
		['a bare list', [a, null, 'x', b], [a, b], undefined],
		['nothing', { data: {} }, [], undefined],
		['not JSON', 'oops', [], undefined],
	])('%s', (_name, body, records, total) => {
		expect(invoicesOf(body)).toEqual(records);
		expect(invoiceTotalOf(body)).toBe(total);
	});
});

describe('detailedInvoiceOf and invoiceFileLinks', () => {
	test('data.invoice, else invoice, else data', () => {
		expect(detailedInvoiceOf({ data: { invoice: a } })).toEqual(a);
		expect(detailedInvoiceOf({ invoice: b })).toEqual(b);
		expect(detailedInvoiceOf({ data: { id: '3' } })).toEqual({ id: '3' });
		expect(detailedInvoiceOf(null)).toEqual({});
	});

	test('only non-empty text links, trimmed', () => {
		expect(
			invoiceFileLinks({
				detailedInvoiceFilesUrls: [' https://x/a.csv ', '', 3, null, 'https://x/b.pdf'],
			}),
		).toEqual(['https://x/a.csv', 'https://x/b.pdf']);
		expect(invoiceFileLinks({})).toEqual([]);
	});
});

describe('v1 credential helpers', () => {
	test('Basic base64(key:secret)', () => {
		expect(ionBasicAuthorization('key', 'sec:ret')).toBe(
			`Basic ${Buffer.from('key:sec:ret').toString('base64')}`,
		);
	});

	test('the fingerprint changes with either value and shows neither', () => {
		const f = apiKeysFingerprint('key-1234', 'secret-5678');
		expect(f).toMatch(/^fnv1a:[0-9a-f]{8}$/);
		expect(apiKeysFingerprint('key-1234', 'secret-5678')).toBe(f);
		expect(apiKeysFingerprint('key-1235', 'secret-5678')).not.toBe(f);
		expect(apiKeysFingerprint('key-1234', 'secret-5679')).not.toBe(f);
	});

	test.each([
		['', 'https://ion.tdsynnex.com'],
		['https://ion.example.com/', 'https://ion.example.com'],
		['http://127.0.0.1:8787', 'http://127.0.0.1:8787'],
		['http://ion.example.com', undefined],
		['ftp://ion.example.com', undefined],
		['not a url', undefined],
	])('keys are only sent to %j', (base, expected) => {
		expect(ionV1BaseUrl(base)).toBe(expected);
	});
});
