import {
	NodeHelpers,
	type INode,
	type INodeProperties,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { assembleProperties, type ResourceDefinition } from '../../../nodes/shared/description';

const param = (name: string, extra: Partial<INodeProperties> = {}): INodeProperties => ({
	displayName: name,
	name,
	type: 'string',
	default: '',
	...extra,
});

const resourceSelector: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	options: [],
	default: 'a',
};

const op = (value: string, properties: INodeProperties[]) => ({
	option: { name: value, value },
	properties,
});

/** The names of the properties shown for a resource and operation, in description order. */
function shown(properties: INodeProperties[], resource: string, operation: string): string[] {
	const parameters = { resource, operation };
	const node = { parameters } as unknown as INode;
	const description = { properties } as INodeTypeDescription;
	return properties
		.filter((p) => p.name !== 'resource' && p.name !== 'operation')
		.filter((p) => NodeHelpers.displayParameter(parameters, p, node, description))
		.map((p) => p.name);
}

describe('assembleProperties', () => {
	const shared = param('customerId');

	test('equal definitions become one property shown for every operation that lists it', () => {
		const resources: ResourceDefinition[] = [
			{
				name: 'A',
				value: 'a',
				operations: [op('get', [shared, param('x')]), op('create', [param('y')])],
			},
			{
				name: 'B',
				value: 'b',
				operations: [op('get', [shared]), op('update', [param('z'), shared])],
			},
		];
		const properties = assembleProperties(resourceSelector, resources);
		expect(properties.filter((p) => p.name === 'customerId')).toHaveLength(1);
		expect(shown(properties, 'a', 'get')).toEqual(['customerId', 'x']);
		expect(shown(properties, 'a', 'create')).toEqual(['y']);
		expect(shown(properties, 'b', 'get')).toEqual(['customerId']);
		expect(shown(properties, 'b', 'update')).toEqual(['z', 'customerId']);
	});

	test('definitions are not merged where the resource x operation product would show them to an operation that does not list them', () => {
		// a/get and b/create list it; a/create and b/get exist and do not
		const resources: ResourceDefinition[] = [
			{ name: 'A', value: 'a', operations: [op('get', [shared]), op('create', [])] },
			{ name: 'B', value: 'b', operations: [op('get', []), op('create', [shared])] },
		];
		const properties = assembleProperties(resourceSelector, resources);
		expect(properties.filter((p) => p.name === 'customerId')).toHaveLength(2);
		expect(shown(properties, 'a', 'get')).toEqual(['customerId']);
		expect(shown(properties, 'a', 'create')).toEqual([]);
		expect(shown(properties, 'b', 'get')).toEqual([]);
		expect(shown(properties, 'b', 'create')).toEqual(['customerId']);
	});

	test("an operation's own display conditions are kept beside the resource and operation", () => {
		const limit = param('limit', { displayOptions: { show: { returnAll: [false] } } });
		const properties = assembleProperties(resourceSelector, [
			{ name: 'A', value: 'a', operations: [op('getAll', [param('returnAll'), limit])] },
		]);
		expect(properties.find((p) => p.name === 'limit')?.displayOptions?.show).toEqual({
			resource: ['a'],
			operation: ['getAll'],
			returnAll: [false],
		});
	});

	test('definitions that differ (a function, a description) stay apart', () => {
		const check = () => undefined;
		const withRouting = (fn: () => undefined) =>
			param('f', { routing: { send: { preSend: [fn as never] } } });
		const properties = assembleProperties(resourceSelector, [
			{
				name: 'A',
				value: 'a',
				operations: [op('one', [withRouting(check)]), op('two', [withRouting(() => undefined)])],
			},
		]);
		expect(properties.filter((p) => p.name === 'f')).toHaveLength(2);
	});

	test('two operations that order two shared parameters differently are refused when the node loads', () => {
		const [p, q] = [param('p'), param('q')];
		expect(() =>
			assembleProperties(resourceSelector, [
				{ name: 'A', value: 'a', operations: [op('one', [p, q]), op('two', [q, p])] },
			]),
		).toThrow('Operations list these parameters in conflicting orders: p, q');
	});

	test('the operation selector defaults to the operation marked isDefault', () => {
		const properties = assembleProperties(resourceSelector, [
			{
				name: 'A',
				value: 'a',
				operations: [op('get', []), { ...op('getAll', []), isDefault: true }],
			},
		]);
		expect(properties.find((p) => p.name === 'operation')?.default).toBe('getAll');
	});
});
