import type {
	IDataObject,
	IExecuteSingleFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { getParam, text } from '../../../shared/validation';
import { reportLocator } from './common';

/** How to check whether a deletion whose outcome is unknown went through. */
export const DELETE_UNKNOWN_OUTCOME_HINT =
	'Check with Report > Get whether the report still exists before deleting it again.';

/** postReceive: Ion answers an empty object; the output says which report was deleted. */
export async function deletedReport(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const reportId = text(getParam(this, 'reportId', ''));
	return items.map((item) => ({
		json: { reportId, deleted: true } as IDataObject,
		pairedItem: item.pairedItem,
	}));
}

/** Report > Delete. */
export const description: INodeProperties[] = [reportLocator];
