import type { INodeProperties } from 'n8n-workflow';

import { StreamOneIonTrigger } from '../../../nodes/StreamOneIonTrigger/StreamOneIonTrigger.node';
import { ION_CREDENTIAL_TYPE } from '../../../credentials/ionConstants';

const { description } = new StreamOneIonTrigger();
const byName = (name: string) => description.properties.filter((p) => p.name === name);
const values = (p: INodeProperties) =>
	(p.options ?? []).map((o) => (o as { value: string }).value).sort();

describe('StreamOneIonTrigger description', () => {
	test('a polling trigger on the Ion credential, no inputs, one output', () => {
		expect(description).toMatchObject({
			name: 'streamOneIonTrigger',
			displayName: 'Ion StreamOne Trigger',
			polling: true,
			group: ['trigger'],
			inputs: [],
			credentials: [{ name: ION_CREDENTIAL_TYPE, required: true }],
		});
		expect(description.outputs).toHaveLength(1);
	});

	test('the events of each resource, as the issue lists them', () => {
		const events = Object.fromEntries(
			byName('events').map((p) => [p.displayOptions?.show?.resource?.[0], values(p)]),
		);
		expect(events).toEqual({
			order: ['created', 'statusChanged'],
			subscription: [
				'autoRenewChanged',
				'changed',
				'created',
				'renewalDue',
				'seatsChanged',
				'statusChanged',
			],
			customer: ['changed', 'created'],
		});
	});

	test('filters: customers and status everywhere, cloud provider for orders and subscriptions', () => {
		const filters = Object.fromEntries(
			byName('filters').map((p) => [
				p.displayOptions?.show?.resource?.[0],
				(p.options as INodeProperties[]).map((o) => o.name).sort(),
			]),
		);
		expect(filters).toEqual({
			order: ['cloudProvider', 'customerIds', 'statuses'],
			subscription: ['cloudProvider', 'customerIds', 'statuses'],
			customer: ['customerIds', 'statuses'],
		});
	});
});
