import type { INodeProperties } from 'n8n-workflow';

import { customerLocator } from '../../shared/locators';

export const description: INodeProperties[] = [customerLocator];
