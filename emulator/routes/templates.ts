// Provisioning templates: get by id, list by vendor (required), provider and action.
import { q } from '../context';
import type { HandlerContext, HandlerResult, RouteTable } from '../context';
import { notFound } from '../errors';
import { renderTemplate, TEMPLATE_SPECS } from '../templates';

function getTemplate(ctx: HandlerContext): HandlerResult {
	const t = TEMPLATE_SPECS.find((x) => x.id === ctx.params.templateId);
	if (!t) throw notFound(`accounts/${ctx.accountId}/provisionTemplates/${ctx.params.templateId}`);
	return { status: 200, body: renderTemplate(t) };
}

/**
 * With a concrete action the answer is one ProvisioningReferenceObject ({provisioningReference}),
 * otherwise a ProvisioningReferenceArray ({provisioningReferences: {refs}}); the spec allows both (oneOf).
 */
function listTemplates(ctx: HandlerContext): HandlerResult {
	const vendor = q(ctx.query, 'vendor');
	const provider = q(ctx.query, 'provider')?.toUpperCase();
	const action = q(ctx.query, 'action');
	const concreteAction = action === 'CREATE' || action === 'UPDATE' ? action : undefined;
	const matches = TEMPLATE_SPECS.filter(
		(t) =>
			(vendor === 'NOT_SPECIFIED' || t.vendor === vendor) &&
			(!provider || t.providers.includes(provider)) &&
			(!concreteAction || t.action === concreteAction),
	);
	if (concreteAction) {
		if (!matches.length) {
			throw notFound(`accounts/${ctx.accountId}/provisionTemplates?vendor=${vendor}&action=${concreteAction}${provider ? `&provider=${provider}` : ''}`);
		}
		return { status: 200, body: { provisioningReference: renderTemplate(matches[0]) } };
	}
	return { status: 200, body: { provisioningReferences: { refs: matches.map(renderTemplate) } } };
}

export const templateRoutes: RouteTable = {
	'GET /api/v3/accounts/{accountId}/provisionTemplates/{templateId}': getTemplate,
	'GET /api/v3/accounts/{accountId}/provisionTemplates': listTemplates,
};
