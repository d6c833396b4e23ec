import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/commonParameters';
import { fail, scopeOf } from '../../../shared/nodeErrors';
import { preSendStep } from '../../../shared/requestFrame';
import { requireNumericId, requireString } from '../../../shared/validation';

/**
 * preSend: builds Ion's ProductPricingList body
 * `{ externalProductWithProvider: [{ provider, externalProducts: [...] }], priceBookCustomerId }`
 * from the Products list, checking every entry before anything is sent.
 */
export const buildPricingBody = preSendStep(function (requestOptions) {
	const scope = scopeOf(this);
	const groups = ((this.getNodeParameter('products', {}) as IDataObject).product ??
		[]) as IDataObject[];
	if (!Array.isArray(groups) || groups.length === 0) {
		fail(scope, 'Products is empty: add at least one provider and product');
	}
	const externalProductWithProvider = groups.map((group, i) => {
		const provider = requireString(scope, group.provider, `Products ${i + 1}: Provider`);
		const raw = group.externalProducts;
		const list = (Array.isArray(raw) ? raw : String(raw ?? '').split(','))
			.map((p) => String(p).trim())
			.filter((p) => p !== '');
		if (list.length === 0) {
			fail(
				scope,
				`Products ${i + 1}: Product IDs is empty`,
				'Enter one or more product IDs, separated by commas.',
			);
		}
		return { provider, externalProducts: list };
	});
	const body: IDataObject = { externalProductWithProvider };
	const customer = this.getNodeParameter('priceBookCustomerId', '') as string;
	if (String(customer ?? '').trim() !== '') {
		body.priceBookCustomerId = Number(requireNumericId(scope, customer, 'Price Book Customer ID'));
	}
	requestOptions.body = body;
});

export const description: INodeProperties[] = [
	{
		displayName: 'Products',
		name: 'products',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Provider',
		default: {},
		required: true,
		description: 'Products to price, grouped by cloud provider',
		options: [
			{
				displayName: 'Product',
				name: 'product',
				values: [
					{
						displayName: 'Provider',
						name: 'provider',
						type: 'string',
						default: '',
						placeholder: 'e.g. microsoft',
						description: 'The cloud provider the products belong to, as Ion names it',
					},
					{
						displayName: 'Product IDs',
						name: 'externalProducts',
						type: 'string',
						default: '',
						placeholder: 'e.g. CFQ7TTC0LH18:0001, CFQ7TTC0LDPB:0001',
						description: "The provider's product IDs (comma-separated)",
					},
				],
			},
		],
	},
	{
		displayName: 'Price Book Customer ID',
		name: 'priceBookCustomerId',
		type: 'string',
		default: '',
		placeholder: 'e.g. 10054',
		description:
			"Customer whose price book is used (that customer's numeric ID). Leave empty for your account's price book.",
	},
	...returnAllAndLimit,
];
