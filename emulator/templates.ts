// Provisioning templates (ProvisioningReference): JSON-schema documents that say which order item
// fields and which attribute names a vendor/provider accepts for CREATE and UPDATE.

export type Vendor = 'MICROSOFT' | 'GOOGLE' | 'IBM' | 'SOPHOS';
export type Action = 'CREATE' | 'UPDATE';

export interface TemplateSpec {
	id: string;
	vendor: Vendor;
	/** provider names (order providerName / product cloudProvider) the template applies to */
	providers: string[];
	action: Action;
	/** allowed attribute names */
	attributes: string[];
	/** attribute names that must be present */
	requiredAttributes: string[];
}

export const TEMPLATE_SPECS: TemplateSpec[] = [
	{
		id: 'microsoft-create',
		vendor: 'MICROSOFT',
		providers: ['MICROSOFT', 'AZURE'],
		action: 'CREATE',
		attributes: ['domainName', 'firstName', 'lastName', 'email', 'companyName', 'phoneNumber', 'culture', 'language', 'mcaAcceptanceDate', 'mcaFirstName', 'mcaLastName', 'mcaEmail'],
		requiredAttributes: ['domainName'],
	},
	{
		id: 'microsoft-update',
		vendor: 'MICROSOFT',
		providers: ['MICROSOFT', 'AZURE'],
		action: 'UPDATE',
		attributes: ['autoRenew', 'friendlyName'],
		requiredAttributes: [],
	},
	{
		id: 'google-create',
		vendor: 'GOOGLE',
		providers: ['GOOGLE', 'GCP'],
		action: 'CREATE',
		attributes: ['alternateEmail', 'customerDomain', 'userName', 'billingEmail', 'projectName', 'firstName', 'lastName'],
		requiredAttributes: ['customerDomain', 'alternateEmail'],
	},
	{
		id: 'google-update',
		vendor: 'GOOGLE',
		providers: ['GOOGLE', 'GCP'],
		action: 'UPDATE',
		attributes: ['renewalType'],
		requiredAttributes: [],
	},
	{
		id: 'ibm-create',
		vendor: 'IBM',
		providers: ['IBM'],
		action: 'CREATE',
		attributes: ['billingEmail', 'projectName', 'accountName'],
		requiredAttributes: ['billingEmail'],
	},
	{
		id: 'ibm-update',
		vendor: 'IBM',
		providers: ['IBM'],
		action: 'UPDATE',
		attributes: ['projectName'],
		requiredAttributes: [],
	},
	{
		id: 'sophos-create',
		vendor: 'SOPHOS',
		providers: ['SOPHOS'],
		action: 'CREATE',
		attributes: ['tenantName', 'dataGeography', 'contactEmail'],
		requiredAttributes: ['dataGeography'],
	},
	{
		id: 'sophos-update',
		vendor: 'SOPHOS',
		providers: ['SOPHOS'],
		action: 'UPDATE',
		attributes: [],
		requiredAttributes: [],
	},
];

/** AWS has no vendor template in Ion; orders for it take any attributes. */
export function templateFor(provider: string, action: Action): TemplateSpec | undefined {
	return TEMPLATE_SPECS.find((t) => t.action === action && t.providers.includes(provider));
}

const str = (description: string) => ({ type: 'string', description });

/** The ProvisioningReference document for one template. */
export function renderTemplate(t: TemplateSpec): Record<string, unknown> {
	const vendorLower = t.vendor.toLowerCase();
	const required =
		t.action === 'CREATE'
			? ['productId', 'skuId', 'planId', 'action', 'quantity', 'vendor', 'providerName', 'attributes']
			: ['resourceId', 'productId', 'skuId', 'planId', 'action', 'quantity', 'vendor', 'providerName', 'attributes'];
	return {
		id: t.id,
		schema: 'https://json-schema.org/draft/2020-12/schema',
		title: `${t.vendor} ${t.action} order`,
		type: 'object',
		properties: {
			referenceId: str('User-defined reference Id of the order'),
			displayName: str('Display name of the order'),
			orderItems: { type: 'array', items: '#/$defs/orderItems' },
		},
		defs: {
			orderItems: {
				type: 'object',
				description: `OrderItem details required for placing ${t.action.toLowerCase()} order`,
				required,
				properties: {
					referenceId: str('User-defined reference Id of the order item'),
					...(t.action === 'UPDATE' ? { resourceId: str('Subscription id at the provider (subscriptionId of the subscription)') } : {}),
					productId: str('Fetch from the product catalog <<product.id>>'),
					skuId: str('Fetch from the product catalog <<product.sku.id>>'),
					planId: str('Fetch from the product catalog <<product.plan.id>>'),
					action: str(`${t.action.toLowerCase()} (send '${t.action}')`),
					quantity: { type: 'integer', description: t.action === 'UPDATE' ? 'New total license quantity' : 'Provide required license quantity' },
					vendor: str(`Vendor name of the product: ${vendorLower}`),
					providerName: str(`Provide product category as a provider: one of ${t.providers.join(', ')}`),
					endCustomerPO: str('End customer purchase order number'),
					resellerPO: str('Reseller purchase order number'),
					attributes: { type: 'array', items: '#/$defs/attributes' },
				},
			},
			attributes: {
				type: 'object',
				description: 'Product specific attributes are represented as name-value pairs',
				required: ['name', 'value'],
				properties: {
					name: { type: 'string', enum: t.attributes },
					value: str(
						t.requiredAttributes.length
							? `Required value for the above key; required names: ${t.requiredAttributes.join(', ')}`
							: 'Required value for the above key',
					),
				},
			},
		},
	};
}
