// The benchmark's fairness checks (bench/workloads.ts): the same records give the same fingerprint
// whatever their order or key order, the keys our node adds are left out, and the HTTP Request
// contender is configured the way a user would.
import { createHash } from 'node:crypto';

import {
	expectedRecords,
	httpRequestParameters,
	recordsDigest,
	workloads,
	type ListWorkload,
} from '../../../bench/workloads';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const workload = (id: string) => workloads.find((w) => w.id === id) as ListWorkload;

describe('recordsDigest', () => {
	const a = {
		name: 'accounts/1/customers/7',
		customerOrganization: 'A',
		address: { city: 'X', zip: '1' },
	};
	const b = {
		name: 'accounts/1/customers/8',
		customerOrganization: 'B',
		address: { zip: '2', city: 'Y' },
	};

	test('same records in another order and key order: same fingerprint', () => {
		const reordered = { address: { zip: '1', city: 'X' }, customerOrganization: 'A', name: a.name };
		expect(recordsDigest([b, reordered], [], sha)).toBe(recordsDigest([a, b], [], sha));
	});

	test('the keys our node adds are left out; any other difference changes the fingerprint', () => {
		const ours = [
			{ customerId: '7', ...a },
			{ customerId: '8', ...b },
		];
		expect(recordsDigest(ours, ['customerId'], sha)).toBe(
			recordsDigest([a, b], ['customerId'], sha),
		);
		expect(recordsDigest(ours, [], sha)).not.toBe(recordsDigest([a, b], [], sha));
		const changed = { ...b, address: { city: 'Y', zip: '3' } };
		expect(recordsDigest([a, changed], [], sha)).not.toBe(recordsDigest([a, b], [], sha));
		expect(recordsDigest([a], [], sha)).not.toBe(recordsDigest([a, a], [], sha));
	});
});

describe('httpRequestParameters: what a user configures in the HTTP Request node', () => {
	const base = 'http://127.0.0.1:9';

	test('the Get: the customer ID from the item in the URL, the credential as predefined type', () => {
		const get = workloads.find((w) => w.kind === 'get');
		expect(httpRequestParameters(get!, base, '1000', 100)).toEqual({
			authentication: 'predefinedCredentialType',
			nodeCredentialType: 'streamOneIonApi',
			method: 'GET',
			url: `=${base}/api/v3/accounts/1000/customers/{{ $json.id }}`,
			options: {},
		});
	});

	test('Return All customers: page size, then pageToken from the last response until none comes back', () => {
		const p = httpRequestParameters(workload('customers'), base, '1000', 100) as {
			queryParameters: unknown;
			options: { pagination: { pagination: Record<string, unknown> } };
		};
		expect(p.queryParameters).toEqual({ parameters: [{ name: 'pageSize', value: '100' }] });
		expect(p.options.pagination.pagination).toEqual({
			paginationMode: 'updateAParameterInEachRequest',
			parameters: {
				parameters: [
					{ type: 'qs', name: 'pageToken', value: '={{ $response.body.nextPageToken }}' },
				],
			},
			paginationCompleteWhen: 'other',
			completeExpression: '={{ !$response.body.nextPageToken }}',
		});
	});

	test('one page: no pagination option; subscriptions page by offset until totalCount', () => {
		const page = httpRequestParameters(workload('customersPage'), base, '1000', 100);
		expect(page.options).toEqual({});
		const subs = httpRequestParameters(workload('subscriptions'), base, '1000', 50) as {
			options: { pagination: { pagination: { parameters: unknown; completeExpression: string } } };
		};
		expect(subs.options.pagination.pagination.parameters).toEqual({
			parameters: [{ type: 'qs', name: 'pagination.offset', value: '={{ $pageCount * 50 }}' }],
		});
		expect(subs.options.pagination.pagination.completeExpression).toBe(
			'={{ $pageCount * 50 >= $response.body.totalCount }}',
		);
	});

	test('expectedRecords: one page is one page size, at most the total', () => {
		expect(expectedRecords(workload('customersPage'), 10_000, 100)).toBe(100);
		expect(expectedRecords(workload('customersPage'), 40, 100)).toBe(40);
		expect(expectedRecords(workload('customers'), 10_000, 100)).toBe(10_000);
	});
});
