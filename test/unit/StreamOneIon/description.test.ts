// The node's assembled description (nodes/shared/description.ts): every operation shows exactly
// the parameters its file lists, in that order, and parameters listed by several operations are
// one definition each.
import { NodeHelpers, type INode, type INodeProperties, type INodeParameters } from 'n8n-workflow';

import { StreamOneIon } from '../../../nodes/StreamOneIon/StreamOneIon.node';
import { apiRequestResource } from '../../../nodes/StreamOneIon/resources/apiRequest';
import { cartResource } from '../../../nodes/StreamOneIon/resources/cart';
import { cartItemResource } from '../../../nodes/StreamOneIon/resources/cartItem';
import { credentialResource } from '../../../nodes/StreamOneIon/resources/credential';
import { customerResource } from '../../../nodes/StreamOneIon/resources/customer';
import { invoiceResource } from '../../../nodes/StreamOneIon/resources/invoice';
import { orderResource } from '../../../nodes/StreamOneIon/resources/order';
import { productResource } from '../../../nodes/StreamOneIon/resources/product';
import { programResource } from '../../../nodes/StreamOneIon/resources/program';
import { provisioningTemplateResource } from '../../../nodes/StreamOneIon/resources/provisioningTemplate';
import { reportResource } from '../../../nodes/StreamOneIon/resources/report';
import { subscriptionResource } from '../../../nodes/StreamOneIon/resources/subscription';

const description = new StreamOneIon().description;
const resources = [
	apiRequestResource,
	cartResource,
	cartItemResource,
	credentialResource,
	customerResource,
	invoiceResource,
	orderResource,
	productResource,
	programResource,
	provisioningTemplateResource,
	reportResource,
	subscriptionResource,
];

function visible(properties: INodeProperties[], parameters: INodeParameters): string[] {
	const node = { parameters } as unknown as INode;
	return properties
		.filter((p) => NodeHelpers.displayParameter(parameters, p, node, description))
		.map((p) => p.name);
}

// Parameter values that open every conditional part of an operation's panel.
const OPEN_EVERYTHING: INodeParameters = {
	returnAll: false,
	inputMode: 'fields',
	method: 'POST',
	sendBody: true,
};

describe('the node description', () => {
	const pairs = resources.flatMap((r) =>
		r.operations.map((o) => [r.value, String(o.option.value), o.properties] as const),
	);

	test.each(pairs.map(([r, o, p]) => [`${r} > ${o}`, r, o, p]))(
		'%s shows exactly its parameters in its order',
		(_label, resource, operation, declared) => {
			const parameters = { ...OPEN_EVERYTHING, resource, operation };
			const expected = visible(declared as INodeProperties[], parameters);
			const shown = visible(description.properties, parameters).filter(
				(n) => !['resource', 'operation', 'requestOptions'].includes(n),
			);
			expect(shown).toEqual(expected);
		},
	);

	test('the Resource selector lists every resource, alphabetically, and every resource has one Operation selector', () => {
		const selector = description.properties[0];
		expect(selector.name).toBe('resource');
		const names = (selector.options as Array<{ name: string }>).map((o) => o.name);
		expect(names).toEqual([...names].sort());
		expect(description.properties.filter((p) => p.name === 'operation')).toHaveLength(
			resources.length,
		);
	});

	test('Return All and Limit are one definition each across all lists', () => {
		expect(description.properties.filter((p) => p.name === 'returnAll')).toHaveLength(1);
		expect(description.properties.filter((p) => p.name === 'limit')).toHaveLength(1);
	});
});
