// Report data as items and the CSV file name (nodes/StreamOneIon/resources/report/reportData.ts).
import {
	columnKeys,
	csvFileName,
	reportValue,
	rowsOf,
	rowToRecord,
} from '../../../nodes/StreamOneIon/resources/report/reportData';

describe('reportValue', () => {
	test.each([
		[{ valueType: 'STRING', stringValue: 'Acme' }, 'Acme'],
		[{ valueType: 'ID', stringValue: '10001' }, '10001'],
		[{ valueType: 'INT', intValue: 7 }, 7],
		[{ valueType: 'FLOAT', floatValue: 1.5 }, 1.5],
		[{ valueType: 'MONEY', moneyValue: { currency: 'EUR', value: 12.3 } }, 12.3],
		[{ valueType: 'BOOL', boolValue: true }, true],
		[{ valueType: 'BOOL' }, false],
		[{ valueType: 'DATE', dateValue: '2026-10-01T00:00:00Z' }, '2026-10-01T00:00:00Z'],
		[
			{ valueType: 'INTERNAL_LINK', internalLinkValue: { link: '/x', text: 'Download' } },
			'Download',
		],
		[{ valueType: 'REPORT_VALUE_TYPE_UNSPECIFIED', intValue: 3 }, 3],
		[{ moneyValue: { value: 2 } }, 2],
		[{}, null],
	])('%j -> %j', (value, expected) => {
		expect(reportValue(value)).toEqual(expected);
	});
});

describe('columnKeys and rowToRecord', () => {
	test('display names, made unique; a column without a name falls back to its template ID, ID, or position', () => {
		expect(
			columnKeys([
				{ displayName: 'Customer' },
				{ displayName: 'Customer' },
				{ columnTemplateId: 'billing.cost' },
				{ id: '9' },
				{},
			]),
		).toEqual(['Customer', 'Customer (2)', 'billing.cost', '9', 'Column 5']);
	});

	test('a row becomes a flat record; money gets a currency key; extra values keep their position', () => {
		const keys = ['Customer', 'Cost'];
		const record = rowToRecord(
			{
				values: [
					{ valueType: 'STRING', stringValue: 'Acme' },
					{ valueType: 'MONEY', moneyValue: { currency: 'USD', value: 10 } },
					{ valueType: 'INT', intValue: 3 },
				],
			},
			keys,
		);
		expect(record).toEqual({ Customer: 'Acme', Cost: 10, 'Cost Currency': 'USD', 'Column 3': 3 });
		expect(rowToRecord({}, keys)).toEqual({});
	});

	test('rowsOf reads results.rows and ignores anything else', () => {
		expect(rowsOf({ results: { rows: [{ values: [] }, null, 3] } })).toEqual([{ values: [] }]);
		expect(rowsOf({ results: {} })).toEqual([]);
		expect(rowsOf(undefined)).toEqual([]);
	});
});

describe('csvFileName', () => {
	test.each([
		['Monthly billing', '7', { relative: 'LAST_MONTH' }, 'Monthly billing - last-month.csv'],
		['Monthly billing', '7', { relative: 'SAVED' }, 'Monthly billing.csv'],
		[
			'Billing',
			'7',
			{ relative: 'CUSTOM', startDate: '2026-10-01T00:00:00Z', endDate: '2026-10-31T23:59:59Z' },
			'Billing - 2026-10-01 to 2026-10-31.csv',
		],
		['a/b: c*?', '7', { relative: 'TODAY' }, 'a b c - today.csv'],
		['  ', '7002', { relative: 'TWO_MONTHS_AGO' }, 'report-7002 - two-months-ago.csv'],
	])('%j, %s, %j -> %s', (name, id, range, expected) => {
		expect(csvFileName(name, id, range)).toBe(expected);
	});
});
