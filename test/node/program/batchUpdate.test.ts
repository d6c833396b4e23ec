// Program > Batch Update through n8n-core against the emulator.
import { dataRequests, rl, setup, type Ctx } from '../helpers';

let t: Ctx;
beforeAll(async () => {
	t = await setup();
});
afterAll(async () => {
	await t.ion.close();
});
beforeEach(() => {
	t.ion.setFaults([]);
	t.ion.reset();
});

const PRODUCT = 'AWS-EC';
const isIn = (programId: string) =>
	t.ion.store.programProducts.get(programId)?.has(PRODUCT) ?? false;

describe('Program > Batch Update', () => {
	test('sets a program up for the product: a bare program ID becomes the resource name of your account', async () => {
		expect(isIn('3')).toBe(false);
		const r = await t.run({
			resource: 'program',
			operation: 'batchUpdate',
			productId: rl(PRODUCT),
			programName: ' 3 ',
		});
		expect(r.error).toBeUndefined();
		expect(r.items[0].json).toMatchObject({
			programName: `accounts/${t.ion.accountId}/programs/3`,
			productName: PRODUCT,
			productWasAdded: true,
		});
		const [request] = dataRequests(t.ion);
		expect(`${request.method} ${request.path}`).toBe(
			`PUT /api/v3/accounts/${t.ion.accountId}/products_programs/${PRODUCT}:batchUpdate`,
		);
		expect(request.body).toEqual({
			product_programs: {
				programName: `accounts/${t.ion.accountId}/programs/3`,
				partnerName: `accounts/${t.ion.accountId}`,
			},
		});
		expect(isIn('3')).toBe(true);
	});

	test('takes the programName of Program > Get Many as it is, and another partner account', async () => {
		const r = await t.run({
			resource: 'program',
			operation: 'batchUpdate',
			productId: rl(PRODUCT),
			programName: `accounts/${t.ion.accountId}/programs/2`,
			options: { partnerAccountId: '4242' },
		});
		// the emulator serves one account only: another partner is refused, as Ion refuses other accounts
		expect(r.error?.message).toMatch(/refused access/);
		expect((dataRequests(t.ion)[0].body as { product_programs: object }).product_programs).toEqual({
			programName: `accounts/${t.ion.accountId}/programs/2`,
			partnerName: 'accounts/4242',
		});
	});

	test('refused before any request: a program that is neither an ID nor a program name, a partner that is not a number', async () => {
		const base = { resource: 'program', operation: 'batchUpdate', productId: rl(PRODUCT) };
		const program = await t.run({ ...base, programName: 'programs/2' });
		expect(program.error?.message).toBe(
			`Program must be a program ID or a name like accounts/${t.ion.accountId}/programs/7, got "programs/2"`,
		);
		const partner = await t.run({
			...base,
			programName: '2',
			options: { partnerAccountId: 'acme' },
		});
		expect(partner.error?.message).toBe('Partner Account ID must be a number, got "acme"');
		expect(dataRequests(t.ion)).toHaveLength(0);
	});

	test('a PUT that sets a state: resent after a 5xx like a read', async () => {
		t.ion.setFaults([{ kind: '5xx', method: 'PUT', path: ':batchUpdate', count: 1 }]);
		const r = await t.run({
			resource: 'program',
			operation: 'batchUpdate',
			productId: rl(PRODUCT),
			programName: '1',
			requestOptions: { retryBaseDelayMs: 1 },
		});
		expect(r.error).toBeUndefined();
		expect(dataRequests(t.ion).map((e) => e.status)).toEqual([503, 200]);
	});
});
