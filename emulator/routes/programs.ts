// Programs of the account and the catalogue products set up for them (Ion's products_programs).
//
// The spec gives the shapes (AccountsProgram, BatchProgram, ProductsV2Program) and one sentence:
// List Programs "retrieve[s] the list of programs defined for a particular account", Batch Update
// "set[s] up (configure[s]) programs that are intended for application to products". Everything
// else here is a documented guess (README, "documented guesses"):
// - the account has a fixed set of programs (below); each starts with the catalogue products of
//   its vendor;
// - without productName the list has every program of the account (without product fields); with
//   productName (a product ID, "productName is nothing but productId") every program carries that
//   productName and productWasAdded = whether the product is set up for it; an unknown product is
//   the products' 404;
// - Batch Update adds the product to the program named by product_programs.programName
//   (accounts/{accountId}/programs/{id}); partnerName, when sent, must be accounts/{accountId} of
//   this account; the answer lists that program with productWasAdded true.
import { q } from '../context';
import type { HandlerContext, HandlerResult, RouteTable } from '../context';
import { IonError, notFound } from '../errors';
import type { Store } from '../store';

interface Program {
	id: string;
	programDisplayName: string;
	description: string;
	/** catalogue products of these providers start in the program */
	providers: string[];
}

export const PROGRAMS: Program[] = [
	{
		id: '1',
		programDisplayName: 'Microsoft CSP',
		description: 'Microsoft Cloud Solution Provider (NCE) licensing',
		providers: ['MICROSOFT', 'AZURE'],
	},
	{
		id: '2',
		programDisplayName: 'Google Cloud Partner Advantage',
		description: 'Google Workspace and Google Cloud resale',
		providers: ['GOOGLE', 'GCP'],
	},
	{
		id: '3',
		programDisplayName: 'Security MSP',
		description: 'Managed security products billed monthly',
		providers: ['SOPHOS'],
	},
];

const BASE = '/api/v3/accounts/{accountId}/products_programs';

/** program id -> product ids set up for it; filled from the catalogue on first use. */
function membership(store: Store): Map<string, Set<string>> {
	if (store.programProducts.size === 0) {
		for (const program of PROGRAMS) {
			const ids = [...store.products.values()]
				.filter((p) => program.providers.includes(p.cloudConsumption.cloudProvider))
				.map((p) => p.id);
			store.programProducts.set(program.id, new Set(ids));
		}
	}
	return store.programProducts;
}

function programName(ctx: HandlerContext, program: Program): string {
	return `accounts/${ctx.accountId}/programs/${program.id}`;
}

function requireProductId(ctx: HandlerContext, productId: string): string {
	if (!ctx.store.products.has(productId))
		throw new IonError(404, 'NOT_FOUND', `listing ${productId} not found`);
	return productId;
}

function listPrograms(ctx: HandlerContext): HandlerResult {
	const productId = q(ctx.query, 'productName');
	const members = membership(ctx.store);
	if (productId !== undefined) requireProductId(ctx, productId);
	const programs = PROGRAMS.map((p) => ({
		programDisplayName: p.programDisplayName,
		programName: programName(ctx, p),
		description: p.description,
		...(productId === undefined
			? {}
			: { productName: productId, productWasAdded: members.get(p.id)?.has(productId) ?? false }),
	}));
	return { status: 200, body: { programs } };
}

interface BatchUpdateBody {
	product_programs?: { programName?: string; partnerName?: string };
}

function batchUpdate(ctx: HandlerContext): HandlerResult {
	const productId = requireProductId(ctx, ctx.params.productId);
	const request = ((ctx.body ?? {}) as BatchUpdateBody).product_programs ?? {};
	if (!request.programName)
		throw new IonError(
			400,
			'INVALID_ARGUMENT',
			'product_programs.programName: required field is missing',
		);
	const match = /^accounts\/([^/]+)\/programs\/([^/]+)$/.exec(request.programName);
	if (!match) {
		throw new IonError(
			400,
			'INVALID_ARGUMENT',
			`product_programs.programName: must look like accounts/{accountId}/programs/{id}, got '${request.programName}'`,
		);
	}
	if (match[1] !== ctx.accountId)
		throw new IonError(
			403,
			'PERMISSION_DENIED',
			`permission denied to access accounts/${match[1]}`,
		);
	const program = PROGRAMS.find((p) => p.id === match[2]);
	if (!program) throw notFound(request.programName);
	if (request.partnerName !== undefined && request.partnerName !== `accounts/${ctx.accountId}`) {
		if (!/^accounts\/\d+$/.test(request.partnerName)) {
			throw new IonError(
				400,
				'INVALID_ARGUMENT',
				`product_programs.partnerName: must look like accounts/{accountId}, got '${request.partnerName}'`,
			);
		}
		throw new IonError(
			403,
			'PERMISSION_DENIED',
			`permission denied to access ${request.partnerName}`,
		);
	}
	membership(ctx.store).get(program.id)?.add(productId);
	ctx.store.touch();
	return {
		status: 200,
		body: {
			programs: [
				{
					name: `${programName(ctx, program)}/products/${productId}`,
					programDisplayName: program.programDisplayName,
					programName: programName(ctx, program),
					description: program.description,
					productName: productId,
					productWasAdded: true,
				},
			],
		},
	};
}

export const programRoutes: RouteTable = {
	[`GET ${BASE}`]: listPrograms,
	[`PUT ${BASE}/{productId}:batchUpdate`]: batchUpdate,
};
