import type { INodePropertyOptions } from 'n8n-workflow';

export const ORDER_STATUS_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Canceled', value: 'CANCELED' },
	{ name: 'Completed', value: 'COMPLETED' },
	{ name: 'Confirmed', value: 'CONFIRMED' },
	{ name: 'Error', value: 'ERROR' },
	{ name: 'In Progress', value: 'IN_PROGRESS' },
	{ name: 'New', value: 'NEW' },
	{ name: 'On Hold', value: 'ON_HOLD' },
];
