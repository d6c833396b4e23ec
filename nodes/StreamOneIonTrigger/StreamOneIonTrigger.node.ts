import {
	NodeConnectionTypes,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	type IPollFunctions,
} from 'n8n-workflow';

import { ION_CREDENTIAL_TYPE } from '../../credentials/ionConstants';
import { triggerProperties } from './description';
import { pollIon } from './poll';

/**
 * Starts a workflow when something changes in StreamOne Ion: orders, subscriptions, customers.
 * Ion has no webhooks, so the trigger polls (poll.ts has the rules, README "Trigger" the cost).
 */
export class StreamOneIonTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Ion StreamOne Trigger',
		name: 'streamOneIonTrigger',
		icon: {
			light: 'file:../../icons/streamOneIon.svg',
			dark: 'file:../../icons/streamOneIon.dark.svg',
		},
		group: ['trigger'],
		version: 1,
		subtitle: '={{"Watch " + $parameter["resource"] + "s"}}',
		description:
			'Starts the workflow when StreamOne Ion orders, subscriptions or customers are created or change',
		defaults: { name: 'StreamOne Ion Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: ION_CREDENTIAL_TYPE, required: true }],
		properties: triggerProperties,
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollIon.call(this);
	}
}
