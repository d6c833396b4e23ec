import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/commonParameters';
import { fail, scopeOf } from '../../../shared/nodeErrors';
import { preSendStep } from '../../../shared/requestFrame';
import { getParam, requireNumericId, requireString, text } from '../../../shared/validation';
import { makeCustomerLocator } from '../../shared/customerLocator';
import { VENDOR_OPTIONS } from '../../shared/vendors';

/**
 * preSend: builds Ion's ProductPricingList body
 * `{ externalProductWithProvider: [{ provider, externalProducts: [...] }], priceBookCustomerId }`
 * from the Products list, checking every entry before anything is sent.
 *
 * A documented guess (README): the spec types `provider` as a plain string without naming its
 * values; the node sends the vendor as Provisioning Template names it (MICROSOFT, GOOGLE...).
 */
export const buildPricingBody = preSendStep(function (requestOptions) {
	const scope = scopeOf(this);
	const groups = ((this.getNodeParameter('products', {}) as IDataObject).product ??
		[]) as IDataObject[];
	if (!Array.isArray(groups) || groups.length === 0) {
		fail(scope, 'Products is empty: add at least one vendor and its products');
	}
	const externalProductWithProvider = groups.map((group, i) => {
		const provider = requireString(scope, group.provider, `Products ${i + 1}: Vendor`);
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
	const customer = text(getParam(this, 'priceBookCustomerId', ''));
	if (customer !== '') {
		body.priceBookCustomerId = Number(requireNumericId(scope, customer, 'Price Book Customer'));
	}
	requestOptions.body = body;
});

/** Another parameter than `customerId`: the node's one customer picker stays one definition. */
const priceBookCustomer = makeCustomerLocator({
	name: 'priceBookCustomerId',
	displayName: 'Price Book Customer',
	required: false,
	description: "The customer whose price book is used. Leave empty for your account's price book.",
});

export const description: INodeProperties[] = [
	{
		displayName: 'Products',
		name: 'products',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Vendor',
		default: {},
		required: true,
		description: 'Products to price, grouped by vendor',
		options: [
			{
				displayName: 'Vendor and Products',
				name: 'product',
				values: [
					{
						displayName: 'Vendor',
						name: 'provider',
						type: 'options',
						options: VENDOR_OPTIONS,
						default: 'MICROSOFT',
						description: 'The vendor the products belong to',
					},
					{
						displayName: 'Product IDs',
						name: 'externalProducts',
						type: 'string',
						default: '',
						placeholder: 'e.g. CFQ7TTC0LH18:0001, CFQ7TTC0LDPB:0001',
						description: "The vendor's product IDs (comma-separated)",
					},
				],
			},
		],
	},
	priceBookCustomer,
	...returnAllAndLimit,
];
