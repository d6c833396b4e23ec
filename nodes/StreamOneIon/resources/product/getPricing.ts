import { NodeOperationError, type IDataObject, type INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/descriptions';
import { ionPreSend, requireNumericId, requireString } from '../../shared/validation';
import { showFor } from './common';

const show = showFor('getPricing');

/**
 * preSend: builds Ion's ProductPricingList body
 * `{ externalProductWithProvider: [{ provider, externalProducts: [...] }], priceBookCustomerId }`
 * from the Products list, checking every entry before anything is sent.
 */
export const buildPricingBody = ionPreSend(function (requestOptions) {
	const node = this.getNode();
	const itemIndex = this.getItemIndex();
	const groups = ((this.getNodeParameter('products', {}) as IDataObject).product ?? []) as IDataObject[];
	if (!Array.isArray(groups) || groups.length === 0) {
		throw new NodeOperationError(node, 'Products is empty: add at least one provider and product', {
			itemIndex,
		});
	}
	const externalProductWithProvider = groups.map((group, i) => {
		const provider = requireString(node, group.provider, `Products ${i + 1}: Provider`, itemIndex);
		const raw = group.externalProducts;
		const list = (Array.isArray(raw) ? raw : String(raw ?? '').split(','))
			.map((p) => String(p).trim())
			.filter((p) => p !== '');
		if (list.length === 0) {
			throw new NodeOperationError(node, `Products ${i + 1}: Product IDs is empty`, {
				itemIndex,
				description: 'Enter one or more product IDs, separated by commas.',
			});
		}
		return { provider, externalProducts: list };
	});
	const body: IDataObject = { externalProductWithProvider };
	const customer = this.getNodeParameter('priceBookCustomerId', '') as string;
	if (String(customer ?? '').trim() !== '') {
		body.priceBookCustomerId = Number(
			requireNumericId(node, customer, 'Price Book Customer ID', { itemIndex }),
		);
	}
	requestOptions.body = body;
});

export const productGetPricingDescription: INodeProperties[] = [
	{
		displayName: 'Products',
		name: 'products',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Provider',
		default: {},
		required: true,
		displayOptions: { show },
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
		displayOptions: { show },
		description: "Customer whose price book is used (that customer's numeric ID). Leave empty for your account's price book.",
	},
	...returnAllAndLimit(show),
];
