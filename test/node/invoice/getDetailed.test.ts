// Invoice > Get Detailed against the emulator's v1 billing API through n8n-core, with the files as binary.
import type { Ctx } from '../helpers';
import { setupWithApiKeys, v1Requests } from './invoiceSetup';

let t: Ctx;
beforeAll(async () => {
	t = await setupWithApiKeys();
});
afterAll(async () => {
	await t.ion.close();
});
beforeEach(() => {
	t.ion.setFaults([]);
	t.ion.reset();
});

const invoice = () => t.ion.v1.all()[5];
const fileCalls = () => t.ion.log.filter((e) => e.path.startsWith('/files/'));

describe('Invoice > Get Detailed', () => {
	test('returns data.invoice with its lines and file links; no download unless asked', async () => {
		const inv = invoice();
		const r = await t.run({
			resource: 'invoice',
			operation: 'getDetailed',
			invoiceId: ` ${inv.id} `,
		});
		expect(r.error).toBeUndefined();
		expect(r.items).toHaveLength(1);
		expect(r.items[0].json).toMatchObject({
			id: inv.id,
			invoiceNumber: inv.invoiceNumber,
			lines: inv.lines,
		});
		expect((r.items[0].json.detailedInvoiceFilesUrls as string[]).length).toBe(2);
		expect(r.items[0].binary).toBeUndefined();
		expect(v1Requests(t).map((c) => `${c.method} ${c.path} ${c.status}`)).toEqual([
			`GET /api/v1/invoices/${inv.id}/detailed 200`,
		]);
		expect(fileCalls()).toHaveLength(0);
	});

	test('Download Files: each linked file in its own binary field, byte for byte, with its name and type', async () => {
		const inv = invoice();
		const r = await t.run({
			resource: 'invoice',
			operation: 'getDetailed',
			invoiceId: inv.id,
			downloadFiles: true,
			binaryPropertyPrefix: 'invoiceFile',
		});
		expect(r.error).toBeUndefined();
		const item = r.items[0];
		expect(item.json.downloadedFiles).toEqual([
			{ field: 'invoiceFile_0', fileName: `${inv.invoiceNumber}-detailed.csv` },
			{ field: 'invoiceFile_1', fileName: `${inv.invoiceNumber}-summary.pdf` },
		]);
		const csv = item.binary?.invoiceFile_0 as unknown as {
			data: string;
			mimeType: string;
			fileName: string;
		};
		const pdf = item.binary?.invoiceFile_1 as unknown as { data: string; mimeType: string };
		expect(csv).toMatchObject({
			mimeType: 'text/csv',
			fileName: `${inv.invoiceNumber}-detailed.csv`,
		});
		expect(
			Buffer.from(csv.data, 'base64').equals(t.ion.v1.fileContent(inv, 'detailed.csv').body),
		).toBe(true);
		expect(pdf.mimeType).toBe('application/pdf');
		expect(
			Buffer.from(pdf.data, 'base64').equals(t.ion.v1.fileContent(inv, 'summary.pdf').body),
		).toBe(true);
		expect(fileCalls().map((c) => c.status)).toEqual([200, 200]);
	});

	test('a file download that fails for good is reported without its signed link; a 503 is retried', async () => {
		const inv = invoice();
		t.ion.setFaults([{ kind: '5xx', path: '/files/invoices/', count: 1 }]);
		const ok = await t.run({
			resource: 'invoice',
			operation: 'getDetailed',
			invoiceId: inv.id,
			downloadFiles: true,
			retrySettings: { baseDelayMs: 1 },
		});
		expect(ok.error).toBeUndefined();
		expect(fileCalls().map((c) => c.status)).toEqual([503, 200, 200]);

		t.ion.reset();
		t.ion.setFaults([{ kind: '5xx', status: 500, path: '/files/invoices/', retryAfter: 0 }]);
		const r = await t.run({
			resource: 'invoice',
			operation: 'getDetailed',
			invoiceId: inv.id,
			downloadFiles: true,
			retrySettings: { baseDelayMs: 1, maxAttempts: 2 },
		});
		expect(r.error?.message).toMatch(
			/Could not download detailed invoice file 1 of 2 \(.*-detailed\.csv\): HTTP 500/,
		);
		expect(JSON.stringify(r.run.data.resultData.error)).not.toMatch(/signature=/);
	});

	test("an unknown invoice: Ion's 404 in plain words", async () => {
		const r = await t.run({ resource: 'invoice', operation: 'getDetailed', invoiceId: '999' });
		expect(r.error?.message).toMatch(
			/Ion did not find the invoice: check the ID: Invoice 999 not found/,
		);
	});

	test('an invoice ID that could change the path is refused before any request', async () => {
		const r = await t.run({ resource: 'invoice', operation: 'getDetailed', invoiceId: '1/../2' });
		expect(r.error?.message).toMatch(/Invoice ID contains characters that are not allowed/);
		expect(t.ion.log).toHaveLength(0);
	});
});
