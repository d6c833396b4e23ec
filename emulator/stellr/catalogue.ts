// The fixed part of the Stellr emulator's data: vendors and a catalogue with real product names.
// SKU numbers, part numbers and prices are made up (G10 in README.md).
import type { BillingFrequency, BillingTerm, Product, Vendor } from './types';

export const VENDORS: Vendor[] = [
	{
		vendorId: 'Microsoft',
		vendorName: 'Microsoft',
		authorized: true,
		agreementTypes: ['MCA'],
		checkTypes: ['domain', 'tenant'],
		supportsTransfer: false,
	},
	{
		vendorId: 'Google',
		vendorName: 'Google',
		authorized: true,
		agreementTypes: ['GOOGLE_TOS'],
		checkTypes: ['domain', 'transferEligibility'],
		supportsTransfer: true,
	},
	{
		vendorId: 'Adobe',
		vendorName: 'Adobe',
		authorized: true,
		agreementTypes: [],
		checkTypes: ['domain'],
		supportsTransfer: false,
	},
	{
		vendorId: 'Acronis',
		vendorName: 'Acronis',
		authorized: false,
		agreementTypes: [],
		checkTypes: [],
		supportsTransfer: false,
	},
];

interface Line {
	name: string;
	vendorId: string;
	category: string;
	family: string;
	rank: number;
	part: string;
	/** USD per seat per month, reseller cost */
	monthly: number;
	terms: Array<[BillingTerm, BillingFrequency]>;
	max?: number;
	addOnFor?: string[];
}

const M = 'Microsoft';
const G = 'Google';
const NCE: Array<[BillingTerm, BillingFrequency]> = [
	['MONTHLY', 'MONTHLY'],
	['ANNUAL', 'MONTHLY'],
	['ANNUAL', 'ANNUAL'],
];

const LINES: Line[] = [
	{
		name: 'Microsoft 365 Business Basic',
		vendorId: M,
		category: 'Productivity',
		family: 'm365',
		rank: 1,
		part: 'CFQ7TTC0LH18',
		monthly: 6,
		terms: NCE,
		max: 300,
	},
	{
		name: 'Microsoft 365 Business Standard',
		vendorId: M,
		category: 'Productivity',
		family: 'm365',
		rank: 2,
		part: 'CFQ7TTC0LDPB',
		monthly: 12.5,
		terms: NCE,
		max: 300,
	},
	{
		name: 'Microsoft 365 Business Premium',
		vendorId: M,
		category: 'Productivity',
		family: 'm365',
		rank: 3,
		part: 'CFQ7TTC0LCHC',
		monthly: 22,
		terms: NCE,
		max: 300,
	},
	{
		name: 'Microsoft 365 E3',
		vendorId: M,
		category: 'Productivity',
		family: 'm365',
		rank: 4,
		part: 'CFQ7TTC0LFLX',
		monthly: 36,
		terms: NCE,
	},
	{
		name: 'Microsoft 365 E5',
		vendorId: M,
		category: 'Productivity',
		family: 'm365',
		rank: 5,
		part: 'CFQ7TTC0LFLZ',
		monthly: 57,
		terms: NCE,
	},
	{
		name: 'Exchange Online (Plan 1)',
		vendorId: M,
		category: 'Email',
		family: 'exo',
		rank: 1,
		part: 'CFQ7TTC0LH16',
		monthly: 4,
		terms: NCE,
	},
	{
		name: 'Exchange Online (Plan 2)',
		vendorId: M,
		category: 'Email',
		family: 'exo',
		rank: 2,
		part: 'CFQ7TTC0LH1P',
		monthly: 8,
		terms: NCE,
	},
	{
		name: 'Microsoft Teams Essentials',
		vendorId: M,
		category: 'Collaboration',
		family: 'teams',
		rank: 1,
		part: 'CFQ7TTC0RM8K',
		monthly: 4,
		terms: NCE,
		max: 300,
	},
	{
		name: 'Microsoft Defender for Office 365 (Plan 1)',
		vendorId: M,
		category: 'Security',
		family: 'mdo',
		rank: 1,
		part: 'CFQ7TTC0LHXL',
		monthly: 2,
		terms: NCE,
		addOnFor: ['m365:1', 'm365:2', 'exo:1', 'exo:2'],
	},
	{
		name: 'Microsoft 365 Copilot',
		vendorId: M,
		category: 'AI',
		family: 'copilot',
		rank: 1,
		part: 'CFQ7TTC0MM8R',
		monthly: 30,
		terms: [
			['ANNUAL', 'MONTHLY'],
			['ANNUAL', 'ANNUAL'],
		],
		addOnFor: ['m365:2', 'm365:3', 'm365:4', 'm365:5'],
	},
	{
		name: 'Microsoft Teams Phone Standard',
		vendorId: M,
		category: 'Collaboration',
		family: 'phone',
		rank: 1,
		part: 'CFQ7TTC0LH1G',
		monthly: 8,
		terms: NCE,
		addOnFor: ['m365:4', 'm365:2', 'm365:3'],
	},
	{
		name: 'Azure plan',
		vendorId: M,
		category: 'Azure',
		family: 'azure',
		rank: 1,
		part: 'DZH318Z0BPS6',
		monthly: 0,
		terms: [['MONTHLY', 'MONTHLY']],
		max: 1,
	},
	{
		name: 'Google Workspace Business Starter',
		vendorId: G,
		category: 'Productivity',
		family: 'gws',
		rank: 1,
		part: 'GWS-BSTARTER',
		monthly: 7.2,
		terms: [
			['MONTHLY', 'MONTHLY'],
			['ANNUAL', 'MONTHLY'],
		],
	},
	{
		name: 'Google Workspace Business Standard',
		vendorId: G,
		category: 'Productivity',
		family: 'gws',
		rank: 2,
		part: 'GWS-BSTANDARD',
		monthly: 14.4,
		terms: [
			['MONTHLY', 'MONTHLY'],
			['ANNUAL', 'MONTHLY'],
		],
	},
	{
		name: 'Google Workspace Business Plus',
		vendorId: G,
		category: 'Productivity',
		family: 'gws',
		rank: 3,
		part: 'GWS-BPLUS',
		monthly: 21.6,
		terms: [
			['MONTHLY', 'MONTHLY'],
			['ANNUAL', 'MONTHLY'],
		],
	},
	{
		name: 'Google Workspace Enterprise Standard',
		vendorId: G,
		category: 'Productivity',
		family: 'gws',
		rank: 4,
		part: 'GWS-ESTANDARD',
		monthly: 27.6,
		terms: [['ANNUAL', 'MONTHLY']],
	},
	{
		name: 'Gemini Business',
		vendorId: G,
		category: 'AI',
		family: 'gemini',
		rank: 1,
		part: 'GWS-GEMINI-B',
		monthly: 20,
		terms: [['ANNUAL', 'MONTHLY']],
		addOnFor: ['gws:2', 'gws:3', 'gws:4'],
	},
	{
		name: 'Adobe Acrobat Pro for teams',
		vendorId: 'Adobe',
		category: 'Creative',
		family: 'acrobat',
		rank: 1,
		part: '65322651CA01A12',
		monthly: 19.2,
		terms: [['ANNUAL', 'ANNUAL']],
	},
	{
		name: 'Adobe Creative Cloud All Apps for teams',
		vendorId: 'Adobe',
		category: 'Creative',
		family: 'acrobat',
		rank: 2,
		part: '65322603CA01A12',
		monthly: 71.9,
		terms: [['ANNUAL', 'ANNUAL']],
	},
	{
		name: 'Acronis Cyber Protect Cloud',
		vendorId: 'Acronis',
		category: 'Backup',
		family: 'acronis',
		rank: 1,
		part: 'SKBAMSENS',
		monthly: 3.5,
		terms: [['MONTHLY', 'MONTHLY']],
	},
];

const TERM_CODE: Record<string, string> = { MONTHLY: 'P1M', ANNUAL: 'P1Y', TRIENNIAL: 'P3Y' };

/** One product per line and billing term/frequency, with ids and SKU numbers that never change. */
export function buildCatalogue(): Product[] {
	const products: Product[] = [];
	let productId = 100_001;
	let skuNo = 7_400_001;
	for (const line of LINES) {
		for (const [term, frequency] of line.terms) {
			const yearly = term !== 'MONTHLY';
			const perUnit = line.monthly * (frequency === 'ANNUAL' ? 12 : 1) * (yearly ? 1 : 1.2);
			products.push({
				productId: String(productId++),
				productName: line.name,
				vendorId: line.vendorId,
				skuNo: String(skuNo++),
				mfgPartNo: `${line.part}:${TERM_CODE[term]}:${frequency === 'ANNUAL' ? 'A' : 'M'}`,
				category: line.category,
				billingTerm: term,
				billingFrequency: frequency,
				unitPrice: Math.round(perUnit * 100) / 100,
				msrp: Math.round(perUnit * 1.15 * 100) / 100,
				currency: 'USD',
				minQuantity: 1,
				maxQuantity: line.max ?? 10_000,
				isAddOn: Boolean(line.addOnFor),
				primaryProductIds: [],
				family: line.family,
				rank: line.rank,
				status: 'ACTIVE',
			});
		}
	}
	// add-ons attach to the primaries of the listed family:rank with the same billing term
	for (const line of LINES.filter((l) => l.addOnFor)) {
		for (const addOn of products.filter((p) => p.productName === line.name)) {
			addOn.primaryProductIds = products
				.filter(
					(p) =>
						!p.isAddOn &&
						line.addOnFor?.includes(`${p.family}:${p.rank}`) &&
						p.billingTerm === addOn.billingTerm,
				)
				.map((p) => p.productId);
		}
	}
	return products;
}
